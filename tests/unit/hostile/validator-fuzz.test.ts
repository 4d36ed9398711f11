/**
 * Hostile input for the dataset validator (issue 7): over a thousand malformed or mutated
 * datasets, each rejected with a problem that names where (a JSON path) and why, without a throw,
 * without touching the input or any prototype, and with bounded work.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_BASE as dataset } from './base-dataset';
import { MAX_NODES, formatPath, validateDataset, type Problem } from '../../../src/data/validate';
import { countReads } from './counted-reads';
import { MUTATION_CATEGORIES, generateMutations, type JsonPath, type MutationCase } from './dataset-mutations';

/** Cases per category: 12 categories × 100 = 1,200 seeded cases, plus the fast-check runs below. */
const PER_CATEGORY = 100;
/** Reads a full validation makes of the unmutated dataset. */
const BASE_READS = (() => {
  const { input, reads } = countReads(structuredClone(dataset));
  validateDataset(input);
  return reads();
})();
/**
 * Most reads of its input one validation may make (counted, not timed, so the bound is exact on
 * any machine): the guard visits at most MAX_NODES values and stops at oversized lists, strings
 * and nesting; the schema and the whole-dataset rules read a dataset about twice. Walking every
 * entry of an oversized list, or 100,000 levels, reads far more.
 */
const WORK_BUDGET = MAX_NODES + 2 * BASE_READS;
/**
 * The categories whose cases grow the input (oversized strings, lists, objects, nesting): their
 * reads are counted. The others change one value of a dataset the size of the base, and counting
 * through proxies doubles the time of a validation.
 */
const SIZE_CATEGORIES: ReadonlySet<string> = new Set(['huge-string', 'huge-collection', 'deep-nesting']);

/** A problem is about the planted defect when its path is the defect's path, under it, or a non-root ancestor. */
function isRelated(problem: Problem, planted: JsonPath): boolean {
  const at = formatPath(planted);
  if (problem.path === at) return true;
  if (problem.path.startsWith(`${at}.`) || problem.path.startsWith(`${at}[`)) return true;
  return problem.path !== '$' && at.startsWith(problem.path);
}

function describeProblems(problems: readonly Problem[]): string {
  return problems
    .slice(0, 3)
    .map((p) => `${p.path}: ${p.message.slice(0, 120)}`)
    .join(' | ');
}

/** Checks one case; returns a failure description or null. */
function checkCase(testCase: MutationCase): string | null {
  const counted = SIZE_CATEGORIES.has(testCase.category) ? countReads(testCase.input) : { input: testCase.input, reads: () => 0 };
  let result: ReturnType<typeof validateDataset>;
  try {
    result = validateDataset(counted.input);
  } catch (error) {
    return `${testCase.name}: threw ${String(error)}`;
  }
  if (counted.reads() > WORK_BUDGET) return `${testCase.name}: read its input ${counted.reads()} times (budget ${WORK_BUDGET})`;
  if (result.ok) return `${testCase.name}: accepted`;
  if (result.problems.length === 0) return `${testCase.name}: rejected with no problems`;
  for (const problem of result.problems) {
    if (typeof problem.path !== 'string' || !problem.path.startsWith('$')) return `${testCase.name}: bad path ${String(problem.path)}`;
    if (typeof problem.message !== 'string' || problem.message.trim().length < 8)
      return `${testCase.name}: unclear message "${problem.message}" at ${problem.path}`;
    if (problem.message.length > 1000) return `${testCase.name}: message of ${problem.message.length} characters echoes the input`;
  }
  if (testCase.path && !result.problems.some((problem) => isRelated(problem, testCase.path as JsonPath))) {
    return `${testCase.name}: no problem at ${formatPath(testCase.path)}; got ${describeProblems(result.problems)}`;
  }
  return null;
}

describe('validateDataset on hostile input', () => {
  it('accepts the unmutated base dataset (otherwise the mutations below prove nothing)', () => {
    const result = validateDataset(structuredClone(dataset));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it.each(MUTATION_CATEGORIES)(
    'rejects %s mutations with a located, readable problem',
    (category) => {
      const failures: string[] = [];
      let count = 0;
      for (const testCase of generateMutations(dataset, category, PER_CATEGORY)) {
        count += 1;
        const failure = checkCase(testCase);
        if (failure) failures.push(failure);
      }
      expect(count).toBe(PER_CATEGORY);
      expect(failures).toEqual([]);
    },
    30_000,
  );

  it('never mutates its input', () => {
    for (const category of MUTATION_CATEGORIES.filter((c) => !['huge-string', 'huge-collection', 'deep-nesting', 'not-json'].includes(c))) {
      for (const testCase of generateMutations(dataset, category, 10, 99)) {
        const before = JSON.stringify(testCase.input);
        validateDataset(testCase.input);
        expect(JSON.stringify(testCase.input), testCase.name).toBe(before);
      }
    }
  });

  it('leaves Object.prototype untouched after every prototype-key case', () => {
    for (const testCase of generateMutations(dataset, 'prototype-key', PER_CATEGORY, 3)) validateDataset(testCase.input);
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
  });

  it('rejects arbitrary values without throwing (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
        }),
        (input) => {
          const result = validateDataset(input);
          return !result.ok && result.problems.length > 0 && result.problems.every((p) => p.path.startsWith('$') && p.message.length > 0);
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });

  it('rejects the real dataset with an arbitrary value spliced in at a random record (fast-check)', () => {
    const lists = ['episodes', 'actors', 'claims', 'responses', 'evidence', 'sources'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...lists), fc.nat(), fc.jsonValue(), (list, index, junk) => {
        const input = structuredClone(dataset) as unknown as Record<string, unknown[]>;
        const records = input[list] as unknown[];
        if (records.length === 0) return true;
        const at = index % records.length;
        records[at] = { ...(records[at] as object), junk };
        const result = validateDataset(input);
        return !result.ok && result.problems.some((p) => p.path.startsWith(formatPath([list, at])));
      }),
      { numRuns: 200, seed: 13 },
    );
  });
});
