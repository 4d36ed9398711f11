import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession } from './harness/browsers';
import { openExtensionPage, waitForScan } from './harness/extension';
import { DEMO_DIR, FIXTURES } from './harness/paths';
import { stopServiceWorker, tabIdOf, waitForBadge } from './harness/popup';
import { startFixtureServer, type FixtureServer } from './harness/server';

/** Append a paragraph naming an actor, as a live blog or infinite scroll would. */
async function appendParagraph(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const p = document.createElement('p');
    p.textContent = t;
    document.querySelector('article')?.append(p);
  }, text);
}

async function setSettings(page: Page, patch: object): Promise<void> {
  await page.evaluate((detail) => document.dispatchEvent(new CustomEvent('counterclaim-e2e:settings', { detail })), JSON.stringify(patch));
}

/**
 * The badge is read from an extension page (the options page, opened for the tab) through
 * `action.getBadgeText({ tabId })`. Firefox runs the background as an event page, which tests
 * cannot stop on demand short of reloading the whole extension; the restart test is Chromium's.
 */
describe.each(E2E_BROWSERS)('badge in %s', (kind) => {
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

  it('counts distinct actors per tab, follows page changes, clears on navigation and when off', async () => {
    const { page: demo } = await session.openPage(server.url('news.html'));
    const summary = await waitForScan(demo);
    const reader = await openExtensionPage(session, demo, 'options');
    const demoTab = await tabIdOf(reader);
    await waitForBadge(reader, demoTab, String(summary.actors.length));

    // Another tab, with no known names: no badge there, and the first tab's is unchanged.
    const { page: other } = await session.openPage(server.url('page.html'));
    await waitForScan(other);
    const otherReader = await openExtensionPage(session, other, 'options');
    const otherTab = await tabIdOf(otherReader);
    await waitForBadge(reader, otherTab, '');
    await waitForBadge(reader, demoTab, String(summary.actors.length));

    // The page changes: a new actor named → one more; the same actor again → no change.
    expect(summary.actors.map((a) => a.actorId)).not.toContain('volt-typhoon');
    await appendParagraph(demo, 'Separately, US agencies have warned about Volt Typhoon.');
    await waitForBadge(reader, demoTab, String(summary.actors.length + 1));
    await appendParagraph(demo, 'Volt Typhoon was named again.');
    await waitForBadge(reader, demoTab, String(summary.actors.length + 1));

    // Off on this site → none; on again → back.
    await setSettings(demo, { disabledSites: ['127.0.0.1'] });
    await waitForBadge(reader, demoTab, '');
    await setSettings(demo, { disabledSites: [] });
    await waitForBadge(reader, demoTab, String(summary.actors.length + 1));

    // Navigating the tab drops the old page's count; the new page's count replaces it.
    await demo.goto(server.url('page.html'), { waitUntil: 'load' });
    await waitForScan(demo);
    await waitForBadge(reader, demoTab, '');
    await demo.goto(server.url('news.html'), { waitUntil: 'load' });
    await waitForScan(demo);
    await waitForBadge(reader, demoTab, String(summary.actors.length));
    for (const p of [otherReader, other, reader, demo]) await p.close();
  });

  if (kind === 'chromium') {
    it('is right again after the service worker is stopped, and follows changes that wake it', async () => {
      const { page: demo } = await session.openPage(server.url('news.html'));
      const summary = await waitForScan(demo);
      const reader = await openExtensionPage(session, demo, 'options');
      const demoTab = await tabIdOf(reader);
      await waitForBadge(reader, demoTab, String(summary.actors.length));

      await stopServiceWorker(session);
      await waitForBadge(reader, demoTab, String(summary.actors.length));

      // The content script's report wakes the worker, whose listener was registered at top level.
      await appendParagraph(demo, 'Later reports described Salt Typhoon and Volt Typhoon.');
      await waitForBadge(reader, demoTab, String(summary.actors.length + 2));

      await stopServiceWorker(session);
      await demo.goto(server.url('page.html'), { waitUntil: 'load' });
      await waitForScan(demo);
      await waitForBadge(reader, demoTab, '');
      await reader.close();
      await demo.close();
    });
  }
});
