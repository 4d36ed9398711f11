/**
 * Filtering the whole dataset's claims for the explore page, fast enough to run on every
 * keystroke at field scale (150+ groups, 1,000+ names, hundreds of claims): the search text of
 * each claim and the facet counts are computed once per dataset, and a filter change is then
 * one pass of string tests over the claims. Pure.
 */
import type { DatasetIndex } from '../data/dataset-index';
import { nameKey } from '../match/normalize';
import type { Actor, Claim } from '../data/schema';
import { compareDatesDesc } from '../ui/claim-glance';
import type { ClaimFilters } from './route';

/** Option value for "claims without any response". */
export const NO_RESPONSE = 'none';
/** Option value for claims of unknown date. */
export const UNKNOWN_YEAR = 'unknown';

export interface FacetOption {
  value: string;
  count: number;
}

export interface Facets {
  /** States named as accused, most claims first. */
  states: FacetOption[];
  claimants: FacetOption[];
  statuses: FacetOption[];
  stances: FacetOption[];
  /** Newest first, unknown last. */
  years: FacetOption[];
}

export interface ClaimCatalogue {
  index: DatasetIndex;
  /** Claims newest first. */
  claims: readonly Claim[];
  facets: Facets;
  /** Per claim: normalized summary, and normalized names of the parties and episode title. */
  text: ReadonlyMap<string, { summary: string; context: string }>;
  stancesByClaim: ReadonlyMap<string, ReadonlySet<string>>;
}

function yearOf(claim: Claim): string {
  return claim.date === 'unknown' ? UNKNOWN_YEAR : claim.date.slice(0, 4);
}

function tally(values: Iterable<string>, counts: Map<string, number>): void {
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
}

function options(counts: Map<string, number>): FacetOption[] {
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function actorWords(actor: Actor | undefined): string {
  if (!actor) return '';
  return [actor.displayName, ...actor.names.map((n) => n.text)].map(nameKey).join(' | ');
}

/** Built once per dataset. */
export function createClaimCatalogue(index: DatasetIndex): ClaimCatalogue {
  const claims = [...index.dataset.claims].sort((a, b) => compareDatesDesc(a.date, b.date));
  const words = new Map<string, string>();
  const wordsOf = (id: string) => {
    let text = words.get(id);
    if (text === undefined) {
      text = actorWords(index.actorsById.get(id));
      words.set(id, text);
    }
    return text;
  };
  const text = new Map<string, { summary: string; context: string }>();
  const stancesByClaim = new Map<string, Set<string>>();
  const states = new Map<string, number>();
  const claimants = new Map<string, number>();
  const statuses = new Map<string, number>();
  const stances = new Map<string, number>();
  const years = new Map<string, number>();
  for (const claim of claims) {
    const episode = claim.episode === undefined ? '' : (index.episodesById.get(claim.episode)?.title ?? '');
    text.set(claim.id, {
      summary: nameKey(claim.summary),
      context: [nameKey(episode), ...[...claim.claimants, ...claim.accused].map(wordsOf)].join(' | '),
    });
    const responses = index.responsesByClaim.get(claim.id) ?? [];
    const set = new Set(responses.length === 0 ? [NO_RESPONSE] : responses.map((r) => r.stance));
    stancesByClaim.set(claim.id, set);
    tally(set, stances);
    tally(
      claim.accused.filter((id) => index.actorsById.get(id)?.kind === 'state'),
      states,
    );
    tally(claim.claimants, claimants);
    tally([index.evidenceByClaim.get(claim.id)?.status ?? 'not-assessed'], statuses);
    tally([yearOf(claim)], years);
  }
  const yearOptions = options(years).sort((a, b) =>
    a.value === UNKNOWN_YEAR ? 1 : b.value === UNKNOWN_YEAR ? -1 : b.value.localeCompare(a.value),
  );
  return {
    index,
    claims,
    facets: {
      states: options(states),
      claimants: options(claimants),
      statuses: options(statuses),
      stances: options(stances),
      years: yearOptions,
    },
    text,
    stancesByClaim,
  };
}

/**
 * The claims passing every filter, newest first. `q` matches when every word occurs in the
 * summary, the episode title or a party's names (any script, case- and accent-insensitive).
 */
export function filterClaims(catalogue: ClaimCatalogue, filters: ClaimFilters): Claim[] {
  const { index } = catalogue;
  const words = nameKey(filters.q).split(' ').filter(Boolean);
  return catalogue.claims.filter((claim) => {
    if (filters.state && !claim.accused.includes(filters.state)) return false;
    if (filters.claimant && !claim.claimants.includes(filters.claimant)) return false;
    if (filters.status && (index.evidenceByClaim.get(claim.id)?.status ?? 'not-assessed') !== filters.status) return false;
    if (filters.stance && !catalogue.stancesByClaim.get(claim.id)?.has(filters.stance)) return false;
    if (filters.year && yearOf(claim) !== filters.year) return false;
    if (words.length > 0) {
      const text = catalogue.text.get(claim.id);
      if (!text || !words.every((word) => text.summary.includes(word) || text.context.includes(word))) return false;
    }
    return true;
  });
}

const actorNames = new WeakMap<DatasetIndex, Map<string, string[]>>();

/** Normalized names of every actor, computed once per dataset. */
function namesFor(index: DatasetIndex): Map<string, string[]> {
  let names = actorNames.get(index);
  if (!names) {
    names = new Map(index.dataset.actors.map((a) => [a.id, [a.displayName, ...a.names.map((n) => n.text)].map(nameKey)]));
    actorNames.set(index, names);
  }
  return names;
}

/**
 * Actors whose display name or any name contains the query, best matches first (exact, prefix,
 * substring); with no query, every actor, those in most claims first.
 */
export function filterActors(index: DatasetIndex, query: string): Actor[] {
  const q = nameKey(query);
  const actors = index.dataset.actors;
  const claims = (actor: Actor) => index.claimsByActor.get(actor.id)?.length ?? 0;
  if (q === '') return [...actors].sort((a, b) => claims(b) - claims(a) || a.displayName.localeCompare(b.displayName));
  const names = namesFor(index);
  const scored = actors
    .map((actor) => {
      let score = 0;
      for (const name of names.get(actor.id) ?? [])
        score = Math.max(score, name === q ? 3 : name.startsWith(q) ? 2 : name.includes(q) ? 1 : 0);
      return { actor, score };
    })
    .filter((hit) => hit.score > 0);
  return scored.sort((a, b) => b.score - a.score || a.actor.displayName.localeCompare(b.actor.displayName)).map((hit) => hit.actor);
}
