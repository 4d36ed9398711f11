import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../../src/data/dataset-index';
import { createClaimCatalogue, filterActors, filterClaims, NO_RESPONSE } from '../../../src/explore/filters';
import { formatRoute, NO_FILTERS, parseRoute } from '../../../src/explore/route';
import { namesByActor } from '../../../src/content/page-names';
import { exploreHash } from '../../../src/background/explore-hash';
import { BUNDLED_DATASET } from '../../../src/data/bundled-dataset';
import { uiDataset } from '../ui/fixture-dataset';

describe('explore routes', () => {
  it('parses and formats every view, so deep links survive a reload', () => {
    expect(parseRoute('#actor/apt28')).toEqual({ view: 'actor', id: 'apt28' });
    expect(parseRoute('#episode/e25-mss')).toEqual({ view: 'episode', id: 'e25-mss' });
    expect(parseRoute('#actors?q=bear')).toEqual({ view: 'actors', q: 'bear' });
    expect(parseRoute('')).toEqual({ view: 'claims', filters: NO_FILTERS });
    expect(parseRoute('#nonsense')).toEqual({ view: 'claims', filters: NO_FILTERS });
    const filtered = { view: 'claims' as const, filters: { ...NO_FILTERS, q: 'volt typhoon', status: 'asserted', year: '2025' } };
    expect(formatRoute(filtered)).toBe('#claims?q=volt+typhoon&status=asserted&year=2025');
    expect(parseRoute(formatRoute(filtered))).toEqual(filtered);
    expect(formatRoute({ view: 'actor', id: 'apt28' })).toBe('#actor/apt28');
  });

  it('lets the background open only the page’s own routes', () => {
    expect(exploreHash('actor/apt28')).toBe('#actor/apt28');
    expect(exploreHash('')).toBe('');
    expect(exploreHash('actor/../../evil')).toBe('');
    expect(exploreHash('https://example.org')).toBe('');
  });
});

describe('explore filters', () => {
  const index = createDatasetIndex(uiDataset());
  const catalogue = createClaimCatalogue(index);
  const ids = (filters: Partial<typeof NO_FILTERS>) => filterClaims(catalogue, { ...NO_FILTERS, ...filters }).map((c) => c.id);

  it('lists every claim newest first, with facet counts', () => {
    expect(ids({})).toEqual(['c-new', 'c-mid', 'c-old']);
    expect(catalogue.facets.claimants).toEqual([
      { value: 'agency', count: 2 },
      { value: 'firm', count: 1 },
    ]);
    expect(catalogue.facets.years.map((y) => y.value)).toEqual(['2025', '2024']);
    expect(catalogue.facets.stances).toEqual([
      { value: 'none', count: 2 },
      { value: 'denies', count: 1 },
    ]);
  });

  it('filters by claimant, status, stance, year and words (names in any script)', () => {
    expect(ids({ claimant: 'firm' })).toEqual(['c-old']);
    expect(ids({ status: 'asserted' })).toEqual(['c-mid']);
    expect(ids({ status: 'not-assessed' })).toEqual(['c-new', 'c-old']);
    expect(ids({ stance: 'denies' })).toEqual(['c-mid']);
    expect(ids({ stance: NO_RESPONSE })).toEqual(['c-new', 'c-old']);
    expect(ids({ year: '2024' })).toEqual(['c-old']);
    expect(ids({ q: 'unit middle' })).toEqual(['c-mid']);
    expect(ids({ q: '机构' })).toEqual(['c-new', 'c-mid', 'c-old']);
    expect(ids({ q: 'grey bear', claimant: 'agency' })).toEqual(['c-new']);
  });

  it('filters by accused state on the bundled data', () => {
    const bundled = createClaimCatalogue(createDatasetIndex(BUNDLED_DATASET));
    for (const { value, count } of bundled.facets.states) {
      const claims = filterClaims(bundled, { ...NO_FILTERS, state: value });
      expect(claims.length).toBe(count);
      for (const claim of claims) expect(claim.accused).toContain(value);
    }
  });

  it('finds actors by any name, best match first', () => {
    expect(filterActors(index, 'grey').map((a) => a.id)).toEqual(['group']);
    expect(filterActors(index, '機構').map((a) => a.id)).toEqual(['agency']);
    expect(filterActors(index, '')[0]?.id).toBe('agency');
  });
});

describe('names a page uses for each actor', () => {
  it('keeps one of each spelling, in page order, at most five', () => {
    const mentions = [
      { actorId: 'apt28', text: 'Fancy Bear' },
      { actorId: 'apt28', text: 'APT28' },
      { actorId: 'apt28', text: 'FANCY BEAR' },
      { actorId: 'q20', text: 'APT-Q-20' },
      { actorId: 'q20', text: 'APT‑Q‑20' },
    ];
    expect(namesByActor(mentions)).toEqual(
      new Map([
        ['apt28', ['Fancy Bear', 'APT28']],
        ['q20', ['APT-Q-20']],
      ]),
    );
    expect(
      namesByActor(
        Array.from({ length: 9 }, (_, i) => ({ actorId: 'a', text: `N${i}` })),
        5,
      ).get('a')?.length,
    ).toBe(5);
  });
});
