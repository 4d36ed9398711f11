import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession } from './harness/browsers';
import { cardText, highlightCount, openExtensionPage, screenshot, waitFor, waitForScan } from './harness/extension';
import { DEMO_DIR, FIXTURES } from './harness/paths';
import { emulateColorScheme, runAxe, texts } from './harness/popup';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { BUNDLED_DATASET } from '../../src/data/bundled-dataset';

/** Actors the demo article names (tests/fixtures/demo/news.html); the popup must list at least these. */
const DEMO_ACTORS = [
  'mss',
  'icefcom',
  'cho-jung-tai',
  'anonymous-64',
  'apt-q-20',
  'nsb',
  'qianxin',
  'antiy',
  'anheng',
  'dakota-cary',
  'sentinelone',
  'oleg-shakirov',
];

async function popupActorIds(popup: Page): Promise<string[]> {
  return popup.$$eval('[data-testid="page-actors"] li', (items) => items.map((item) => item.getAttribute('data-actor-id') ?? ''));
}

async function setSettings(page: Page, patch: object): Promise<void> {
  await page.evaluate((detail) => document.dispatchEvent(new CustomEvent('counterclaim-e2e:settings', { detail })), JSON.stringify(patch));
}

describe.each(E2E_BROWSERS)('popup in %s', (kind) => {
  let server: FixtureServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await startFixtureServer([DEMO_DIR, join(FIXTURES, 'import')]);
    session = await launchWithExtension(kind);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function demoWithPopup(): Promise<{ page: Page; popup: Page }> {
    const { page } = await session.openPage(server.url('news.html'));
    await waitForScan(page);
    const popup = await openExtensionPage(session, page, 'popup');
    await popup.waitForSelector('[data-testid="page-actors"] li, [data-testid="no-mentions"], [data-testid="unavailable"]');
    return { page, popup };
  }

  beforeEach(async () => {
    // Every test starts with the extension on everywhere.
    const { page } = await session.openPage(server.url('news.html'));
    await setSettings(page, { paused: false, disabledSites: [] });
    await page.close();
  });

  it('lists the actors on the demo page with mention counts, kind and affiliation, and the claims, co-occurring first', async () => {
    const { page, popup } = await demoWithPopup();
    const summary = await waitForScan(page);
    const ids = await popupActorIds(popup);
    expect(new Set(ids)).toEqual(new Set(summary.actors.map((a) => a.actorId)));
    expect(ids).toEqual(expect.arrayContaining(DEMO_ACTORS));

    const mss = await popup.$eval('[data-actor-id="mss"]', (el) => (el as HTMLElement).innerText);
    const mssMentions = summary.actors.find((a) => a.actorId === 'mss')?.mentionCount;
    expect(mss).toContain('Ministry of State Security');
    expect(mss).toContain(`${mssMentions} mentions`);
    expect(mss).toContain('State agency · PRC');

    const claimIds = await popup.$$eval('[data-testid="page-claims"] [data-claim-id]', (items) =>
      items.map((item) => item.getAttribute('data-claim-id')),
    );
    expect(claimIds.length).toBeGreaterThan(3);
    // The first claim is one whose parties co-occur here: the MSS accusation against ICEFCOM members.
    const first = BUNDLED_DATASET.claims.find((c) => c.id === claimIds[0]);
    expect(first && [...first.claimants, ...first.accused].filter((id) => ids.includes(id)).length).toBeGreaterThanOrEqual(2);
    const firstItem = '[data-testid="page-claims"] > li:first-child';
    const firstText = await popup.$eval(firstItem, (el) => (el as HTMLElement).innerText);
    expect(firstText).toMatch(/parties named on this page/);
    // Each claim at a glance: claim, response and evidence lines.
    expect(firstText).toMatch(/CLAIM[\s\S]*RESPONSE[\s\S]*EVIDENCE/i);
    // Opened, it is the shared claim view: responses with quotes, evidence, sources.
    await popup.click(`${firstItem} .cc-more-button`);
    await popup.waitForSelector(`${firstItem} .cc-details`);
    expect(await popup.$$eval(`${firstItem} .cc-quote`, (q) => q.length)).toBeGreaterThan(0);
    // One row per actor, saying when the page uses several of its names.
    expect(await popup.$eval('[data-actor-id="mss"] [data-testid="names-here"]', (el) => el.textContent)).toMatch(
      /same actor, \d names here/,
    );

    const version = await popup.$eval('[data-testid="dataset-version"]', (el) => el.textContent ?? '');
    expect(version).toContain(`Data ${BUNDLED_DATASET.version}`);
    expect(version).toMatch(/as of (?:\d{1,2} \w+ \d{4}|\w+ \d{1,2}, \d{4})/);
    await popup.close();
    await page.close();
  });

  it('opens the card on the page from the keyboard: Enter on an actor reveals its first mention', async () => {
    const { page, popup } = await demoWithPopup();
    await popup.focus('[data-actor-id="icefcom"] button');
    await popup.keyboard.press('Enter');
    await page.bringToFront();
    const text = await waitFor(() => cardText(page), 'card opened on the page');
    expect(text).toContain('Information, Communications');
    const note = await popup.$eval('.reveal-note', (el) => el.textContent ?? '');
    expect(note).toContain('on the page');
    await popup.close();
    await page.close();
  });

  /** Empty the search box as a reader would (the input event tells the popup), and wait for it. */
  async function clearSearch(popup: Page): Promise<void> {
    await popup.$eval('[data-testid="search"]', (el) => {
      (el as HTMLInputElement).value = '';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await popup.waitForFunction(() => (document.querySelector('[data-testid="search"]') as HTMLInputElement).value === '');
  }

  it('searches the whole dataset as you type: Chinese aliases and claim words', async () => {
    const { page, popup } = await demoWithPopup();
    for (const [query, actorId] of [
      ['资通电军', 'icefcom'],
      ['國家安全部', 'mss'],
      ['国家安全部', 'mss'],
    ] as const) {
      await clearSearch(popup);
      await popup.type('[data-testid="search"]', query);
      await popup.waitForSelector(`[data-testid="actor-results"] [data-actor-id="${actorId}"]`, { timeout: 5000 }).catch(async () => {
        throw new Error(`no ${actorId} for ${query}: ${await popup.$eval('.popup-body', (el) => (el as HTMLElement).innerText)}`);
      });
    }
    await clearSearch(popup);
    await popup.type('[data-testid="search"]', 'Volt Typhoon');
    await popup.waitForSelector('[data-testid="claim-results"] [data-claim-id]');
    expect(await popup.$eval('[data-testid="search-count"]', (el) => el.textContent ?? '')).toMatch(/\d+ actors? and \d+ claims? match/);
    // An actor result opens to the shared view of everything on record for it.
    await popup.click('[data-testid="actor-results"] button[aria-expanded]');
    const opened = await popup.$eval('[data-testid="actor-results"] [data-open="true"]', (el) => (el as HTMLElement).innerText);
    expect(opened).toMatch(/EVIDENCE/i);
    // Clearing the box brings the page view back.
    await clearSearch(popup);
    await popup.waitForSelector('[data-testid="page-actors"]');
    await popup.close();
    await page.close();
  });

  it('site switch and pause remove and restore the highlights at once', async () => {
    const { page, popup } = await demoWithPopup();
    const before = await highlightCount(page);
    expect(before).toBeGreaterThan(0);
    expect(await popup.$eval('[data-testid="site-switch"]', (el) => (el as HTMLInputElement).checked)).toBe(true);
    expect(await popup.$eval('.switches', (el) => (el as HTMLElement).innerText)).toContain('On for 127.0.0.1');

    await popup.click('[data-testid="site-switch"]');
    await waitFor(async () => (await highlightCount(page)) === 0, 'highlights removed');
    await popup.waitForSelector('[data-testid="off-notice"]');
    expect(await popup.$eval('[data-testid="off-notice"]', (el) => el.textContent ?? '')).toContain('off on 127.0.0.1');

    await popup.click('[data-testid="site-switch"]');
    await waitFor(async () => (await highlightCount(page)) === before, 'highlights restored');
    await popup.waitForSelector('[data-testid="page-actors"] li');

    await popup.click('[data-testid="pause-switch"]');
    await waitFor(async () => (await highlightCount(page)) === 0, 'highlights removed by pause');
    await popup.waitForSelector('[data-testid="off-notice"]');
    await popup.click('[data-testid="pause-switch"]');
    await waitFor(async () => (await highlightCount(page)) === before, 'highlights restored after pause');
    await popup.close();
    await page.close();
  });

  it('says so at once on a page where it cannot run, and still searches', async () => {
    const { page, popup } = await demoWithPopup();
    const blankTab = await popup.evaluate(async () => {
      type Tabs = { tabs: { create(p: { url: string; active: boolean }): Promise<{ id?: number }> } };
      const scope = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
      return (await (scope.browser ?? scope.chrome).tabs.create({ url: 'about:blank', active: false })).id;
    });
    await popup.evaluate((id) => {
      location.search = `?tab=${id}`;
    }, blankTab as number);
    // "At once": the wait's own limit is half of the popup's retry budget for a loading tab
    // (MAX_PAGE_RETRIES × PAGE_RETRY_MS = 10 s), so a popup that retried first fails here.
    await popup.waitForSelector('[data-testid="unavailable"]', { timeout: 5000 });
    expect(await popup.$('[data-testid="site-switch"]')).toBeNull();
    await popup.type('[data-testid="search"]', 'MSS');
    await popup.waitForSelector('[data-testid="actor-results"] [data-actor-id="mss"]');
    await popup.close();
    await page.close();
  });

  it('links to the evidence rubric', async () => {
    const { page, popup } = await demoWithPopup();
    const before = new Set(await session.browser.pages());
    await popup.click('a[href="options.html#rubric"]');
    const options = await waitFor(async () => {
      for (const candidate of await session.browser.pages()) {
        if (before.has(candidate)) continue;
        const href = await candidate.evaluate(() => location.href).catch(() => '');
        if (href.includes('options.html#rubric')) return candidate;
      }
      return null;
    }, 'rubric page opened');
    await options.waitForSelector('#rubric dt');
    const statuses = await texts(options, '#rubric dt');
    expect(statuses).toContain('Asserted');
    await options.close();
    await popup.close();
    await page.close();
  });

  it('is accessible (axe-core), fits the popup limits, and reads well in light and dark', async () => {
    const { page, popup } = await demoWithPopup();
    await popup.setViewport({ width: 400, height: 600 });
    const size = await popup.evaluate(() => ({ width: document.body.scrollWidth, height: document.documentElement.scrollHeight }));
    expect(size.width).toBeLessThanOrEqual(420);
    expect(size.height).toBeLessThanOrEqual(600);
    expect(await runAxe(popup)).toEqual([]);
    await screenshot(popup, session, 'popup-light');
    await emulateColorScheme(popup, session, 'dark');
    expect(await runAxe(popup)).toEqual([]);
    await screenshot(popup, session, 'popup-dark');

    await popup.type('[data-testid="search"]', '资通电军');
    await popup.waitForSelector('[data-testid="actor-results"] button[aria-expanded]');
    await popup.click('[data-testid="actor-results"] button[aria-expanded]');
    expect(await runAxe(popup)).toEqual([]);
    await screenshot(popup, session, 'popup-search-dark');
    await emulateColorScheme(popup, session, 'light');
    expect(await runAxe(popup)).toEqual([]);
    await screenshot(popup, session, 'popup-search-light');
    await popup.close();
    await page.close();
  });
});
