import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../../src/data/dataset-index';
import { orderClaimsForActor, orderResponses, otherParties } from '../../../src/ui/claim-order';
import { uiDataset } from './fixture-dataset';

const index = createDatasetIndex(uiDataset());
const ids = (links: { claim: { id: string } }[]) => links.map((link) => link.claim.id);

describe('orderClaimsForActor', () => {
  it('keeps the index order (newest first) without page context', () => {
    expect(ids(orderClaimsForActor(index, 'agency'))).toEqual(['c-new', 'c-mid', 'c-old']);
    expect(ids(orderClaimsForActor(index, 'agency', new Set()))).toEqual(['c-new', 'c-mid', 'c-old']);
  });

  it('puts first the claim whose other parties are also on the page', () => {
    expect(ids(orderClaimsForActor(index, 'agency', new Set(['agency', 'unit'])))).toEqual(['c-mid', 'c-new', 'c-old']);
    expect(ids(orderClaimsForActor(index, 'agency', new Set(['agency', 'firm'])))).toEqual(['c-old', 'c-mid', 'c-new']);
  });

  it('ranks by how many other parties are present, then answered claims before unanswered ones, then the index order', () => {
    // c-mid has the unit as accused and as responder: one party, counted once.
    expect([...otherParties(index, { claim: index.claimsById.get('c-mid')!, roles: ['claimant'] }, 'agency')]).toEqual(['unit']);
    // c-new and c-mid each have one other party on the page; only c-mid was answered (the unit denied it).
    expect(ids(orderClaimsForActor(index, 'agency', new Set(['unit', 'group'])))).toEqual(['c-mid', 'c-new', 'c-old']);
    // Nobody else on the page: the answered claim first, then newest first.
    expect(ids(orderClaimsForActor(index, 'agency', new Set(['agency'])))).toEqual(['c-mid', 'c-new', 'c-old']);
  });

  it('is empty for an actor without claims or an unknown id', () => {
    expect(orderClaimsForActor(index, 'nobody', new Set(['agency']))).toEqual([]);
  });
});

describe('orderResponses', () => {
  it("puts the accused's responses first, otherwise keeps the order", () => {
    const claim = index.claimsById.get('c-mid')!;
    const base = index.responsesByClaim.get('c-mid')![0]!;
    const comment = { ...base, id: 'r0', by: 'firm', stance: 'comments' as const };
    const other = { ...base, id: 'r2', by: 'group', stance: 'supports' as const };
    expect(orderResponses(claim, [comment, base, other]).map((r) => r.id)).toEqual(['r1', 'r0', 'r2']);
  });
});
