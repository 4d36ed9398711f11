/**
 * The card answers at a glance: for every name on the demo page, the claimant, a response stance
 * and the evidence status of the lead claim sit inside the card's visible box without scrolling,
 * at the default size and at 200% zoom (half the CSS viewport at twice the pixel density).
 * Measured on element boxes against the card's scroll container, not on text presence.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession } from './harness/browsers';
import { hoverMention, waitForCard, waitForNoCard } from './harness/card';
import { HOST_TAG, highlightedTexts, waitForScan } from './harness/extension';
import { DEMO_DIR } from './harness/paths';
import { startFixtureServer, type FixtureServer } from './harness/server';

interface GlanceBoxes {
  scrollTop: number;
  outside: string[];
  missing: string[];
}

/** Which glance parts of the open card lie outside its scroll container's visible box. */
async function glanceBoxes(page: Page): Promise<GlanceBoxes | null> {
  return page.evaluate((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    const scroller = root?.querySelector('[data-testid="card-scroll"]');
    const lead = root?.querySelector('[data-testid="lead-claim"]');
    if (!scroller || !lead) return null;
    const view = scroller.getBoundingClientRect();
    const outside: string[] = [];
    const missing: string[] = [];
    for (const part of ['claimant', 'stance', 'evidence']) {
      const element = lead.querySelector(`[data-glance="${part}"]`);
      const box = element?.getBoundingClientRect();
      if (!box || box.width === 0 || box.height === 0) {
        missing.push(part);
        continue;
      }
      // The first line of the element: a wrapped claimant line starts inside even if clamped.
      const first = element?.getClientRects()[0] ?? box;
      if (
        first.top < view.top - 0.5 ||
        first.bottom > view.bottom + 0.5 ||
        first.left < view.left - 0.5 ||
        first.right > view.right + 0.5
      ) {
        outside.push(`${part} ${Math.round(first.top)}–${Math.round(first.bottom)} vs ${Math.round(view.top)}–${Math.round(view.bottom)}`);
      }
    }
    return { scrollTop: scroller.scrollTop, outside, missing };
  }, HOST_TAG);
}

describe.each(E2E_BROWSERS)('card at a glance in %s', (kind) => {
  let server: FixtureServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await startFixtureServer([DEMO_DIR]);
    session = await launchWithExtension(kind);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  for (const zoom of [false, true]) {
    it(`shows claimant, response stance and evidence status without scrolling, for every name on the demo page${zoom ? ' at 200% zoom' : ''}`, async () => {
      const { page } = await session.openPage(server.url('news.html'));
      await waitForScan(page);
      if (zoom) await page.setViewport({ width: 640, height: 450, deviceScaleFactor: 2 });
      const names = [...new Set(await highlightedTexts(page))];
      expect(names.length).toBeGreaterThanOrEqual(12);
      const failures: string[] = [];
      for (const name of names) {
        await page.mouse.move(2, 2);
        await waitForNoCard(page, 3000);
        await hoverMention(page, name);
        await waitForCard(page);
        const boxes = await glanceBoxes(page);
        if (!boxes) failures.push(`${name}: no lead claim`);
        else if (boxes.scrollTop !== 0 || boxes.outside.length > 0 || boxes.missing.length > 0) {
          failures.push(`${name}: scrollTop ${boxes.scrollTop}; outside ${boxes.outside.join(', ')}; missing ${boxes.missing.join(', ')}`);
        }
      }
      expect(failures).toEqual([]);
      await page.close();
    });
  }
});
