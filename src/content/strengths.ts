import type { DatasetIndex } from '../data/dataset-index';
import { EVIDENCE_STRENGTH } from '../ui/labels';
import type { Strength } from './highlight-style';

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
