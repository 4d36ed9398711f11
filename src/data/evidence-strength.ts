/**
 * How strong the evidence behind an actor's claims is, in three steps a page mark can show. Pure:
 * the content script styles marks with it; the words for each status stay in `ui/labels.ts`.
 */
import type { DatasetIndex } from './dataset-index';
import type { EvidenceStatus } from './schema';

/** The three strengths a mark encodes (solid, dashed, dotted underline). */
export type Strength = 'strong' | 'mid' | 'weak';

export const STRENGTHS: readonly Strength[] = ['strong', 'mid', 'weak'];

/**
 * Order of evidence strength, strongest highest; drives the highlight style ("strongest claim
 * involving the actor") and nothing else.
 */
export const EVIDENCE_STRENGTH: Readonly<Record<EvidenceStatus, number>> = {
  'independently-corroborated': 4,
  'claimant-indicators': 3,
  'unverifiable-by-press': 2,
  asserted: 1,
  'not-assessed': 0,
};

/**
 * The evidence strength of the strongest claim involving each actor, which the mark's style
 * encodes: `strong` for independently corroborated, `mid` for the accuser's own indicators,
 * `weak` otherwise. Actors without claims are absent (marked `weak`).
 */
export function actorStrengths(index: DatasetIndex): Map<string, Strength> {
  const strengths = new Map<string, Strength>();
  for (const [actorId, links] of index.claimsByActor) {
    let best = 0;
    for (const { claim } of links) {
      const status = index.evidenceByClaim.get(claim.id)?.status ?? 'not-assessed';
      best = Math.max(best, EVIDENCE_STRENGTH[status] ?? 0);
    }
    strengths.set(actorId, best >= 4 ? 'strong' : best === 3 ? 'mid' : 'weak');
  }
  return strengths;
}
