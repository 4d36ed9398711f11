/**
 * How strong the evidence behind an actor's claims is, in three steps a page mark can show. Pure:
 * the background compiles it into the match index, the content script styles marks with it; the
 * words for each status stay in `ui/labels.ts`.
 */
import type { Dataset, EvidenceStatus } from './schema';

/** The three strengths a mark encodes (solid, dashed, dotted underline). */
export type Strength = 'strong' | 'mid' | 'weak';

export const STRENGTHS: readonly Strength[] = ['strong', 'mid', 'weak'];

/**
 * Order of evidence strength, strongest highest; drives the highlight style ("strongest claim
 * involving the actor") and nothing else: it orders the rubric's levels, it is not a score of truth.
 */
export const EVIDENCE_STRENGTH: Readonly<Record<EvidenceStatus, number>> = {
  'independently-corroborated': 4,
  'claimant-indicators': 3,
  'unverifiable-by-press': 2,
  asserted: 1,
  'not-assessed': 0,
};

/**
 * The strength of the strongest claim involving each actor (as claimant, accused or responder):
 * `strong` for independently corroborated, `mid` for the accuser's own indicators, `weak`
 * otherwise. Actors without claims are absent (marked `weak`).
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
