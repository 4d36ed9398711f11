import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/data/validate';
import { minimal, pathsOf, problemsOf } from './helpers';

describe('schema', () => {
  it('accepts the minimal dataset and returns it typed', () => {
    const result = validateDataset(minimal());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.claims[0]?.id).toBe('c1');
  });

  it('accepts every honest date form', () => {
    for (const date of ['2025-03-17', '2025-03', '2025', 'unknown']) {
      const d = minimal();
      d.claims[0]!.date = date;
      expect(problemsOf(d), date).toEqual([]);
    }
  });

  it.each([
    [
      'a non-kebab id',
      (d: ReturnType<typeof minimal>) => {
        d.actors[0]!.id = 'Alpha_Agency';
      },
      '$.actors[0].id',
    ],
    [
      'a slash date',
      (d: ReturnType<typeof minimal>) => {
        d.claims[0]!.date = '17/03/2025';
      },
      '$.claims[0].date',
    ],
    [
      'an unknown stance',
      (d: ReturnType<typeof minimal>) => {
        (d.responses[0] as { stance: string }).stance = 'lied';
      },
      '$.responses[0].stance',
    ],
    [
      'an unknown status',
      (d: ReturnType<typeof minimal>) => {
        (d.evidence[0] as { status: string }).status = 'proved';
      },
      '$.evidence[0].status',
    ],
    [
      'an unknown tier',
      (d: ReturnType<typeof minimal>) => {
        (d.sources[0] as { tier: string }).tier = 'blog';
      },
      '$.sources[0].tier',
    ],
    [
      'an unknown alias match',
      (d: ReturnType<typeof minimal>) => {
        (d.actors[0]!.names[0] as { match: string }).match = 'fuzzy';
      },
      '$.actors[0].names[0].match',
    ],
    [
      'an empty quote',
      (d: ReturnType<typeof minimal>) => {
        d.claims[0]!.sourceRefs[0]!.quote = '';
      },
      '$.claims[0].sourceRefs[0].quote',
    ],
    [
      'a whitespace-only quote',
      (d: ReturnType<typeof minimal>) => {
        d.evidence[0]!.sourceRefs[0]!.quote = ' \n\t ';
      },
      '$.evidence[0].sourceRefs[0].quote',
    ],
    [
      'no sourceRefs',
      (d: ReturnType<typeof minimal>) => {
        d.responses[0]!.sourceRefs = [];
      },
      '$.responses[0].sourceRefs',
    ],
    [
      'no claimants',
      (d: ReturnType<typeof minimal>) => {
        d.claims[0]!.claimants = [];
      },
      '$.claims[0].claimants',
    ],
    [
      'a bad version',
      (d: ReturnType<typeof minimal>) => {
        d.version = 'v1';
      },
      '$.version',
    ],
    [
      'a partial asOf',
      (d: ReturnType<typeof minimal>) => {
        d.asOf = '2025-12';
      },
      '$.asOf',
    ],
    [
      'an over-long summary',
      (d: ReturnType<typeof minimal>) => {
        d.claims[0]!.summary = 'x'.repeat(601);
      },
      '$.claims[0].summary',
    ],
    [
      'an over-long alias',
      (d: ReturnType<typeof minimal>) => {
        d.actors[1]!.names[0]!.text = 'y'.repeat(121);
      },
      '$.actors[1].names[0].text',
    ],
  ])('rejects %s with its path', (_name, mutate, path) => {
    const d = minimal();
    mutate(d);
    expect(pathsOf(d)).toContain(path);
  });

  it('names a misspelt field and a missing one', () => {
    const d = minimal() as unknown as { claims: Record<string, unknown>[] };
    d.claims[0]!.clamants = d.claims[0]!.claimants;
    delete d.claims[0]!.claimants;
    const problems = problemsOf(d);
    expect(problems).toContainEqual({ path: '$.claims[0].clamants', message: expect.stringContaining('unknown field "clamants"') });
    expect(problems).toContainEqual({ path: '$.claims[0].claimants', message: 'missing required field "claimants"' });
  });

  it('reports wrong types with readable messages', () => {
    const d = minimal() as unknown as { actors: unknown };
    d.actors = 'MSS';
    expect(problemsOf(d)).toEqual([{ path: '$.actors', message: 'actors must be an array' }]);
  });
});
