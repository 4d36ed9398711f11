import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../../../src/data/bundled-dataset';
import { runCli } from '../../../src/tools/cli';
import { scanHtml } from '../../../src/tools/scan-page';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const DEMO = join(FIXTURES, 'demo/news.html');

describe('scan a saved page', () => {
  const report = scanHtml(readFileSync(DEMO, 'utf8'), BUNDLED_DATASET);

  it('finds the actors of the demo page in every written form', () => {
    const byId = new Map(report.actors.map((actor) => [actor.actorId, actor]));
    expect([...byId.keys()].sort()).toEqual(
      [
        'anheng',
        'anonymous-64',
        'antiy',
        'apt-q-20',
        'cho-jung-tai',
        'dakota-cary',
        'icefcom',
        'mss',
        'nsb',
        'oleg-shakirov',
        'qianxin',
        'sentinelone',
      ].sort(),
    );
    expect(byId.get('mss')?.forms).toEqual(expect.arrayContaining(['MSS', '国家安全部', 'Ministry of State Security']));
    expect(byId.get('icefcom')?.forms).toEqual(expect.arrayContaining(['ICEFCOM', '资通电军', '資通電軍指揮部']));
    expect(byId.get('cho-jung-tai')?.forms).toEqual(['Cho Jung-tai']);
    expect(report.mentions).toBe(report.actors.reduce((sum, actor) => sum + actor.mentions, 0));
  });

  it('leaves form fields, scripts and look-alike words alone', () => {
    const forms = report.actors.flatMap((actor) => actor.forms);
    expect(forms).not.toContain('MSSQL');
    expect(forms.some((form) => /AMSS|apt-q-200/i.test(form))).toBe(false);
    const html = '<p>ICEFCOM</p><textarea>MSS</textarea><input value="MSS"><script>var x = "MSS";</script>';
    const small = scanHtml(html, BUNDLED_DATASET);
    expect(small.actors.map((actor) => [actor.actorId, actor.mentions])).toEqual([['icefcom', 1]]);
  });

  it('lists the claims involving the actors, with their roles', () => {
    const claim = report.claims.find((c) => c.claimId === 'c-mss-2025');
    expect(claim?.parties).toEqual(expect.arrayContaining([{ actorId: 'mss', roles: ['claimant'] }]));
  });

  it('is a CLI command with JSON output', () => {
    const result = runCli(['scan', DEMO, '--json']);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.out.join('\n')) as { mentions: number };
    expect(parsed.mentions).toBe(report.mentions);
    expect(runCli(['scan', '/no/such/file.html']).code).toBe(1);
  });

  it('scans a page with root-relative preloads and sub-resources without failing or fetching', () => {
    const result = runCli(['scan', join(FIXTURES, 'scan', 'preload.html')]);
    expect(result).toMatchObject({ code: 0, err: [] });
    expect(result.out[0]).toContain('1 mention(s) of 1 actor(s)');
  });

  it('scans several files and directories; --json prints one JSON line per file', () => {
    const result = runCli(['scan', DEMO, join(FIXTURES, 'scan'), '--json']);
    expect(result.code).toBe(0);
    const lines = result.out.map((line) => JSON.parse(line) as { file: string; mentions: number });
    expect(lines.map((l) => l.file)).toEqual([DEMO, join(FIXTURES, 'scan', 'preload.html')]);
    expect(lines[0]?.mentions).toBe(report.mentions);
  });
});
