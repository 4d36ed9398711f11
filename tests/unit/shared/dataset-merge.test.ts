import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../../../src/data/bundled-dataset';
import type { Dataset } from '../../../src/data/schema';
import {
  checkImportSize,
  combineActive,
  formatBytes,
  mapMergedProblem,
  mergeDatasets,
  parseImportText,
  utf8Bytes,
} from '../../../src/shared/dataset-merge';
import { importFixtureJson } from './dataset-fixtures';

const bundled = BUNDLED_DATASET;
const file = importFixtureJson('valid-add.json');

describe('mergeDatasets (mode add)', () => {
  it('appends new records after the bundled ones, in file order', () => {
    const { dataset, replaced } = mergeDatasets(bundled, file);
    expect(replaced).toBe(0);
    expect(dataset.actors.map((a) => a.id)).toEqual([...bundled.actors.map((a) => a.id), 'northwind-directorate', 'glasswing-collective']);
    expect(dataset.claims.at(-1)?.id).toBe('demo-import-claim');
    expect(dataset.evidence).toHaveLength(bundled.evidence.length + 1);
    expect(dataset.sources).toHaveLength(bundled.sources.length + 1);
  });

  it('keeps the bundled blockers and context terms, and adds the file’s (gated names keep their context)', () => {
    expect(bundled.blockers?.length).toBeGreaterThan(0);
    expect(bundled.contextTerms?.en?.length).toBeGreaterThan(0);
    const plain = mergeDatasets(bundled, file).dataset;
    expect(plain.blockers).toEqual(bundled.blockers);
    expect(plain.contextTerms).toEqual(bundled.contextTerms);
    const blocker = {
      text: 'Northwind Cyber Directorate of Hockey',
      lang: 'en' as const,
      match: 'proper' as const,
      note: 'A sports body.',
    };
    const extended = mergeDatasets(bundled, {
      ...file,
      blockers: [blocker],
      contextTerms: { en: ['hack', 'wiper'], ko: ['해킹'] },
    }).dataset;
    expect(extended.blockers).toEqual([...(bundled.blockers ?? []), blocker]);
    expect(extended.contextTerms?.en).toEqual([...new Set([...(bundled.contextTerms?.en ?? []), 'hack', 'wiper'])]);
    expect(extended.contextTerms?.ko).toContain('해킹');
  });

  it('points a problem in the file’s blockers back into the file', () => {
    const blocker = { text: 'x', lang: 'en' as const, match: 'proper' as const, note: 'n' };
    const { origins } = mergeDatasets(bundled, { ...file, blockers: [blocker] });
    const at = bundled.blockers?.length ?? 0;
    expect(mapMergedProblem({ path: `$.blockers[${at}].text`, message: 'too short' }, origins)).toEqual({
      path: '$.blockers[0].text',
      message: 'too short',
    });
  });

  it('keeps the bundled version and takes the later asOf', () => {
    expect(mergeDatasets(bundled, file).dataset.version).toBe(bundled.version);
    expect(mergeDatasets(bundled, { ...file, asOf: '2999-01-01' }).dataset.asOf).toBe('2999-01-01');
    expect(mergeDatasets(bundled, { ...file, asOf: '1999-01-01' }).dataset.asOf).toBe(bundled.asOf);
  });

  it('replaces a bundled record with the same id in place', () => {
    const first = bundled.actors[0]!;
    const corrected = { ...first, description: 'Corrected by the reader.' };
    const { dataset, replaced, origins } = mergeDatasets(bundled, { ...file, actors: [corrected, ...file.actors] });
    expect(replaced).toBe(1);
    expect(dataset.actors[0]).toEqual(corrected);
    expect(dataset.actors).toHaveLength(bundled.actors.length + 2);
    expect(origins.actors[0]).toEqual({ from: 'file', index: 0 });
    expect(origins.actors[1]).toEqual({ from: 'bundled', index: 1 });
  });

  it('keys evidence by claim: the file’s assessment of a bundled claim replaces the bundled one', () => {
    const bundledAssessment = bundled.evidence[0]!;
    const mine = { ...bundledAssessment, rationale: 'My reading of it.' };
    const { dataset, replaced } = mergeDatasets(bundled, { ...file, evidence: [...file.evidence, mine] });
    expect(replaced).toBe(1);
    expect(dataset.evidence.filter((e) => e.claimId === mine.claimId)).toEqual([mine]);
  });

  it('does not modify its inputs', () => {
    const before = JSON.stringify(bundled);
    mergeDatasets(bundled, file);
    expect(JSON.stringify(bundled)).toBe(before);
  });
});

describe('combineActive', () => {
  it('is the bundled dataset without an import, the file alone for replace, the merge for add', () => {
    expect(combineActive(bundled, null)).toBe(bundled);
    expect(combineActive(bundled, { mode: 'replace', dataset: file })).toBe(file);
    const added: Dataset = combineActive(bundled, { mode: 'add', dataset: file });
    expect(added.actors).toHaveLength(bundled.actors.length + file.actors.length);
  });
});

describe('mapMergedProblem', () => {
  const origins = mergeDatasets(bundled, file).origins;
  const n = bundled.actors.length;

  it('points problems in appended records back into the file', () => {
    expect(mapMergedProblem({ path: `$.actors[${n + 1}].names[0].text`, message: 'm' }, origins)).toEqual({
      path: '$.actors[1].names[0].text',
      message: 'm',
    });
  });

  it('labels problems that sit in bundled records', () => {
    const mapped = mapMergedProblem({ path: '$.sources[2].id', message: 'unused' }, origins);
    expect(mapped.path).toBe('bundled data $.sources[2].id');
    expect(mapped.message).toContain('after combining with your file');
  });

  it('maps paths quoted in the message too', () => {
    const mapped = mapMergedProblem(
      { path: `$.actors[${n}].names[1].text`, message: 'alias "MSS" also belongs to "mss" ($.actors[0].names[0]); remove one' },
      origins,
    );
    expect(mapped).toEqual({
      path: '$.actors[0].names[1].text',
      message: 'alias "MSS" also belongs to "mss" (bundled data $.actors[0].names[0]); remove one',
    });
  });

  it('leaves top-level paths alone', () => {
    expect(mapMergedProblem({ path: '$.asOf', message: 'm' }, origins)).toEqual({ path: '$.asOf', message: 'm' });
  });
});

describe('size and parsing', () => {
  it('measures UTF-8 bytes, not UTF-16 units', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('资通电军')).toBe(12);
  });

  it('states the limit in the problem', () => {
    expect(checkImportSize(100, 100)).toBeNull();
    expect(checkImportSize(6 * 1024 * 1024, 5 * 1024 * 1024)?.message).toBe('the file is 6 MB; the limit is 5 MB');
    expect(formatBytes(1536)).toBe('2 KB');
    expect(formatBytes(12)).toBe('12 bytes');
  });

  it('parses JSON with a byte-order mark and reports syntax errors as problems', () => {
    expect(parseImportText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    const broken = parseImportText('{ "version": ');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]?.message).toMatch(/^not valid JSON: /);
    expect(parseImportText('   ')).toEqual({ ok: false, problems: [{ path: '$', message: 'the file is empty' }] });
  });
});
