/**
 * Dataset validation: a hostile-input guard, the valibot schema, then whole-dataset rules.
 *
 * Every problem carries a JSON path (`$.actors[3].names[0].text`) and a reason a curator can act
 * on. `validateDataset` never throws and does bounded work on any input.
 */
import * as v from 'valibot';
import { nameKey } from '../match/normalize';
import { DatasetSchema, MAX_LIST_LENGTH, type Actor, type Alias, type Dataset, type SourceRef } from './schema';

/** One thing wrong with the input, where it is, and what to do about it. */
export interface Problem {
  /** JSON path from the root, e.g. `$.actors[3].names[0].text`. */
  path: string;
  message: string;
}

/** Either the typed dataset, or the problems that stop it from being one. */
export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** Problems reported before the rest are summarised; a curator fixes from the top anyway. */
export const MAX_PROBLEMS = 100;
/** Longest string the guard lets through to the schema (the schema has tighter per-field caps). */
export const MAX_STRING_LENGTH = 10_000;
/** Deepest nesting accepted; the real dataset is five levels deep. */
export const MAX_DEPTH = 12;
/** Most keys in one object; records have at most ten fields. */
export const MAX_KEYS = 64;
/** Most values visited in total; bounds the guard's work on enormous inputs. */
export const MAX_NODES = 200_000;
/** Keys that could poison prototypes if some consumer copied objects naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Aliases that are common words or whole countries/cities: they would fire on ordinary news. */
const AMBIGUOUS_ALIASES = new Set(['anonymous', 'taiwan', 'china', 'beijing', 'taipei', 'the record', '中国', '台湾', '台灣']);

type PathPart = string | number;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const HAN = /\p{Script=Han}/u;
const CASED = /[\p{Lu}\p{Ll}]/u;
const UPPER = /\p{Lu}/u;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Renders path parts as a JSON path; long or odd keys are quoted and shortened. */
export function formatPath(parts: readonly PathPart[]): string {
  let out = '$';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (IDENTIFIER.test(part) && part.length <= 40) out += `.${part}`;
    else out += `[${JSON.stringify(part.length > 40 ? `${part.slice(0, 40)}…` : part)}]`;
  }
  return out;
}

/**
 * Validates an untrusted value as a dataset.
 *
 * Runs in three stages and stops at the first stage that finds problems: the guard (size, depth,
 * keys, Unicode), the schema (shape and formats), then whole-dataset rules (ids, references,
 * dates, URLs, aliases). At most {@link MAX_PROBLEMS} problems are listed; a final entry at `$`
 * says how many more there were.
 */
export function validateDataset(input: unknown): ValidationResult {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return failure([
        {
          path: '$',
          message: `the dataset must be a JSON object with version, asOf, episodes, actors, claims, responses, evidence and sources; got ${describeType(input)}`,
        },
      ]);
    }
    const guard = guardInput(input);
    if (guard.length > 0) return failure(guard);
    const parsed = v.safeParse(DatasetSchema, input, { abortEarly: false });
    if (!parsed.success) return failure(parsed.issues.map(issueToProblem));
    const semantic = checkDataset(parsed.output);
    if (semantic.length > 0) return failure(semantic);
    return { ok: true, dataset: parsed.output };
  } catch (error) {
    // Getters or proxies in a hand-built object can throw; the contract is "never throws".
    const reason = error instanceof Error ? error.message : String(error);
    return failure([{ path: '$', message: `input could not be read as plain data: ${reason.slice(0, 200)}` }]);
  }
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

function failure(problems: Problem[]): ValidationResult {
  if (problems.length <= MAX_PROBLEMS) return { ok: false, problems };
  const shown = problems.slice(0, MAX_PROBLEMS);
  const more = problems.length - MAX_PROBLEMS;
  shown.push({
    path: '$',
    message: `…and ${more} more problem${more === 1 ? '' : 's'} not shown (fix the first ${MAX_PROBLEMS} and re-run)`,
  });
  return { ok: false, problems: shown };
}

// ---------------------------------------------------------------------------------------------
// Stage 1: the guard. Plain iterative walk with hard caps, so no input can make it recurse deeply,
// run long, or hand a 10 MB string to a regex.

/** Walks the raw input and reports what is unsafe or unreadable before the schema sees it. */
export function guardInput(input: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: { value: unknown; path: PathPart[] }[] = [{ value: input, path: [] }];
  let visited = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    visited += 1;
    if (visited > MAX_NODES) {
      problems.push({ path: '$', message: `input has more than ${MAX_NODES} values; a dataset is far smaller — is this the right file?` });
      break;
    }
    if (problems.length > MAX_PROBLEMS * 2) break;
    if (typeof value === 'string') {
      checkString(value, path, problems);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= MAX_DEPTH) {
      problems.push({ path: formatPath(path), message: `nested deeper than ${MAX_DEPTH} levels; the dataset is at most 5 levels deep` });
      continue;
    }
    pushChildren(value, path, stack, problems);
  }
  return problems;
}

function checkString(value: string, path: PathPart[], problems: Problem[]): void {
  if (value.length > MAX_STRING_LENGTH) {
    problems.push({
      path: formatPath(path),
      message: `string is ${value.length} characters; the limit is ${MAX_STRING_LENGTH} (quotes should be a sentence or two)`,
    });
    return;
  }
  if (LONE_SURROGATE.test(value)) {
    problems.push({
      path: formatPath(path),
      message: 'string contains invalid Unicode (a lone surrogate); re-copy the text from the source',
    });
  }
}

function pushChildren(value: object, path: PathPart[], stack: { value: unknown; path: PathPart[] }[], problems: Problem[]): void {
  if (Array.isArray(value)) {
    if (value.length > MAX_LIST_LENGTH) {
      problems.push({ path: formatPath(path), message: `array has ${value.length} entries; the limit is ${MAX_LIST_LENGTH}` });
      return;
    }
    for (let i = value.length - 1; i >= 0; i -= 1) stack.push({ value: value[i], path: [...path, i] });
    return;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    problems.push({ path: formatPath(path), message: 'must be a plain JSON object' });
    return;
  }
  const keys = Object.keys(value);
  if (keys.length > MAX_KEYS) {
    problems.push({ path: formatPath(path), message: `object has ${keys.length} fields; the limit is ${MAX_KEYS}` });
    return;
  }
  for (const key of keys.reverse()) {
    if (key.length > MAX_STRING_LENGTH) {
      problems.push({ path: formatPath(path), message: `a field name is ${key.length} characters long; field names are short words` });
      continue;
    }
    if (FORBIDDEN_KEYS.has(key)) {
      problems.push({
        path: formatPath([...path, key]),
        message: `field name "${key}" is not allowed (prototype-pollution risk); remove it`,
      });
      continue;
    }
    stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
  }
}

// ---------------------------------------------------------------------------------------------
// Stage 2: schema issues to problems.

type Issue = v.InferIssue<typeof DatasetSchema>;

function issueToProblem(issue: Issue): Problem {
  const parts: PathPart[] = (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
  const path = formatPath(parts);
  if (issue.type === 'strict_object') {
    const key = parts[parts.length - 1];
    if (issue.received === 'undefined') return { path, message: `missing required field "${String(key)}"` };
    return { path, message: `unknown field "${String(key)}"; check its spelling against src/data/schema.ts` };
  }
  return { path, message: issue.message };
}

// ---------------------------------------------------------------------------------------------
// Stage 3: whole-dataset rules.

/** Checks what a per-record schema cannot: ids, references, dates, URLs, aliases, coverage. */
export function checkDataset(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const ids = {
    episodes: collectIds(dataset.episodes, 'episodes', problems),
    actors: collectIds(dataset.actors, 'actors', problems),
    claims: collectIds(dataset.claims, 'claims', problems),
    responses: collectIds(dataset.responses, 'responses', problems),
    sources: collectIds(dataset.sources, 'sources', problems),
  };
  const used = { episodes: new Set<string>(), actors: new Set<string>(), sources: new Set<string>() };
  const ref = (kind: keyof typeof used, id: string, path: PathPart[], what: string) => {
    used[kind].add(id);
    if (!ids[kind].has(id)) problems.push({ path: formatPath(path), message: `${what} "${id}" does not match any id in $.${kind}` });
  };
  const refs = (list: readonly SourceRef[], path: PathPart[]) =>
    list.forEach((r, i) => ref('sources', r.sourceId, [...path, 'sourceRefs', i, 'sourceId'], 'source'));

  checkDate(dataset.asOf, ['asOf'], dataset.asOf, problems);
  dataset.claims.forEach((claim, i) => {
    const path: PathPart[] = ['claims', i];
    if (claim.episode !== undefined) ref('episodes', claim.episode, [...path, 'episode'], 'episode');
    claim.claimants.forEach((a, j) => ref('actors', a, [...path, 'claimants', j], 'claimant'));
    claim.accused.forEach((a, j) => ref('actors', a, [...path, 'accused', j], 'accused actor'));
    claim.accused.forEach((a, j) => {
      if (claim.claimants.includes(a))
        problems.push({ path: formatPath([...path, 'accused', j]), message: `"${a}" is both claimant and accused in the same claim` });
    });
    checkDate(claim.date, [...path, 'date'], dataset.asOf, problems);
    refs(claim.sourceRefs, path);
  });
  dataset.responses.forEach((response, i) => {
    const path: PathPart[] = ['responses', i];
    if (!ids.claims.has(response.claimId))
      problems.push({ path: formatPath([...path, 'claimId']), message: `claim "${response.claimId}" does not match any id in $.claims` });
    ref('actors', response.by, [...path, 'by'], 'responder');
    checkDate(response.date, [...path, 'date'], dataset.asOf, problems);
    refs(response.sourceRefs, path);
  });
  checkEvidence(dataset, ids.claims, problems, refs);
  dataset.sources.forEach((source, i) => {
    checkUrl(source.url, source.httpNote, ['sources', i], problems);
    if (source.publisherId !== undefined) ref('actors', source.publisherId, ['sources', i, 'publisherId'], 'publisher actor');
    checkDate(source.date, ['sources', i, 'date'], dataset.asOf, problems);
  });
  dataset.actors.forEach((actor, i) => checkActorRefs(actor, ['actors', i], ref));
  reportUnused(dataset.episodes, used.episodes, 'episodes', 'no claim belongs to this episode', problems);
  reportUnused(
    dataset.sources,
    used.sources,
    'sources',
    'no claim, response or evidence cites this source; cite it or remove it',
    problems,
  );
  reportUnused(
    dataset.actors,
    used.actors,
    'actors',
    'no claim, response or source involves this actor; the card would be empty',
    problems,
  );
  checkAliases(dataset.actors, problems);
  checkBlockers(dataset, problems);
  return problems;
}

/** Names' users and sources, catalogue ids and overlaps point at actors and sources that exist. */
function checkActorRefs(
  actor: Actor,
  path: PathPart[],
  ref: (kind: 'actors' | 'sources', id: string, path: PathPart[], what: string) => void,
): void {
  actor.names.forEach((alias, j) => {
    alias.usedBy?.forEach((user, k) => ref('actors', user, [...path, 'names', j, 'usedBy', k], 'name user'));
    if (alias.sourceId !== undefined) ref('sources', alias.sourceId, [...path, 'names', j, 'sourceId'], 'source');
  });
  actor.catalogue?.forEach((entry, j) => ref('sources', entry.sourceId, [...path, 'catalogue', j, 'sourceId'], 'source'));
  actor.overlaps?.forEach((overlap, j) => {
    ref('actors', overlap.actor, [...path, 'overlaps', j, 'actor'], 'overlapping actor');
    ref('sources', overlap.sourceId, [...path, 'overlaps', j, 'sourceId'], 'source');
  });
}

function collectIds(list: readonly { id: string }[], kind: string, problems: Problem[]): Set<string> {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id))
      problems.push({ path: formatPath([kind, i, 'id']), message: `duplicate id "${item.id}" in $.${kind}; ids must be unique` });
    seen.add(item.id);
  });
  return seen;
}

function reportUnused(list: readonly { id: string }[], used: Set<string>, kind: string, reason: string, problems: Problem[]): void {
  list.forEach((item, i) => {
    if (!used.has(item.id)) problems.push({ path: formatPath([kind, i, 'id']), message: `"${item.id}": ${reason}` });
  });
}

function checkEvidence(
  dataset: Dataset,
  claimIds: Set<string>,
  problems: Problem[],
  refs: (list: readonly SourceRef[], path: PathPart[]) => void,
): void {
  const assessed = new Set<string>();
  dataset.evidence.forEach((assessment, i) => {
    const path: PathPart[] = ['evidence', i];
    if (!claimIds.has(assessment.claimId))
      problems.push({ path: formatPath([...path, 'claimId']), message: `claim "${assessment.claimId}" does not match any id in $.claims` });
    if (assessed.has(assessment.claimId))
      problems.push({
        path: formatPath([...path, 'claimId']),
        message: `claim "${assessment.claimId}" already has an evidence assessment; keep one per claim`,
      });
    assessed.add(assessment.claimId);
    refs(assessment.sourceRefs, path);
  });
  dataset.claims.forEach((claim, i) => {
    if (!assessed.has(claim.id))
      problems.push({
        path: formatPath(['claims', i, 'id']),
        message: `claim "${claim.id}" has no evidence assessment in $.evidence (use status "not-assessed" if the sources say nothing)`,
      });
  });
}

/**
 * Checks a partial date names a real calendar day/month and is not after the dataset's as-of
 * date. Partial dates compare by their known prefix.
 */
function checkDate(value: string, path: PathPart[], asOf: string, problems: Problem[]): void {
  if (value === 'unknown') return;
  const [y, m, d] = value.split('-').map(Number);
  const year = y ?? 0;
  const badMonth = m !== undefined && (m < 1 || m > 12);
  const badDay = m !== undefined && d !== undefined && (d < 1 || d > new Date(Date.UTC(year, m, 0)).getUTCDate());
  if (year < 1900 || badMonth || badDay) {
    problems.push({ path: formatPath(path), message: `"${value}" is not a real date` });
    return;
  }
  if (value > asOf.slice(0, value.length))
    problems.push({ path: formatPath(path), message: `"${value}" is after the dataset's asOf date ${asOf}` });
}

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * URLs must be https with a real-looking public host. Validation is offline, so "the host
 * exists" is checked as far as syntax allows: a dotted DNS name with an alphabetic TLD, no IP
 * literal, no credentials, no localhost. An http URL is accepted only with an `httpNote`.
 */
function checkUrl(url: string, httpNote: string | undefined, path: PathPart[], problems: Problem[]): void {
  const at = formatPath([...path, 'url']);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    problems.push({ path: at, message: 'not a valid absolute URL' });
    return;
  }
  if (parsed.protocol === 'http:' && httpNote === undefined) {
    problems.push({ path: at, message: 'URL is http; use the https form, or add httpNote explaining why only http is known' });
  } else if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    problems.push({ path: at, message: `URL scheme "${parsed.protocol}" is not allowed; use https` });
    return;
  }
  if (parsed.protocol === 'https:' && httpNote !== undefined) {
    problems.push({ path: formatPath([...path, 'httpNote']), message: 'httpNote is only for http URLs; remove it' });
  }
  if (parsed.username !== '' || parsed.password !== '') problems.push({ path: at, message: 'URL must not contain credentials' });
  const labels = parsed.hostname.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || !/^[a-z]{2,63}$/.test(tld) || !labels.every((l) => HOST_LABEL.test(l))) {
    problems.push({ path: at, message: `host "${parsed.hostname}" is not a public DNS name` });
  }
}

function checkAliases(actors: readonly Actor[], problems: Problem[]): void {
  const owners = new Map<string, { actorId: string; alias: Alias; path: PathPart[] }>();
  actors.forEach((actor, i) => {
    actor.names.forEach((alias, j) => {
      const path: PathPart[] = ['actors', i, 'names', j];
      checkAliasForm(alias, path, problems);
      // The matcher's own key: two aliases with one key are one name to it, and a hit would be
      // credited to both actors.
      const key = nameKey(alias.text);
      const prior = owners.get(key);
      if (prior === undefined) {
        owners.set(key, { actorId: actor.id, alias, path });
        return;
      }
      if (prior.actorId === actor.id) {
        problems.push({ path: formatPath([...path, 'text']), message: `alias "${alias.text}" is listed twice for "${actor.id}"` });
      } else if (!(prior.alias.shared === true && alias.shared === true)) {
        problems.push({
          path: formatPath([...path, 'text']),
          message: `alias "${alias.text}" also belongs to "${prior.actorId}" (${formatPath(prior.path)}); remove one, or mark both aliases "shared": true`,
        });
      }
    });
  });
}

/** Blockers follow the names' form rules, and never equal a name (that would silence it everywhere). */
function checkBlockers(dataset: Dataset, problems: Problem[]): void {
  const names = new Map<string, string>();
  for (const actor of dataset.actors) for (const alias of actor.names) names.set(nameKey(alias.text), actor.id);
  (dataset.blockers ?? []).forEach((blocker, i) => {
    const path: PathPart[] = ['blockers', i];
    checkAliasForm({ text: blocker.text, lang: blocker.lang, match: blocker.match }, path, problems);
    const owner = names.get(nameKey(blocker.text));
    if (owner !== undefined)
      problems.push({
        path: formatPath([...path, 'text']),
        message: `blocker "${blocker.text}" is also a name of "${owner}"; a blocker must be longer than the name it protects`,
      });
  });
}

function checkAliasForm(alias: Alias, path: PathPart[], problems: Problem[]): void {
  const at = formatPath([...path, 'text']);
  const hasHan = HAN.test(alias.text);
  if (AMBIGUOUS_ALIASES.has(nameKey(alias.text))) {
    problems.push({
      path: at,
      message: `"${alias.text}" is a common word or place name and would match ordinary news; it cannot be an alias`,
    });
  }
  if (alias.match === 'cjk' && !hasHan)
    problems.push({ path: formatPath([...path, 'match']), message: 'match "cjk" needs Chinese characters in the text' });
  if (alias.match !== 'cjk' && hasHan)
    problems.push({ path: formatPath([...path, 'match']), message: 'text has Chinese characters; use match "cjk"' });
  if (alias.match === 'proper' && CASED.test(alias.text) && !UPPER.test(alias.text)) {
    problems.push({
      path: formatPath([...path, 'match']),
      message: 'match "proper" needs a capital letter to require on the page; capitalise the name as published, or use "exact"',
    });
  }
  const minLength = hasHan ? 2 : 3;
  if ([...alias.text.trim()].length < minLength) {
    problems.push({ path: at, message: `alias "${alias.text}" is too short to match safely (min ${minLength} characters)` });
  }
  if (alias.text !== alias.text.trim()) problems.push({ path: at, message: 'alias has leading or trailing whitespace' });
}
