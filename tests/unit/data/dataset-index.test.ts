import { describe, expect, it } from 'vitest';
import {
  aliasPatterns,
  claimsForActor,
  compareDatesDesc,
  countDataset,
  createDatasetIndex,
  searchDataset,
} from '../../../src/data/dataset-index';
import { nameKey } from '../../../src/match/normalize';
import { bundled, minimal } from './helpers';

const index = createDatasetIndex(bundled());

describe('createDatasetIndex', () => {
  it('looks up actors, claims, sources and episodes by id', () => {
    expect(index.actorsById.get('mss')?.displayName).toContain('MSS');
    expect(index.claimsById.get('c-mss-2025')?.claimants).toEqual(['mss']);
    expect(index.sourcesById.get('record')?.tier).toBe('primary');
    expect(index.episodesById.has('e24-anon64')).toBe(true);
  });

  it('lists the claims involving an actor with its roles, newest first', () => {
    const links = claimsForActor(index, 'icefcom');
    expect(links.map((l) => l.claim.id)).toEqual(['c-aug', 'c-futile', 'c-gz', 'c-mss-2025', 'c-mss-2024']);
    const dates = links.map((l) => l.claim.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(links.find((l) => l.claim.id === 'c-mss-2025')?.roles).toEqual(['accused', 'responder']);
    expect(claimsForActor(index, 'cho-jung-tai').map((l) => [l.claim.id, l.roles])).toEqual([
      ['c-mss-2025', ['responder']],
      ['c-mss-2024', ['responder']],
    ]);
    const mss = claimsForActor(index, 'mss');
    expect(mss.find((l) => l.claim.id === 'c-mss-2025')?.roles).toEqual(['claimant']);
    expect(mss.some((l) => l.roles.includes('accused'))).toBe(true);
    expect(claimsForActor(index, 'nobody')).toEqual([]);
  });

  it('groups responses by claim, oldest first, and evidence by claim', () => {
    expect(index.responsesByClaim.get('c-mss-2024')?.map((r) => r.id)).toEqual(['r-icefcom-2024', 'r-hu-2024', 'r-koo-2024', 'r-cho-2024']);
    expect(index.evidenceByClaim.get('c-mss-2024')?.status).toBe('unverifiable-by-press');
    expect(index.responsesByClaim.get('c-futile')).toBeUndefined();
  });
});

describe('aliasPatterns', () => {
  const patterns = aliasPatterns(bundled());

  it('makes acronyms case-sensitive and names case-insensitive with diacritic folding', () => {
    expect(patterns).toContainEqual({ text: 'MSS', actorId: 'mss', caseSensitive: true, foldDiacritics: false });
    expect(patterns).toContainEqual({ text: 'Dakota Cary', actorId: 'dakota-cary', caseSensitive: false, foldDiacritics: true });
    expect(patterns).toContainEqual({ text: '國安部', actorId: 'mss', caseSensitive: false, foldDiacritics: false });
  });

  it('honours an explicit foldDiacritics', () => {
    const d = minimal();
    d.actors[1]!.names[0]!.foldDiacritics = false;
    expect(aliasPatterns(d)[1]).toEqual({ text: 'Bravo Group', actorId: 'b-two', caseSensitive: false, foldDiacritics: false });
  });

  it('has one pattern per alias, and none for actors kept out of matching', () => {
    expect(patterns).toHaveLength(countDataset(bundled()).aliases);
    const unnamed = bundled()
      .actors.filter((a) => a.names.length === 0)
      .map((a) => a.id);
    expect(unnamed).toContain('prc');
    expect(patterns.some((p) => unnamed.includes(p.actorId))).toBe(false);
  });
});

describe('searchDataset', () => {
  it('finds actors by acronym, name and native script, best first', () => {
    expect(searchDataset(index, 'mss').actors[0]?.item.id).toBe('mss');
    expect(searchDataset(index, '  Dakota  ').actors.map((h) => h.item.id)).toEqual(['dakota-cary']);
    expect(searchDataset(index, '国家安全部').actors[0]?.item.id).toBe('mss');
    expect(searchDataset(index, '資通電軍').actors[0]?.item.id).toBe('icefcom');
    expect(searchDataset(index, 'anonymous 64').actors[0]?.item.id).toBe('anonymous-64');
  });

  it('finds claims by every word, in summaries, episodes and actor names', () => {
    const ids = searchDataset(index, 'power grids').claims.map((h) => h.item.id);
    expect(ids).toEqual(['c-mss-2025']);
    expect(searchDataset(index, 'ICEFCOM Guangzhou').claims.map((h) => h.item.id)).toEqual(['c-gz']);
    const volt = searchDataset(index, 'volt typhoon').claims.map((h) => h.item);
    expect(volt.length).toBeGreaterThan(3);
    expect(volt.every((c) => [...c.claimants, ...c.accused].includes('volt-typhoon') || /volt typhoon/i.test(c.summary))).toBe(true);
  });

  it('is case- and diacritic-insensitive and ignores empty or huge queries safely', () => {
    expect(nameKey('ÁNHENG  Information')).toBe('anheng information');
    expect(searchDataset(index, 'ánheng').actors[0]?.item.id).toBe('anheng');
    expect(searchDataset(index, '   ')).toEqual({ actors: [], claims: [] });
    expect(() => searchDataset(index, 'x'.repeat(1_000_000))).not.toThrow();
  });
});

describe('compareDatesDesc', () => {
  it('orders partial dates newest first, a full date before the partial one that contains it, unknown last', () => {
    expect(['2025', 'unknown', '2024-12', '2025-03-17', '2025-03'].sort(compareDatesDesc)).toEqual([
      '2025-03-17',
      '2025-03',
      '2025',
      '2024-12',
      'unknown',
    ]);
  });
});

describe('countDataset', () => {
  it('counts records and aliases by language', () => {
    const c = countDataset(bundled());
    expect(c.claims).toBe(c.evidence);
    expect(Object.values(c.aliasesByLang).reduce((a, b) => a + b, 0)).toBe(c.aliases);
  });
});
