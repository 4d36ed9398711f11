import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET as d } from '../../../src/data/bundled-dataset';
import { claimsForActor, createDatasetIndex } from '../../../src/data/dataset-index';
import { sliceForActor } from '../../../src/data/slice';
import { validateDataset } from '../../../src/data/validate';

describe('sliceForActor', () => {
  const index = createDatasetIndex(d);
  const parties = d.actors.filter((a) => claimsForActor(index, a.id).length > 0);

  it('is a valid dataset for every actor that takes part in a claim, with every claim involving it', () => {
    expect(parties.length).toBeGreaterThan(200);
    const problems: string[] = [];
    for (const actor of parties) {
      const slice = sliceForActor(d, actor.id);
      const result = validateDataset(slice);
      if (!result.ok) problems.push(`${actor.id}: ${result.problems[0]?.path} ${result.problems[0]?.message}`);
      const want = claimsForActor(index, actor.id)
        .map((l) => l.claim.id)
        .sort();
      const got = claimsForActor(createDatasetIndex(slice!), actor.id)
        .map((l) => l.claim.id)
        .sort();
      if (want.join() !== got.join()) problems.push(`${actor.id}: claims ${got.join()} instead of ${want.join()}`);
    }
    expect(problems).toEqual([]);
  });

  it('is much smaller than the dataset (a card never carries the field)', () => {
    const apt28 = JSON.stringify(sliceForActor(d, 'apt28')).length;
    expect(apt28 * 5).toBeLessThan(JSON.stringify(d).length);
  });

  it('is undefined for an unknown actor', () => {
    expect(sliceForActor(d, 'no-such-actor')).toBeUndefined();
  });
});
