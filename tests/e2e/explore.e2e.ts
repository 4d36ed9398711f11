/**
 * The explore page in real Chromium and Firefox: opened from the popup and the options page,
 * deep links (#actor/…, #episode/…) that survive a reload, filters and search kept in the URL,
 * the actor and episode pages with their timelines, and axe-core in light and dark.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession } from './harness/browsers';
import { openExtensionPage, screenshot, waitFor, waitForScan } from './harness/extension';
import { DEMO_DIR } from './harness/paths';
import { emulateColorScheme, runAxe, texts } from './harness/popup';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { BUNDLED_DATASET } from '../../src/data/bundled-dataset';

/** A new tab whose URL contains `fragment`, opened after `before` was taken. */
async function newTab(session: ExtensionSession, before: Set<Page>, fragment: string): Promise<Page> {
  const page = await waitFor(async () => {
    for (const candidate of await session.browser.pages()) {
      if (before.has(candidate)) continue;
      const href = await candidate.evaluate(() => location.href).catch(() => '');
      if (href.includes(fragment)) return candidate;
    }
    return null;
  }, `tab with ${fragment}`);
  await page.waitForSelector('[data-testid="explore-main"]');
  return page;
}

/**
 * Reload as a reader pressing F5 would. Through the page itself: Firefox's WebDriver BiDi does not
 * report the navigation events of a moz-extension:// page reloading, so puppeteer's reload waits
 * forever there. A marker set before the reload is gone once the new document runs.
 */
async function reload(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { ccOld?: boolean }).ccOld = true;
    setTimeout(() => location.reload(), 0);
  });
  await waitFor(
    async () =>
      page.evaluate(() => !(window as unknown as { ccOld?: boolean }).ccOld && document.readyState === 'complete').catch(() => false),
    'page reloaded',
  );
}

async function claimCount(page: Page): Promise<number> {
  const text = await page.$eval('[data-testid="claims-count"]', (el) => el.textContent ?? '');
  return Number(/of (\d+)/.exec(text)?.[1]);
}

describe.each(E2E_BROWSERS)('explore page in %s', (kind) => {
  let server: FixtureServer;
  let session: ExtensionSession;
  let demo: Page;

  beforeAll(async () => {
    server = await startFixtureServer([DEMO_DIR]);
    session = await launchWithExtension(kind);
    demo = (await session.openPage(server.url('news.html'))).page;
    await waitForScan(demo);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('opens from the popup (whole dataset and one actor) and from the options page', async () => {
    const popup = await openExtensionPage(session, demo, 'popup');
    await popup.waitForSelector('[data-testid="page-actors"] li');
    // Clicks need the tab in front: a hidden tab does not render, so puppeteer would wait for it.
    let before = new Set(await session.browser.pages());
    await popup.bringToFront();
    await popup.click('[data-testid="explore-all"]');
    const all = await newTab(session, before, 'explore.html');
    await all.waitForSelector('[data-testid="claims"] li');
    before = new Set(await session.browser.pages());
    await popup.bringToFront();
    await popup.click('[data-actor-id="icefcom"] [data-testid="explore-actor"]');
    const actor = await newTab(session, before, 'explore.html#actor/icefcom');
    await actor.waitForSelector('[data-testid="actor-page"][data-actor-id="icefcom"]');
    const options = await openExtensionPage(session, demo, 'options');
    before = new Set(await session.browser.pages());
    await options.bringToFront();
    await options.click('[data-testid="options-explore"]');
    const fromOptions = await newTab(session, before, 'explore.html');
    await fromOptions.waitForSelector('[data-testid="claims"] li');
    for (const p of [fromOptions, options, actor, all, popup]) await p.close();
  });

  it('deep links to an actor and an episode survive a reload; the actor page has names, claims, responses, timelines', async () => {
    const page = await openExtensionPage(session, demo, 'explore', 'actor/icefcom');
    await page.waitForSelector('[data-testid="actor-page"][data-actor-id="icefcom"]');
    await reload(page);
    await page.waitForSelector('[data-testid="actor-page"][data-actor-id="icefcom"] [data-testid="actor-claims"] li');
    const claims = BUNDLED_DATASET.claims.filter(
      (c) =>
        c.claimants.includes('icefcom') ||
        c.accused.includes('icefcom') ||
        BUNDLED_DATASET.responses.some((r) => r.claimId === c.id && r.by === 'icefcom'),
    );
    expect(await page.$$eval('[data-testid="actor-claims"] > li', (items) => items.length)).toBe(Math.min(claims.length, 20));
    expect(await page.$$eval('[data-testid="actor-responses"] li', (items) => items.length)).toBeGreaterThan(0);
    expect(await page.$$eval('svg[data-testid="timeline"]', (svgs) => svgs.length)).toBeGreaterThan(0);
    expect(await page.$$eval('[data-testid="timeline-text"]', (lists) => lists.map((list) => list.textContent ?? ''))).toEqual(
      expect.arrayContaining([expect.stringMatching(/ICEFCOM · Denied/)]),
    );
    // An episode link goes to the episode page, which reloads to itself too.
    await page.click('.ex-timeline .ex-kicker a');
    await page.waitForSelector('[data-testid="episode-page"]');
    const episodeId = await page.$eval('[data-testid="episode-page"]', (el) => el.getAttribute('data-episode-id'));
    expect(await page.evaluate(() => location.hash)).toBe(`#episode/${episodeId}`);
    await reload(page);
    await page.waitForSelector(`[data-testid="episode-page"][data-episode-id="${episodeId}"] .cc-details`);
    // Back returns to the actor.
    await page.evaluate(() => history.back());
    await page.waitForSelector('[data-testid="actor-page"][data-actor-id="icefcom"]');
    await page.close();
  });

  it('filters by evidence status, response and year, and searches; filters are in the URL and survive a reload', async () => {
    const page = await openExtensionPage(session, demo, 'explore');
    await page.waitForSelector('[data-testid="claims"] li');
    const total = await claimCount(page);
    expect(total).toBe(BUNDLED_DATASET.claims.length);
    await page.select('[data-testid="filter-status"]', 'asserted');
    await page.waitForFunction(() => /#claims\?status=asserted/.test(location.hash));
    const asserted = BUNDLED_DATASET.evidence.filter((e) => e.status === 'asserted').length;
    await waitFor(async () => (await claimCount(page)) === asserted, 'asserted claims listed');
    expect(new Set(await texts(page, '[data-testid="claims"] .cc-glance [data-glance="evidence"]'))).toEqual(new Set(['Asserted']));
    await page.select('[data-testid="filter-stance"]', 'denies');
    await page.waitForFunction(() => location.hash.includes('stance=denies'));
    // The hash changes before the list re-renders: wait for the list the two filters give.
    const denied = (id: string) => BUNDLED_DATASET.responses.some((r) => r.claimId === id && r.stance === 'denies');
    const assertedIds = new Set(BUNDLED_DATASET.evidence.filter((e) => e.status === 'asserted').map((e) => e.claimId));
    const expected = BUNDLED_DATASET.claims.filter((c) => assertedIds.has(c.id) && denied(c.id)).map((c) => c.id);
    await waitFor(async () => {
      const listed = await page.$$eval('[data-testid="claims"] .ex-claim', (items) =>
        items.map((el) => el.getAttribute('data-claim-id') ?? ''),
      );
      return listed.length === expected.length && listed.every((id) => expected.includes(id)) ? listed : null;
    }, 'the asserted claims somebody denied listed');
    await reload(page);
    await page.waitForSelector('[data-testid="claims"] li, [data-testid="claims-none"]');
    expect(await page.$eval('[data-testid="filter-status"]', (el) => (el as HTMLSelectElement).value)).toBe('asserted');
    expect(await page.$eval('[data-testid="filter-stance"]', (el) => (el as HTMLSelectElement).value)).toBe('denies');
    await page.click('.ex-clear');
    await waitFor(async () => (await claimCount(page)) === total, 'all claims again');
    await page.type('[data-testid="filter-q"]', 'Volt Typhoon');
    await waitFor(async () => (await claimCount(page)) > 0 && (await claimCount(page)) < total, 'search narrows the list');
    expect(await page.evaluate(() => decodeURIComponent(location.hash))).toContain('q=Volt+Typhoon');
    await page.click('[data-testid="tab-actors"]');
    // The actors view renders after the tab's hash change: wait for its search box.
    await page.waitForSelector('[data-testid="actor-q"]');
    await page.type('[data-testid="actor-q"]', '资通电军');
    await page.waitForSelector('[data-testid="actors"] [data-actor-id="icefcom"]');
    await page.close();
  });

  it('is accessible (axe-core) in light and dark, list and actor page', async () => {
    const page = await openExtensionPage(session, demo, 'explore', 'actor/icefcom');
    await page.waitForSelector('[data-testid="actor-claims"] li');
    await page.setViewport({ width: 1000, height: 1100 });
    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, session, 'explore-actor-light');
    await emulateColorScheme(page, session, 'dark');
    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, session, 'explore-actor-dark');
    await emulateColorScheme(page, session, 'light');
    await page.evaluate(() => {
      location.hash = '#claims';
    });
    await page.waitForSelector('[data-testid="claims"] li');
    await page.click('[data-testid="claims"] li .cc-more-button');
    await page.waitForSelector('[data-testid="claims"] li .cc-details');
    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, session, 'explore-light');
    await emulateColorScheme(page, session, 'dark');
    expect(await runAxe(page)).toEqual([]);
    // An episode page: the timeline of the claim and every response, in view, dark then light.
    await page.evaluate(() => {
      location.hash = '#episode/e24-anon64';
    });
    const timeline = await page.waitForSelector('[data-testid="episode-page"] [data-testid="timeline"]');
    await timeline?.evaluate((svg) => svg.closest('figure')?.scrollIntoView({ block: 'center' }));
    expect(await page.$$eval('[data-testid="episode-page"] [data-testid="timeline-text"] li', (items) => items.length)).toBeGreaterThan(3);
    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, session, 'explore-timeline-dark');
    await emulateColorScheme(page, session, 'light');
    await screenshot(page, session, 'explore-timeline-light');
    await page.close();
  });
});
