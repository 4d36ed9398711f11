/** Shared fixtures for the data tests. */
import { compileBundledDataset } from '../../../src/tools/bundle-check';
import type { Dataset } from '../../../src/data/schema';
import { validateDataset, type Problem } from '../../../src/data/validate';

let compiled: Dataset | undefined;

/** A fresh deep copy of the dataset compiled from the record files, typed, safe to mutate. */
export function bundled(): Dataset {
  compiled ??= compileBundledDataset();
  return structuredClone(compiled);
}

/** The smallest valid dataset: two actors, one claim, one response, one assessment, one source. */
export function minimal(): Dataset {
  const refs = () => [{ sourceId: 's1', quote: 'A quote.' }];
  return {
    version: '1.0.0',
    asOf: '2025-12-31',
    episodes: [{ id: 'e1', title: 'Episode one' }],
    actors: [
      {
        id: 'a-one',
        displayName: 'Alpha Agency',
        kind: 'state-agency',
        affiliation: 'X',
        description: 'An agency.',
        names: [{ text: 'AAA', lang: 'en', match: 'exact' }],
      },
      {
        id: 'b-two',
        displayName: 'Bravo Group',
        kind: 'threat-group',
        affiliation: 'Y',
        description: 'A group.',
        names: [{ text: 'Bravo Group', lang: 'en', match: 'proper' }],
      },
    ],
    claims: [
      {
        id: 'c1',
        episode: 'e1',
        claimants: ['a-one'],
        accused: ['b-two'],
        summary: 'Alpha said Bravo did it.',
        date: '2025-03-17',
        sourceRefs: refs(),
      },
    ],
    responses: [
      { id: 'r1', claimId: 'c1', by: 'b-two', stance: 'denies', date: '2025-03', summary: 'Bravo denied it.', sourceRefs: refs() },
    ],
    evidence: [{ claimId: 'c1', status: 'asserted', rationale: 'No evidence was published.', sourceRefs: refs() }],
    sources: [{ id: 's1', url: 'https://example.com/a', publisher: 'Example', title: null, date: 'unknown', tier: 'primary', lang: 'en' }],
  };
}

/** The problems for an input, or [] when it is valid. */
export function problemsOf(input: unknown): Problem[] {
  const result = validateDataset(input);
  return result.ok ? [] : result.problems;
}

/** The problem paths for an input. */
export function pathsOf(input: unknown): string[] {
  return problemsOf(input).map((p) => p.path);
}
