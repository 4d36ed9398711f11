import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET as d } from '../../../src/data/bundled-dataset';
import { compileMatchIndex, NAME_FLAGS, patternsOf } from '../../../src/data/match-index';

describe('compileMatchIndex', () => {
  const index = compileMatchIndex(d);
  const patterns = patternsOf(index);
  const kindOf = new Map(d.actors.map((a) => [a.id, a.kind]));

  it('carries every name with its rule, and every blocker, and nothing of the records', () => {
    const names = d.actors.reduce((n, a) => n + a.names.length, 0);
    expect(index.names).toHaveLength(names + (d.blockers?.length ?? 0));
    expect(patterns.filter((p) => p.blocker).map((p) => p.text)).toEqual((d.blockers ?? []).map((b) => b.text));
    expect(JSON.stringify(index)).not.toContain('sourceRefs');
    expect(JSON.stringify(index).length * 3).toBeLessThan(JSON.stringify(d).length);
  });

  it('maps rules to flags: exact case, proper case, diacritics, gate', () => {
    const mss = patterns.find((p) => p.text === 'MSS' && p.actorId === 'mss');
    expect(mss).toMatchObject({ caseSensitive: true, gated: true });
    const fancy = patterns.find((p) => p.text === 'Fancy Bear');
    expect(fancy).toMatchObject({ caseSensitive: false, properCase: true, foldDiacritics: true, signal: true });
  });

  it('makes only ungated hacker-group names context signals', () => {
    const signals = patterns.filter((p) => p.signal);
    expect(signals.length).toBeGreaterThan(500);
    expect(signals.every((p) => kindOf.get(p.actorId) === 'threat-group' && !p.gated)).toBe(true);
    expect(patterns.find((p) => p.text === 'FBI')?.signal).toBe(false);
    expect(index.names.every(([, , flags]) => (flags & NAME_FLAGS.blocker) === 0 || (flags & NAME_FLAGS.signal) === 0)).toBe(true);
  });

  it('gives display names and mark strengths per actor, in the same order as the ids', () => {
    expect(index.displayNames).toHaveLength(index.actorIds.length);
    expect(index.strengths).toHaveLength(index.actorIds.length);
    expect(index.displayNames[index.actorIds.indexOf('icefcom')]).toContain('ICEFCOM');
  });
});
