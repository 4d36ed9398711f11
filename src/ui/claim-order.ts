/**
 * Which claims a card shows first. Pure, so the ordering is tested without a DOM.
 */
import type { ActorClaimLink, DatasetIndex } from '../data/dataset-index';
import type { Claim, Response } from '../data/schema';

/** Every actor a claim names or that responded to it, except `actorId`. */
export function otherParties(index: DatasetIndex, link: ActorClaimLink, actorId: string): Set<string> {
  const parties = new Set<string>([...link.claim.claimants, ...link.claim.accused]);
  for (const response of index.responsesByClaim.get(link.claim.id) ?? []) parties.add(response.by);
  parties.delete(actorId);
  return parties;
}

/** Whether anyone answered the claim on record (a denial, a comment…), as opposed to silence. */
function answered(index: DatasetIndex, link: ActorClaimLink): boolean {
  return (index.responsesByClaim.get(link.claim.id) ?? []).some((r) => r.stance !== 'no-response-found' && r.stance !== 'did-not-respond');
}

/**
 * The claims involving `actorId`, most relevant to this page first: a claim whose other parties
 * are also named on the page is the one the article is most likely about, so claims rank by how
 * many of their other parties are in `presentActorIds`. Among equals, a claim someone answered
 * comes before one nobody did — the card's glance is claim, response, evidence, and a reader looks
 * for the denial — then the index's order (newest claim first). Without `presentActorIds` (the
 * popup's search) the index's order is returned as is.
 */
export function orderClaimsForActor(index: DatasetIndex, actorId: string, presentActorIds?: ReadonlySet<string>): ActorClaimLink[] {
  const links = [...(index.claimsByActor.get(actorId) ?? [])];
  if (!presentActorIds || presentActorIds.size === 0) return links;
  const score = new Map<ActorClaimLink, number>();
  for (const link of links) {
    let present = 0;
    for (const party of otherParties(index, link, actorId)) if (presentActorIds.has(party)) present += 2;
    score.set(link, present + (answered(index, link) ? 1 : 0));
  }
  // Array.prototype.sort is stable, so equal scores keep the index's order.
  return links.sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0));
}

/**
 * A claim's responses from the reader's perspective: the hovered actor's own response first
 * (hovering a responder shows what *they* said), then the accused's (their denial is what a
 * reader looks for), then everyone else's; each group keeps the index's order (oldest first).
 */
export function orderResponses(claim: Claim, responses: readonly Response[], actorId?: string): Response[] {
  const accused = new Set(claim.accused);
  const rank = (r: Response) => (r.by === actorId ? 0 : accused.has(r.by) ? 1 : 2);
  return [...responses].sort((a, b) => rank(a) - rank(b));
}
