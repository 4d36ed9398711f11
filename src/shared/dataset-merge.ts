/**
 * Pure rules for a reader's own dataset: how an imported file combines with the bundled one, how
 * big it may be, and how problems found in the combination point back into the reader's file.
 * No browser API, no storage: `dataset-store.ts` and `dataset-import.ts` are the edges.
 *
 * Merge rules for mode `add` (documented for readers on the options page):
 * - Records are matched by id, per collection (episodes, actors, claims, responses, sources).
 *   A record in the file whose id is already bundled REPLACES the bundled record, in place, so a
 *   reader can correct or extend an entry; every other record is appended after the bundled ones.
 * - Evidence assessments are keyed by `claimId`: the file's assessment of a claim replaces the
 *   bundled assessment of that claim.
 * - The combined dataset keeps the bundled `version`; its `asOf` is the later of the two.
 * - The matcher's vocabulary is combined, not replaced: the file's blockers follow the bundled
 *   ones, and its context terms join the bundled terms of each language.
 * - The combination is validated as a whole with the same validator, so an alias that another
 *   actor already has (without both being marked `shared`), or a reference to nothing, is an error.
 * Mode `replace` uses the file alone.
 */
import type { ContextTerms, Dataset } from '../data/schema';

/** How an imported file is used: combined with the bundled dataset, or instead of it. */
export type ImportMode = 'add' | 'replace';

/** A problem as the validator reports it: a JSON path and a reason. */
export interface ImportProblem {
  path: string;
  message: string;
}

/** The collections whose records carry an `id`. */
export const ID_COLLECTIONS = ['episodes', 'actors', 'claims', 'responses', 'sources'] as const;
type IdCollection = (typeof ID_COLLECTIONS)[number];
type Collection = IdCollection | 'evidence' | 'blockers';

/** Records per collection in an imported file, and how many of them replaced bundled records. */
export interface ImportCounts {
  episodes: number;
  actors: number;
  claims: number;
  responses: number;
  evidence: number;
  sources: number;
  /** Records that replaced a bundled record with the same id (always 0 in mode `replace`). */
  replaced: number;
}

/** Where each record of a merged collection came from: the bundled data or the file, and its index there. */
export type Origin = { from: 'bundled' | 'file'; index: number };
export type MergeOrigins = Record<Collection, Origin[]>;

export interface MergeResult {
  dataset: Dataset;
  origins: MergeOrigins;
  replaced: number;
}

function mergeById<T>(
  bundled: readonly T[],
  file: readonly T[],
  key: (item: T) => string,
): { items: T[]; origins: Origin[]; replaced: number } {
  const fileIndexByKey = new Map<string, number>();
  file.forEach((item, index) => fileIndexByKey.set(key(item), index));
  const items: T[] = [];
  const origins: Origin[] = [];
  const used = new Set<number>();
  bundled.forEach((item, index) => {
    const replacement = fileIndexByKey.get(key(item));
    if (replacement === undefined || used.has(replacement)) {
      items.push(item);
      origins.push({ from: 'bundled', index });
      return;
    }
    used.add(replacement);
    items.push(file[replacement] as T);
    origins.push({ from: 'file', index: replacement });
  });
  file.forEach((item, index) => {
    if (used.has(index)) return;
    items.push(item);
    origins.push({ from: 'file', index });
  });
  return { items, origins, replaced: used.size };
}

/** Each language's bundled terms, then the file's terms the bundle lacks; absent when neither has any. */
function mergeContextTerms(bundled: ContextTerms | undefined, file: ContextTerms | undefined): ContextTerms | undefined {
  if (!file) return bundled;
  const merged: ContextTerms = { ...bundled };
  for (const [lang, terms] of Object.entries(file) as [keyof ContextTerms, string[] | undefined][]) {
    merged[lang] = [...new Set([...(merged[lang] ?? []), ...(terms ?? [])])];
  }
  return merged;
}

/** The later of two `YYYY-MM-DD` dates. */
function later(a: string, b: string): string {
  return a >= b ? a : b;
}

/**
 * Combine the bundled dataset with a reader's file under the `add` rules above. Does not
 * validate: pass the result to the validator and map its problems with {@link mapMergedProblem}.
 */
export function mergeDatasets(bundled: Dataset, file: Dataset): MergeResult {
  const byId = (item: { id: string }) => item.id;
  const episodes = mergeById(bundled.episodes, file.episodes, byId);
  const actors = mergeById(bundled.actors, file.actors, byId);
  const claims = mergeById(bundled.claims, file.claims, byId);
  const responses = mergeById(bundled.responses, file.responses, byId);
  const sources = mergeById(bundled.sources, file.sources, byId);
  const evidence = mergeById(bundled.evidence, file.evidence, (item) => item.claimId);
  const blockers = [...(bundled.blockers ?? []), ...(file.blockers ?? [])];
  const contextTerms = mergeContextTerms(bundled.contextTerms, file.contextTerms);
  const parts = { episodes, actors, claims, responses, sources, evidence };
  return {
    dataset: {
      version: bundled.version,
      asOf: later(bundled.asOf, file.asOf),
      episodes: episodes.items,
      actors: actors.items,
      claims: claims.items,
      responses: responses.items,
      evidence: evidence.items,
      sources: sources.items,
      ...(contextTerms ? { contextTerms } : {}),
      ...(blockers.length > 0 ? { blockers } : {}),
    },
    origins: {
      episodes: episodes.origins,
      actors: actors.origins,
      claims: claims.origins,
      responses: responses.origins,
      evidence: evidence.origins,
      sources: sources.origins,
      blockers: blockers.map((_, i) => {
        const fromBundle = i < (bundled.blockers?.length ?? 0);
        return { from: fromBundle ? 'bundled' : 'file', index: fromBundle ? i : i - (bundled.blockers?.length ?? 0) };
      }),
    },
    replaced: Object.values(parts).reduce((sum, part) => sum + part.replaced, 0),
  };
}

/** The dataset in use for a stored import, or the bundled one when there is none. */
export function combineActive(bundled: Dataset, imported: { mode: ImportMode; dataset: Dataset } | null): Dataset {
  if (!imported) return bundled;
  return imported.mode === 'replace' ? imported.dataset : mergeDatasets(bundled, imported.dataset).dataset;
}

const RECORD_PATH = /^\$\.(episodes|actors|claims|responses|evidence|sources|blockers)\[(\d+)\](.*)$/;
const RECORD_REFERENCE = /\$\.(episodes|actors|claims|responses|evidence|sources|blockers)\[(\d+)\]/g;

function mapRecord(collection: string, index: string, origins: MergeOrigins): { path: string; bundled: boolean } | null {
  const origin = origins[collection as Collection][Number(index)];
  if (!origin) return null;
  return { path: `$.${collection}[${origin.index}]`, bundled: origin.from === 'bundled' };
}

/**
 * Point a problem found in the merged dataset back to where a reader can fix it: a path in their
 * file, or, when the problem sits in a bundled record (say a bundled source no longer cited after
 * the file replaced the claim citing it), the bundled record, labelled as such. Paths quoted in
 * the message (an alias "also belongs to" another actor) are mapped the same way.
 */
export function mapMergedProblem(problem: ImportProblem, origins: MergeOrigins): ImportProblem {
  const message = problem.message.replace(RECORD_REFERENCE, (whole, collection: string, index: string) => {
    const mapped = mapRecord(collection, index, origins);
    if (!mapped) return whole;
    return mapped.bundled ? `bundled data ${mapped.path}` : `your file ${mapped.path}`;
  });
  const found = RECORD_PATH.exec(problem.path);
  const mapped = found ? mapRecord(found[1] as string, found[2] as string, origins) : null;
  if (!found || !mapped) return { path: problem.path, message };
  const path = `${mapped.path}${found[3] ?? ''}`;
  if (!mapped.bundled) return { path, message };
  return { path: `bundled data ${path}`, message: `${message} (after combining with your file)` };
}

/** Counts of an imported file, for the confirmation a reader sees. */
export function countRecords(file: Dataset, replaced: number): ImportCounts {
  return {
    episodes: file.episodes.length,
    actors: file.actors.length,
    claims: file.claims.length,
    responses: file.responses.length,
    evidence: file.evidence.length,
    sources: file.sources.length,
    replaced,
  };
}

/** UTF-8 size of a text, which is what a file on disk and the size limit measure. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/** Human size ("5 MB", "740 KB") for limits and file sizes shown to readers. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** A problem when `bytes` exceeds `limit`, else null. */
export function checkImportSize(bytes: number, limit: number): ImportProblem | null {
  if (bytes <= limit) return null;
  const size = formatBytes(bytes);
  const max = formatBytes(limit);
  return { path: '$', message: size === max ? `the file is over the ${max} limit` : `the file is ${size}; the limit is ${max}` };
}

/**
 * Parse a file's text as JSON. A byte-order mark is ignored; a syntax error becomes a problem
 * with the parser's own position message.
 */
export function parseImportText(text: string): { ok: true; value: unknown } | { ok: false; problems: ImportProblem[] } {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, problems: [{ path: '$', message: 'the file is empty' }] };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '$', message: `not valid JSON: ${reason.slice(0, 200)}` }] };
  }
}
