import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBundledDatasetValid } from '../../../src/tools/bundle-check';
import { BUNDLED_DATASET } from '../../../src/data/bundled-dataset';
import { COMPACT_KEYS, compactDataset, expandDataset } from '../../../src/data/compact';
import compactJson from '../../../src/data/dataset.compact.json';
import { EVIDENCE_STATUSES } from '../../../src/data/schema';
import { validateDataset } from '../../../src/data/validate';
import { bundled, problemsOf } from './helpers';

const ROOT = join(__dirname, '..', '..', '..');

describe('the bundled dataset', () => {
  it('is valid', () => {
    expect(problemsOf(bundled())).toEqual([]);
  });

  it('passes the build check, and the build check reports a dangling reference', () => {
    expect(() => assertBundledDatasetValid()).not.toThrow();
    const d = bundled();
    d.claims[0]!.claimants = ['no-such-actor'];
    const result = validateDataset(d);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toContain('$.claims[0].claimants[0]');
  });

  it('ships as the exact compact form of the compiled records', () => {
    expect(compactJson).toEqual(compactDataset(bundled()));
    expect(BUNDLED_DATASET).toEqual(bundled());
  });

  it('compact keys are unique and never collide with a long name', () => {
    const shorts = Object.values(COMPACT_KEYS);
    expect(new Set(shorts).size).toBe(shorts.length);
    for (const s of shorts) expect(Object.keys(COMPACT_KEYS)).not.toContain(s);
    expect(expandDataset(compactDataset(bundled()))).toEqual(bundled());
  });

  it('carries a version and an as-of date', () => {
    expect(BUNDLED_DATASET.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(BUNDLED_DATASET.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('names every actor the source article names', () => {
    const aliases = new Set(BUNDLED_DATASET.actors.flatMap((a) => a.names.map((n) => n.text)));
    for (const name of [
      'MSS',
      'ICEFCOM',
      'NSB',
      'Cho Jung-tai',
      'Anonymous 64',
      'Dakota Cary',
      'SentinelOne',
      'QiAnXin',
      'Antiy',
      'Anheng Information',
      'APT-Q-20',
      'Oleg Shakirov',
      'TopSec',
      'Recorded Future News',
    ]) {
      expect(aliases, name).toContain(name);
    }
  });

  it('shows both start years for APT-Q-20, each with its source', () => {
    const claim = BUNDLED_DATASET.claims.find((c) => c.id === 'c-aptq20')!;
    const evidence = BUNDLED_DATASET.evidence.find((e) => e.claimId === 'c-aptq20')!;
    const refs = [...claim.sourceRefs, ...evidence.sourceRefs];
    expect(refs.some((r) => r.quote.includes('since 2006'))).toBe(true);
    expect(refs.some((r) => r.quote.includes('since at least 2007'))).toBe(true);
    expect(claim.note).toMatch(/2006.*2007/);
  });

  it('uses neutral words outside quotes', () => {
    const loaded = /\b(falsely|lied|lies|liar|proved|proves|proven|debunked|admitted)\b/i;
    const d = BUNDLED_DATASET;
    const prose = [
      ...d.actors.map((a) => a.description),
      ...d.claims.flatMap((c) => [c.summary, c.note ?? '']),
      ...d.responses.map((r) => r.summary),
      ...d.evidence.map((e) => e.rationale),
    ];
    expect(prose.filter((t) => loaded.test(t))).toEqual([]);
  });

  it('every evidence status is defined in docs/evidence-rubric.md', () => {
    const rubric = readFileSync(join(ROOT, 'docs', 'evidence-rubric.md'), 'utf8');
    for (const status of EVIDENCE_STATUSES) expect(rubric, status).toContain(`\`${status}\``);
  });

  it('has people only as speakers on record, never only as accused (private individuals get no actor)', () => {
    const d = BUNDLED_DATASET;
    const speakers = new Set([...d.claims.flatMap((c) => c.claimants), ...d.responses.map((r) => r.by)]);
    const people = d.actors.filter((a) => a.kind === 'government-official' || a.kind === 'researcher');
    expect(people.length).toBeGreaterThan(10);
    expect(people.filter((p) => !speakers.has(p.id)).map((p) => p.id)).toEqual([]);
  });
});
