/**
 * What the popup lists for a page, as pure functions over the dataset index (tested without a
 * DOM): the actors found, most-mentioned first, and the claims involving them, the claims whose
 * parties co-occur on the page first.
 */
import { compareDatesDesc, type DatasetIndex } from '../data/dataset-index';
import type { Actor, Claim } from '../data/schema';
import type { PageActorSummary } from '../shared/messages';

export interface PageActor {
  actor: Actor;
  mentionCount: number;
  /** The distinct names the page uses for the actor. */
  names: string[];
}

export interface PageClaim {
  claim: Claim;
  /** Every party: claimants, accused and responders, once each, in that order. */
  parties: string[];
  /** The parties named on this page. */
  present: string[];
}

/** Actors of a page summary that the dataset knows, most mentions first, then by name. */
export function pageActors(index: DatasetIndex, found: readonly PageActorSummary[]): PageActor[] {
  const actors: PageActor[] = [];
  for (const { actorId, mentionCount, names } of found) {
    const actor = index.actorsById.get(actorId);
    if (actor) actors.push({ actor, mentionCount, names: names ?? [] });
  }
  return actors.sort((a, b) => b.mentionCount - a.mentionCount || a.actor.displayName.localeCompare(b.actor.displayName));
}

/** Claimants, accused and responders of a claim, once each. */
export function claimParties(index: DatasetIndex, claim: Claim): string[] {
  const parties = new Set<string>([...claim.claimants, ...claim.accused]);
  for (const response of index.responsesByClaim.get(claim.id) ?? []) parties.add(response.by);
  return [...parties];
}

/**
 * Claims involving any actor in `presentIds`. Claims with more of their parties on the page come
 * first (an accuser and the accused both named: the story is most likely about that claim); ties
 * keep newest first.
 */
export function pageClaims(index: DatasetIndex, presentIds: ReadonlySet<string>): PageClaim[] {
  const seen = new Set<string>();
  const claims: PageClaim[] = [];
  for (const actorId of presentIds) {
    for (const { claim } of index.claimsByActor.get(actorId) ?? []) {
      if (seen.has(claim.id)) continue;
      seen.add(claim.id);
      const parties = claimParties(index, claim);
      claims.push({ claim, parties, present: parties.filter((id) => presentIds.has(id)) });
    }
  }
  return claims.sort(
    (a, b) => b.present.length - a.present.length || compareDatesDesc(a.claim.date, b.claim.date) || a.claim.id.localeCompare(b.claim.id),
  );
}
