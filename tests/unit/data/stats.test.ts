import { describe, expect, it } from 'vitest';
import { datasetStats, formatStats } from '../../../src/data/stats';
import { minimal } from './helpers';

describe('datasetStats', () => {
  it('counts groups by accused state, names by language and rule, and what has no claim', () => {
    const d = minimal();
    d.actors.push(
      {
        id: 'grp',
        displayName: 'Group',
        kind: 'threat-group',
        affiliation: 'x',
        description: 'A group.',
        names: [
          { text: 'Lazarus', lang: 'en', match: 'proper', gate: 'cyber' },
          { text: '拉撒路', lang: 'zh-Hans', match: 'cjk', usedBy: ['a-one'] },
        ],
      },
      { id: 'lonely', displayName: 'Lonely', kind: 'threat-group', affiliation: 'x', description: 'A group.', names: [] },
      { id: 'st', displayName: 'State', kind: 'state', affiliation: 'x', description: 'A state.', names: [] },
    );
    d.claims.push({ ...d.claims[0]!, id: 'c2', accused: ['grp', 'st'], basis: ['indictment'] });
    const s = datasetStats(d);
    expect(s.groups).toMatchObject({ stateLinked: 1, byState: { st: 1 }, withoutClaim: expect.arrayContaining(['lonely']) });
    expect(s.names.byLang).toMatchObject({ en: expect.any(Number), 'zh-Hans': 1 });
    expect(s.names.byRule['proper+cyber']).toBe(1);
    expect(s.names.gated).toBe(1);
    expect(s.names.withUsedBy).toBe(1);
    expect(s.claims.byBasis).toMatchObject({ indictment: 1 });
    expect(s.claims.accusingState).toBe(1);
    expect(s.quotes).toBe(d.claims.length + d.responses.length + d.evidence.length);
    expect(formatStats(s).join('\n')).toContain('without a claim: lonely');
  });
});
