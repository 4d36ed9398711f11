import { describe, expect, it } from 'vitest';
import { actorStrengths } from '../../../src/data/evidence-strength';
import { uiDataset } from '../ui/fixture-dataset';

describe('actorStrengths', () => {
  it('takes the strongest evidence status among the claims involving each actor', () => {
    const dataset = uiDataset();
    dataset.evidence.push({
      claimId: 'c-old',
      status: 'independently-corroborated',
      rationale: 'r',
      sourceRefs: [{ sourceId: 's1', quote: 'q' }],
    });
    dataset.evidence.push({
      claimId: 'c-new',
      status: 'claimant-indicators',
      rationale: 'r',
      sourceRefs: [{ sourceId: 's1', quote: 'q' }],
    });
    const strengths = actorStrengths(dataset);
    expect(strengths.get('agency')).toBe('strong');
    expect(strengths.get('group')).toBe('mid');
    expect(strengths.get('unit')).toBe('weak');
  });
});
