/**
 * The field-scale data in the browsers (issue 10): one actor per group however many names — the
 * card opened on "Fancy Bear" also names APT28 and Forest Blizzard with who uses each; "Volt
 * Typhoon" and "伏特台风" open the same actor's card, with the advisory and China's responses; the
 * spokesperson's titled Chinese form is recognised.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession } from './harness/browsers';
import { hoverMention, waitForCard, waitForNoCard } from './harness/card';
import { highlightedTexts, pageSummary, waitForScan } from './harness/extension';
import { FIXTURES } from './harness/paths';
import { startFixtureServer, type FixtureServer } from './harness/server';

describe.each(E2E_BROWSERS)('field-scale names in %s', (kind) => {
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

  afterEach(async () => {
    for (const page of await session.browser.pages()) await page.close().catch(() => undefined);
  });

  it('marks every name, each under its one actor', async () => {
    const { page } = await session.openPage(server.url('field-names.html'));
    await waitForScan(page);
    expect(await highlightedTexts(page)).toEqual(['Fancy Bear', 'APT28', 'Volt Typhoon', '伏特台风', '外交部发言人林剑']);
    const summary = await pageSummary(page);
    expect(new Map(summary?.actors.map((a) => [a.actorId, a.mentionCount]))).toEqual(
      new Map([
        ['apt28', 2],
        ['volt-typhoon', 2],
        ['lin-jian', 1],
      ]),
    );
  });

  it('opens one card on Fancy Bear that names APT28 and Forest Blizzard with who uses each', async () => {
    const { page } = await session.openPage(server.url('field-names.html'));
    await waitForScan(page);
    await hoverMention(page, 'Fancy Bear');
    const text = await waitForCard(page);
    expect(text).toContain('APT28');
    expect(text).toMatch(/Microsoft[^\n]*Forest Blizzard|Forest Blizzard[^\n]*Microsoft/);
    expect(text).toMatch(/CrowdStrike[^\n]*Fancy Bear|Fancy Bear[^\n]*CrowdStrike/);
  });

  it('opens the same actor for Volt Typhoon and 伏特台风, with the advisory and China’s responses', async () => {
    const { page } = await session.openPage(server.url('field-names.html'));
    await waitForScan(page);
    await hoverMention(page, 'Volt Typhoon');
    const english = await waitForCard(page);
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    await hoverMention(page, '伏特台风');
    const chinese = await waitForCard(page);
    for (const text of [english, chinese]) {
      expect(text).toContain('Volt Typhoon');
      expect(text).toMatch(/Denied|Disputed/);
      expect(text).toMatch(/CISA|Five Eyes|Microsoft/);
    }
  });
});
