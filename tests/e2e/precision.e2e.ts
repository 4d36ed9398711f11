/**
 * Precision in the real browsers (issue 11): a page that mixes a cyber story with ordinary text
 * using the same words (a sermon on Lazarus, zinc prices, a "salt typhoon" storm, an anonymous
 * 64-year-old, Norway's NSB trains), names in code and a URL, and Chinese text where a longer word
 * or a longer name claims the characters first (国家安全部门, 美國國家安全局), and a Chinese clause
 * with a URL written into it, whose ministry is still marked. The browser must mark
 * exactly what the unit-level pipeline marks (tests/fixtures/pages/precision-mixed.highlights.json, made
 * by the same text layer and name finder under happy-dom): no more, no fewer, in page order — so
 * the browsers' own word segmenters agree with the one the unit tests use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession } from './harness/browsers';
import { highlightedTexts, waitForScan } from './harness/extension';
import { FIXTURES } from './harness/paths';
import { startFixtureServer, type FixtureServer } from './harness/server';

const EXPECTED = (JSON.parse(readFileSync(join(FIXTURES, 'pages', 'precision-mixed.highlights.json'), 'utf8')) as string[]).map((entry) => {
  const at = entry.indexOf(': ');
  return { actorId: entry.slice(0, at), text: entry.slice(at + 2) };
});

describe.each(E2E_BROWSERS)('precision on a mixed page in %s', (kind) => {
  let server: FixtureServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await startFixtureServer([join(FIXTURES, 'pages')]);
    session = await launchWithExtension(kind);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('marks the names of the cyber story and nothing in the ordinary text, code, URL or longer Chinese words', async () => {
    const { page, problems } = await session.openPage(server.url('precision-mixed.html'));
    const summary = await waitForScan(page);
    expect(await highlightedTexts(page)).toEqual(EXPECTED.map((e) => e.text));
    const counts = new Map<string, number>();
    for (const e of EXPECTED) counts.set(e.actorId, (counts.get(e.actorId) ?? 0) + 1);
    expect(new Map(summary.actors.map((a) => [a.actorId, a.mentionCount]))).toEqual(counts);
    expect(problems.pageErrors).toEqual([]);
  });
});
