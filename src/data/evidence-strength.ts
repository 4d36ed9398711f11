/**
 * How strong the evidence for an actor's claims is, as the highlight style encodes it. One ranking
 * of the rubric's statuses (docs/evidence-rubric.md), used by the background when it compiles the
 * match index and by the UI's labels.
 */
import type { Dataset, EvidenceStatus } from './schema';

/**
 * Rank of each status, for "the strongest evidence among the claims involving the actor" and
 * nothing else: it orders the rubric's levels, it is not a score of truth.
 */
export const EVIDENCE_STRENGTH: Readonly<Record<EvidenceStatus, number>> = {
  'independently-corroborated': 4,
  'claimant-indicators': 3,
  'unverifiable-by-press': 2,
  asserted: 1,
  'not-assessed': 0,
};

/** What a mark's style shows: corroborated, the accuser's own indicators, or anything else. */
export type Strength = 'strong' | 'mid' | 'weak';

/**
 * The strength of the strongest claim involving each actor (as claimant, accused or responder).
 * Actors without claims are absent (marked `weak`).
 */
export function actorStrengths(dataset: Dataset): Map<string, Strength> {
  const statusOf = new Map(dataset.evidence.map((e) => [e.claimId, e.status]));
  const best = new Map<string, number>();
  const raise = (actorId: string, rank: number) => best.set(actorId, Math.max(best.get(actorId) ?? 0, rank));
  const claimsById = new Map(dataset.claims.map((c) => [c.id, c]));
  for (const claim of dataset.claims) {
    const rank = EVIDENCE_STRENGTH[statusOf.get(claim.id) ?? 'not-assessed'] ?? 0;
    [...claim.claimants, ...claim.accused].forEach((id) => raise(id, rank));
  }
  for (const response of dataset.responses) {
    const claim = claimsById.get(response.claimId);
    if (claim) raise(response.by, EVIDENCE_STRENGTH[statusOf.get(claim.id) ?? 'not-assessed'] ?? 0);
  }
  return new Map([...best].map(([id, rank]) => [id, rank >= 4 ? 'strong' : rank === 3 ? 'mid' : 'weak']));
}
