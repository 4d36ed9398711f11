import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../../../src/data/bundled-dataset';
import { createDatasetIndex } from '../../../src/data/dataset-index';
import { claimParties, pageActors, pageClaims } from '../../../src/popup/page-claims';

const index = createDatasetIndex(BUNDLED_DATASET);

describe('pageActors', () => {
  it('orders by mentions, then name, and drops ids the dataset does not know', () => {
    const actors = pageActors(index, [
      { actorId: 'nsb', mentionCount: 2 },
      { actorId: 'mss', mentionCount: 7 },
      { actorId: 'gone-after-an-import', mentionCount: 9 },
      { actorId: 'icefcom', mentionCount: 2 },
    ]);
    expect(actors.map((a) => a.actor.id)).toEqual(['mss', 'icefcom', 'nsb']);
  });
});

describe('pageClaims', () => {
  it('lists each claim involving a present actor once, claims whose parties co-occur first', () => {
    const present = new Set(['mss', 'icefcom', 'cho-jung-tai']);
    const claims = pageClaims(index, present);
    const ids = claims.map((c) => c.claim.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of present) {
      for (const { claim } of index.claimsByActor.get(id) ?? []) expect(ids).toContain(claim.id);
    }
    const counts = claims.map((c) => c.present.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThanOrEqual(2);
    for (const c of claims) expect(c.present.every((id) => present.has(id) && c.parties.includes(id))).toBe(true);
  });

  it('is empty when nothing is present', () => {
    expect(pageClaims(index, new Set())).toEqual([]);
  });

  it('counts responders as parties', () => {
    const response = BUNDLED_DATASET.responses[0]!;
    const claim = index.claimsById.get(response.claimId)!;
    expect(claimParties(index, claim)).toContain(response.by);
  });
});
