import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryKey, crosscheck, readCatalogue } from '../../../src/data/crosscheck';
import type { Dataset } from '../../../src/data/schema';
import { minimal } from './helpers';

const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'crosscheck', name), 'utf8')) as unknown;

/** Three groups: APT28 (Russia), Volt Typhoon (China), and two clusters a catalogue merges. */
function dataset(): Dataset {
  const d = minimal();
  const group = (id: string, names: string[]) => ({
    id,
    displayName: names[0] as string,
    kind: 'threat-group' as const,
    affiliation: 'x',
    description: 'A group.',
    names: names.map((text) => ({ text, lang: 'en' as const, match: 'proper' as const })),
  });
  d.actors.push(
    group('apt28', ['APT28', 'Fancy Bear', 'Sednit']),
    group('volt-typhoon', ['Volt Typhoon']),
    group('alpha', ['Cluster Alpha']),
    group('beta', ['Cluster Beta']),
    { id: 'russia', displayName: 'Russia', kind: 'state', affiliation: 'Russia', description: 'A state.', names: [] },
    { id: 'prc', displayName: 'PRC', kind: 'state', affiliation: 'PRC', description: 'A state.', names: [] },
  );
  const claim = d.claims[0]!;
  d.claims.push({ ...claim, id: 'c-apt28', accused: ['apt28', 'russia'] }, { ...claim, id: 'c-volt', accused: ['volt-typhoon', 'prc'] });
  return d;
}

describe('crosscheck', () => {
  it('reads a MISP cluster and reports missing groups, missing names, splits, merges and state conflicts', () => {
    const catalogue = readCatalogue(fixture('misp-cluster.json'));
    expect(catalogue?.format).toBe('misp');
    const report = crosscheck(dataset(), catalogue!);
    expect(report.groupsThere).toBe(5);
    expect(report.missingGroups).toEqual(['Ocean Group']);
    expect(report.missingNames).toEqual(
      expect.arrayContaining([
        { group: 'Sofacy', actorId: 'apt28', names: ['Sofacy', 'Tsar Team'] },
        { group: 'Volt Typhoon', actorId: 'volt-typhoon', names: ['Bronze Silhouette'] },
      ]),
    );
    expect(report.splitHere).toEqual([{ group: 'Twin Clusters', actorIds: ['alpha', 'beta'] }]);
    expect(report.mergedHere).toEqual([{ actorId: 'alpha', groups: ['Twin Clusters', 'Cluster Alpha Prime'] }]);
    expect(report.stateConflicts).toEqual([{ group: 'Volt Typhoon', actorId: 'volt-typhoon', there: ['ir'], here: ['cn'] }]);
  });

  it('reads a STIX 2.1 bundle with attributed-to relationships', () => {
    const catalogue = readCatalogue(fixture('stix-bundle.json'));
    expect(catalogue?.format).toBe('stix');
    expect(catalogue?.groups.find((g) => g.label === 'APT28')?.states).toEqual(['RU']);
    const report = crosscheck(dataset(), catalogue!);
    expect(report.missingGroups).toEqual(['Nobody Here']);
    expect(report.missingNames).toEqual([{ group: 'APT28', actorId: 'apt28', names: ['STRONTIUM'] }]);
    expect(report.stateConflicts).toEqual([]);
  });

  it('refuses JSON that is neither', () => {
    expect(readCatalogue({ objects: [] })).toBeUndefined();
    expect(readCatalogue([1, 2])).toBeUndefined();
  });

  it('folds country names and codes to one key', () => {
    expect(['China', 'CN', 'PRC', "People's Republic of China"].map(countryKey)).toEqual(['cn', 'cn', 'cn', 'cn']);
    expect(countryKey('Russian Federation')).toBe(countryKey('RU'));
  });
});
