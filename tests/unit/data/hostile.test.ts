import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_NODES, MAX_STRING_LENGTH, validateDataset } from '../../../src/data/validate';
import { countReads } from '../hostile/counted-reads';
import { bundled, minimal, pathsOf, problemsOf } from './helpers';

/** Reads a full validation makes of the minimal dataset, the base every case below starts from. */
const BASE_READS = (() => {
  const { input, reads } = countReads(minimal());
  validateDataset(input);
  return reads();
})();
/**
 * Most reads of its input one validation may make: the guard visits at most MAX_NODES values, and
 * stops at the first string over MAX_STRING_LENGTH or level under MAX_DEPTH; the schema and the
 * whole-dataset rules read the rest about twice. Walking 100,000 levels, or every entry of a list
 * over the cap, reads far more. (Strings are not counted; the huge-string cases check that the
 * guard, which reads a string's length only, refused them.)
 */
const WORK_BUDGET = MAX_NODES + 2 * BASE_READS;

/** Runs the validator, counting its reads of the input; fails the test if it throws or reads more than the budget. */
function bounded(input: unknown): ReturnType<typeof validateDataset> {
  const counted = countReads(input);
  const result = validateDataset(counted.input);
  expect(counted.reads()).toBeLessThanOrEqual(WORK_BUDGET);
  return result;
}

describe('validateDataset on hostile input', () => {
  it.each([null, undefined, 0, 'dataset', true, [], [1, 2], () => 1, Symbol('x'), 10n, new Date(0), new Map()])(
    'rejects %s at the root without throwing',
    (input) => {
      const result = bounded(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]?.path).toBe('$');
    },
  );

  it('rejects a 10 MB string with its path and the limit, within the work budget', () => {
    const d = minimal();
    d.claims[0]!.sourceRefs[0]!.quote = 'x'.repeat(10 * 1024 * 1024);
    const result = bounded(d);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: '$.claims[0].sourceRefs[0].quote', message: expect.stringContaining(`limit is ${MAX_STRING_LENGTH}`) },
    ]);
  });

  it('rejects a 10 MB field name without echoing it', () => {
    const d = minimal() as unknown as Record<string, unknown>;
    d['k'.repeat(10 * 1024 * 1024)] = 1;
    const problems = bounded(d).ok ? [] : problemsOf(d);
    expect(problems[0]?.message.length).toBeLessThan(200);
  });

  it.each([true, false])('rejects 100,000 levels of nesting without overflowing the stack (objects: %s)', (asObject) => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i += 1) deep = asObject ? { x: deep } : [deep];
    const d = minimal() as unknown as Record<string, unknown>;
    d.claims = deep;
    const result = bounded(d);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toContain(`deeper than ${MAX_DEPTH}`);
  });

  it('rejects a cycle', () => {
    const d = minimal() as unknown as { actors: Record<string, unknown>[] };
    d.actors[0]!.self = d.actors[0];
    expect(bounded(d).ok).toBe(false);
  });

  it('rejects a huge sparse array without iterating it', () => {
    const d = minimal() as unknown as Record<string, unknown>;
    d.claims = new Array(1e9);
    expect(pathsOf(d)).toEqual(['$.claims']);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects a "%s" key from JSON and leaves prototypes alone', (key) => {
    const json = JSON.stringify(minimal()).replace('"id":"a-one"', `"${key}":{"polluted":true},"id":"a-one"`);
    const problems = problemsOf(JSON.parse(json));
    expect(problems).toContainEqual({ path: `$.actors[0].${key}`, message: expect.stringContaining('not allowed') });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a lone high surrogate', 'MSS\uD800'],
    ['a lone low surrogate', '\uDC00MSS'],
    ['a reversed pair', 'x\uDC00\uD800y'],
  ])('rejects %s with its path', (_name, text) => {
    const d = bundled();
    const i = d.actors.findIndex((a) => a.names.length > 0);
    d.actors[i]!.names[0]!.text = text;
    expect(problemsOf(d)).toEqual([{ path: `$.actors[${i}].names[0].text`, message: expect.stringContaining('lone surrogate') }]);
  });

  it('accepts a valid surrogate pair (emoji, rare CJK)', () => {
    const d = minimal();
    d.claims[0]!.summary = 'A 𠀀 character and 😀.';
    expect(problemsOf(d)).toEqual([]);
  });

  it('a getter that throws becomes a problem, not an exception', () => {
    const d = minimal() as unknown as Record<string, unknown>;
    Object.defineProperty(d, 'version', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(problemsOf(d)).toEqual([{ path: '$', message: expect.stringContaining('boom') }]);
  });

  it("accepts HTML in every free-text field (escaping is the renderer's job)", () => {
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const d = bundled();
    for (const e of d.episodes) e.title = html;
    for (const a of d.actors) Object.assign(a, { displayName: html, affiliation: html, description: html });
    for (const c of d.claims) Object.assign(c, { summary: html, note: html, dateNote: html });
    for (const r of d.responses) r.summary = html;
    for (const e of d.evidence) e.rationale = html;
    for (const s of d.sources) Object.assign(s, { publisher: html, title: html });
    for (const list of [d.claims, d.responses, d.evidence]) for (const item of list) for (const ref of item.sourceRefs) ref.quote = html;
    expect(problemsOf(d)).toEqual([]);
  });

  it('rejects HTML where only an id, date, enum or https URL belongs', () => {
    const d = bundled();
    d.actors[0]!.id = '<b>mss</b>';
    d.claims[0]!.date = '<i>2025</i>';
    (d.sources[0] as { tier: string }).tier = '<b>primary</b>';
    d.sources[1]!.url = 'https://<script>.com/';
    const paths = pathsOf(d);
    expect(paths).toEqual(expect.arrayContaining(['$.actors[0].id', '$.claims[0].date', '$.sources[0].tier']));
  });

  it('never throws on arbitrary JSON, including the bundled dataset with random values spliced in', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expect(() => validateDataset(value)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    // The whole field-scale dataset is validated once per run: fewer runs, the same property.
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.nat(), (value, n) => {
        const d = bundled() as unknown as { claims: Record<string, unknown>[] };
        const claim = d.claims[n % d.claims.length]!;
        claim[['summary', 'date', 'sourceRefs', 'accused'][n % 4]!] = value;
        expect(() => validateDataset(d)).not.toThrow();
      }),
      { numRuns: 40 },
    );
  });
});
