/**
 * A read-only index over a validated dataset, the popup's search, and the alias patterns handed to
 * the name matcher. Pure: no browser API, no I/O.
 */
import { nameKey } from '../match/normalize';
import type { Actor, Claim, Dataset, Episode, EvidenceAssessment, Response, Source } from './schema';

/** How an actor takes part in a claim. */
export type ActorRole = 'claimant' | 'accused' | 'responder';

/** A claim an actor takes part in, with every role the actor has in it. */
export interface ActorClaimLink {
  readonly claim: Claim;
  /** In the order claimant, accused, responder; never empty. */
  readonly roles: readonly ActorRole[];
}

/** Lookups built once from a dataset. Lists keep dataset order unless stated. */
export interface DatasetIndex {
  readonly dataset: Dataset;
  readonly actorsById: ReadonlyMap<string, Actor>;
  readonly claimsById: ReadonlyMap<string, Claim>;
  readonly episodesById: ReadonlyMap<string, Episode>;
  readonly sourcesById: ReadonlyMap<string, Source>;
  /** Claims involving each actor, newest claim date first. Actors with no claim are absent. */
  readonly claimsByActor: ReadonlyMap<string, readonly ActorClaimLink[]>;
  /** Responses to each claim, oldest first (unknown dates last). */
  readonly responsesByClaim: ReadonlyMap<string, readonly Response[]>;
  readonly evidenceByClaim: ReadonlyMap<string, EvidenceAssessment>;
}

/** The contract with `src/match/`: one alias to look for, and the actor it names. */
export interface AliasPattern {
  text: string;
  actorId: string;
  caseSensitive: boolean;
  foldDiacritics: boolean;
}

/** An actor or claim found by `searchDataset`, with its score (higher is better). */
export interface SearchHit<T> {
  readonly item: T;
  readonly score: number;
}

/** Ranked results of a popup search. */
export interface SearchResults {
  readonly actors: readonly SearchHit<Actor>[];
  readonly claims: readonly SearchHit<Claim>[];
}

const ROLE_ORDER: readonly ActorRole[] = ['claimant', 'accused', 'responder'];

/** Builds the index. The dataset is assumed valid (every reference resolves). */
export function createDatasetIndex(dataset: Dataset): DatasetIndex {
  const roles = new Map<string, Map<string, Set<ActorRole>>>();
  const addRole = (actorId: string, claimId: string, role: ActorRole) => {
    const byClaim = roles.get(actorId) ?? new Map<string, Set<ActorRole>>();
    roles.set(actorId, byClaim);
    const set = byClaim.get(claimId) ?? new Set<ActorRole>();
    byClaim.set(claimId, set);
    set.add(role);
  };
  for (const claim of dataset.claims) {
    claim.claimants.forEach((a) => addRole(a, claim.id, 'claimant'));
    claim.accused.forEach((a) => addRole(a, claim.id, 'accused'));
  }
  for (const response of dataset.responses) addRole(response.by, response.claimId, 'responder');

  const claimsById = byId(dataset.claims);
  const claimsByActor = new Map<string, ActorClaimLink[]>();
  for (const [actorId, byClaim] of roles) {
    const links: ActorClaimLink[] = [];
    for (const [claimId, set] of byClaim) {
      const claim = claimsById.get(claimId);
      if (claim !== undefined) links.push({ claim, roles: ROLE_ORDER.filter((r) => set.has(r)) });
    }
    claimsByActor.set(
      actorId,
      links.sort((a, b) => compareDatesDesc(a.claim.date, b.claim.date)),
    );
  }

  const responsesByClaim = new Map<string, Response[]>();
  for (const response of dataset.responses) {
    const list = responsesByClaim.get(response.claimId) ?? [];
    list.push(response);
    responsesByClaim.set(response.claimId, list);
  }
  for (const list of responsesByClaim.values()) list.sort((a, b) => compareDatesDesc(b.date, a.date));

  return {
    dataset,
    actorsById: byId(dataset.actors),
    claimsById,
    episodesById: byId(dataset.episodes),
    sourcesById: byId(dataset.sources),
    claimsByActor,
    responsesByClaim,
    evidenceByClaim: new Map(dataset.evidence.map((e) => [e.claimId, e])),
  };
}

/** Claims involving an actor (empty for an unknown id). */
export function claimsForActor(index: DatasetIndex, actorId: string): readonly ActorClaimLink[] {
  return index.claimsByActor.get(actorId) ?? [];
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((item) => [item.id, item]));
}

/**
 * Orders partial dates newest first; `unknown` sorts last. A partial date sorts after the full
 * dates it could contain ("2025-03-17" before "2025") because string order compares prefixes.
 * The one date order of the project: the index, search and the popup's page list use it.
 */
export function compareDatesDesc(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'unknown') return 1;
  if (b === 'unknown') return -1;
  return a < b ? 1 : -1;
}

/**
 * The alias patterns for the name matcher, in dataset order. `exact` aliases are case-sensitive;
 * `foldDiacritics` defaults to true for `proper` aliases and false otherwise, unless the alias sets
 * it. Actors with no aliases (kept out of page matching on purpose) contribute nothing.
 */
export function aliasPatterns(dataset: Dataset): AliasPattern[] {
  const patterns: AliasPattern[] = [];
  for (const actor of dataset.actors) {
    for (const alias of actor.names) {
      patterns.push({
        text: alias.text,
        actorId: actor.id,
        caseSensitive: alias.match === 'exact',
        foldDiacritics: alias.foldDiacritics ?? alias.match === 'proper',
      });
    }
  }
  return patterns;
}

// ---------------------------------------------------------------------------------------------
// Search

/** Most results per kind; the popup shows a short list. */
export const SEARCH_LIMIT = 20;
/** Longest query considered; longer input is cut, so a pasted page cannot stall the popup. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Searches actors by display name and aliases (any script) and claims by words, case- and
 * diacritic-insensitively. Actors rank exact name > name prefix > substring. A claim matches when
 * every query word occurs in its summary, episode title, or the names of the actors it involves;
 * words found in the summary count double. Ties keep the newest claim first.
 */
export function searchDataset(index: DatasetIndex, query: string, limit = SEARCH_LIMIT): SearchResults {
  // Names, queries and claim text compare by the matcher's folding (`nameKey`), so a search finds
  // what the page would mark.
  const q = nameKey(query.slice(0, MAX_QUERY_LENGTH));
  if (q === '') return { actors: [], claims: [] };
  const actorText = new Map(index.dataset.actors.map((a) => [a.id, actorSearchNames(a)]));
  const actors = index.dataset.actors
    .map((actor) => ({ item: actor, score: scoreActor(actorText.get(actor.id) ?? [], q) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
  const words = q.split(' ');
  const claims = index.dataset.claims
    .map((claim) => ({ item: claim, score: scoreClaim(index, claim, words, actorText) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || compareDatesDesc(a.item.date, b.item.date))
    .slice(0, limit);
  return { actors, claims };
}

function actorSearchNames(actor: Actor): string[] {
  return [actor.displayName, ...actor.names.map((n) => n.text)].map(nameKey);
}

function scoreActor(names: readonly string[], q: string): number {
  let best = 0;
  for (const name of names) {
    if (name === q) best = Math.max(best, 3);
    else if (name.startsWith(q)) best = Math.max(best, 2);
    else if (name.includes(q)) best = Math.max(best, 1);
  }
  return best;
}

function scoreClaim(index: DatasetIndex, claim: Claim, words: readonly string[], actorText: Map<string, string[]>): number {
  const summary = nameKey(claim.summary);
  const context = [
    nameKey((claim.episode === undefined ? undefined : index.episodesById.get(claim.episode))?.title ?? ''),
    ...[...claim.claimants, ...claim.accused].flatMap((id) => actorText.get(id) ?? []),
  ].join(' | ');
  let score = 0;
  for (const word of words) {
    if (summary.includes(word)) score += 2;
    else if (context.includes(word)) score += 1;
    else return 0;
  }
  return score;
}

// ---------------------------------------------------------------------------------------------
// Counts (for the CLI and the closing notes)

/** Record counts, and aliases per language tag. */
export interface DatasetCounts {
  actors: number;
  aliases: number;
  aliasesByLang: Record<string, number>;
  episodes: number;
  claims: number;
  responses: number;
  evidence: number;
  sources: number;
}

/** Counts the records of a dataset. */
export function countDataset(dataset: Dataset): DatasetCounts {
  const aliasesByLang: Record<string, number> = {};
  let aliases = 0;
  for (const actor of dataset.actors) {
    for (const alias of actor.names) {
      aliasesByLang[alias.lang] = (aliasesByLang[alias.lang] ?? 0) + 1;
      aliases += 1;
    }
  }
  return {
    actors: dataset.actors.length,
    aliases,
    aliasesByLang,
    episodes: dataset.episodes.length,
    claims: dataset.claims.length,
    responses: dataset.responses.length,
    evidence: dataset.evidence.length,
    sources: dataset.sources.length,
  };
}
