import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/tools/cli';
import { parseBriefQuotes } from '../../tools/extract-brief-quotes';
import { minimal } from '../data/helpers';

const dir = mkdtempSync(join(tmpdir(), 'counterclaim-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('curator CLI', () => {
  it('validate prints counts and exits 0 for the bundled dataset', () => {
    const { code, out } = runCli(['validate', 'tests/fixtures/import/valid-add.json']);
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/actors \d+, aliases \d+ \(en \d+/);
  });

  it('validate lists each problem with its path and exits 1', () => {
    const d = minimal();
    d.claims[0]!.accused = ['ghost'];
    const { code, err } = runCli(['validate', file('bad.json', JSON.stringify(d))]);
    expect(code).toBe(1);
    expect(err).toContain('  $.claims[0].accused[0]: accused actor "ghost" does not match any id in $.actors');
  });

  it('validate reports unreadable input and exits 1', () => {
    expect(runCli(['validate', file('broken.json', '{"version": ')]).code).toBe(1);
    expect(runCli(['validate', join(dir, 'missing.json')]).code).toBe(1);
  });

  it('scan without a file and unknown commands print usage', () => {
    expect(runCli(['scan'])).toMatchObject({ code: 2, err: [expect.stringContaining('usage')] });
    expect(runCli([])).toMatchObject({ code: 2, err: [expect.stringContaining('usage')] });
  });
});

describe('parseBriefQuotes', () => {
  it('keys quotes by URL without fragment, strips the table\'s outer marks, splits at " / " and " ... "', () => {
    const md = [
      '| **B1** [PRIMARY] x | MSS | 2025 | https://a.example/p#L1 | “One “inner.”” |',
      '| **B2** [WIRE] y | MSS | 2025 | https://a.example/p#L9 | “First. / Second ... third” |',
      '| **H7** none | — | — | — | “(no quote)” |',
    ].join('\n');
    expect(parseBriefQuotes(md)).toEqual({
      'https://a.example/p': [
        { row: 'B1', segments: ['One “inner.”'] },
        { row: 'B2', segments: ['First.', 'Second', 'third'] },
      ],
    });
  });
});

describe('stats and crosscheck commands', () => {
  it('stats prints counts, and JSON with --json', () => {
    const text = runCli(['stats']);
    expect(text.code).toBe(0);
    expect(text.out.join('\n')).toMatch(/^actors \d+/);
    const json = JSON.parse(runCli(['stats', '--json']).out.join('\n')) as { names: { total: number }; groups: { total: number } };
    expect(json.names.total).toBeGreaterThan(0);
  });

  it('crosscheck reads a STIX bundle and a MISP cluster, and refuses other JSON', () => {
    const dir = join(import.meta.dirname, '../../fixtures/crosscheck');
    expect(runCli(['crosscheck', join(dir, 'stix-bundle.json')]).out[0]).toBe('stix: 2 groups there');
    expect(runCli(['crosscheck', join(dir, 'misp-cluster.json')]).out[0]).toBe('misp: 5 groups there');
    expect(runCli(['crosscheck', join(dir, '..', 'demo', 'news.html')]).code).toBe(1);
    expect(runCli(['crosscheck', join(dir, '..', 'import', 'valid-add.json')]).err[0]).toContain('neither a MISP galaxy cluster');
  });
});
