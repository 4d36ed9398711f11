/**
 * Helpers for the in-page experience tests: find a marked name's position through the highlight
 * registry (as the page sees it), rest the pointer on it, and wait for the card.
 */
import type { Browser, Page } from 'puppeteer-core';
import { cardText, HIGHLIGHT_NAME, HOST_TAG, waitFor } from './extension';

export interface Point {
  x: number;
  y: number;
}

/** Centre of the first line box of the `nth` (0-based) highlighted range reading `text`, or null. */
export async function mentionPoint(page: Page, text: string, nth = 0): Promise<Point | null> {
  return page.evaluate(
    (name, wanted, which) => {
      const highlight = CSS.highlights.get(name);
      if (!highlight) return null;
      const live = ([...highlight] as AbstractRange[])
        .map((r) => {
          const range = new Range();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range;
        })
        .filter((range) => range.toString() === wanted)
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = live[which];
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    HIGHLIGHT_NAME,
    text,
    nth,
  );
}

/** Scroll the `nth` name reading `text` into the middle of the viewport and return its centre. */
export async function scrollToMention(page: Page, text: string, nth = 0): Promise<Point> {
  const before = await waitFor(() => mentionPoint(page, text, nth), `a highlighted "${text}"`);
  await page.evaluate((y) => window.scrollBy(0, y - window.innerHeight / 2), before.y);
  return waitFor(() => mentionPoint(page, text, nth), `"${text}" after scrolling`);
}

/** Rest the pointer on a name (moving onto it in small steps, as a hand does). */
export async function hoverMention(page: Page, text: string, nth = 0): Promise<Point> {
  const point = await scrollToMention(page, text, nth);
  await page.mouse.move(point.x - 30, point.y + 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  return point;
}

/** Wait until the card is open and return its text. */
export async function waitForCard(page: Page, timeoutMs = 5_000): Promise<string> {
  return waitFor(() => cardText(page), 'card open', timeoutMs);
}

/** Wait until no card is shown. */
export async function waitForNoCard(page: Page, timeoutMs = 5_000): Promise<void> {
  await waitFor(async () => (await cardText(page)) === null, 'card closed', timeoutMs);
}

/** The card's box in viewport coordinates, or null. */
export async function cardBox(page: Page): Promise<{ left: number; top: number; right: number; bottom: number } | null> {
  return page.evaluate((tag) => {
    const card = document.querySelector(tag)?.shadowRoot?.querySelector('[role="dialog"]');
    if (!card) return null;
    const r = card.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }, HOST_TAG);
}

/** What has focus inside the card's (e2e-open) shadow root: tag and text, or null. */
export async function focusInCard(page: Page): Promise<{ tag: string; text: string } | null> {
  return page.evaluate((tag) => {
    const active = document.querySelector(tag)?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return active ? { tag: active.tagName.toLowerCase(), text: (active.textContent ?? '').slice(0, 80) } : null;
  }, HOST_TAG);
}

/** Store a settings patch through the content script (e2e build), as the options page would. */
export async function patchSettings(page: Page, patch: Record<string, unknown>): Promise<void> {
  await page.evaluate((detail) => document.dispatchEvent(new CustomEvent('counterclaim-e2e:settings', { detail })), JSON.stringify(patch));
}

/** Run a manifest keyboard command for this tab through the background (e2e build). */
export async function runCommand(page: Page, command: 'next-mention' | 'previous-mention'): Promise<void> {
  await page.evaluate((detail) => document.dispatchEvent(new CustomEvent('counterclaim-e2e:command', { detail })), command);
}

/**
 * Open `url` in a new tab with `script` installed before any page script runs (a page's own
 * observer, a long-task recorder): what a page's scripts see, from the first moment.
 */
export async function openWithPreload(browser: Browser, url: string, script: () => void): Promise<Page> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(script);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}
