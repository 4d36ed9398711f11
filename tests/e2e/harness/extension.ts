/**
 * Test helpers that talk to the extension as a reader's browser would see it: the highlight
 * registry the page shares, the card inside the extension's shadow host, and the popup/options
 * pages opened for a tab.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { PageSummary } from '../../../src/shared/messages';
import type { ExtensionSession } from './browsers';
import { ARTIFACTS } from './paths';

export const HIGHLIGHT_NAME = 'counterclaim-mention';
export const HOST_TAG = 'counterclaim-host';

/** Poll `probe` until it returns a truthy value or `timeoutMs` passes (then throw `message`). */
export async function waitFor<T>(probe: () => Promise<T> | T, message: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`timed out: ${message}${last ? ` (last error: ${String(last)})` : ''}`);
}

/**
 * Ask the content script of the e2e build through its page-event bridge: dispatch `asked`, and
 * return the JSON detail of the `answered` event, or null when no answer comes within
 * `timeoutMs` (no content script, or one still starting).
 */
export async function askContentScript<T>(page: Page, asked: string, answered: string, timeoutMs = 500): Promise<T | null> {
  const json = await page.evaluate(
    (ask, answer, ms) =>
      new Promise<string | null>((done) => {
        const timer = setTimeout(() => done(null), ms);
        document.addEventListener(
          answer,
          (event) => {
            clearTimeout(timer);
            done(String((event as CustomEvent<unknown>).detail));
          },
          { once: true },
        );
        document.dispatchEvent(new CustomEvent(ask));
      }),
    asked,
    answered,
    timeoutMs,
  );
  return json ? (JSON.parse(json) as T | null) : null;
}

/** Ask the content script (e2e build) for its page summary; null when it does not answer. */
export function pageSummary(page: Page): Promise<PageSummary | null> {
  return askContentScript<PageSummary>(page, 'counterclaim-e2e:ping', 'counterclaim-e2e:state');
}

/** The open card's actor and any pending open or close (e2e build); null without a session. */
export function hoverState(page: Page): Promise<{ open: string | null; pending: 'open' | 'close' | null } | null> {
  return askContentScript(page, 'counterclaim-e2e:hover', 'counterclaim-e2e:hover-result');
}

/** Wait until the content script answers with a finished scan. */
export async function waitForScan(page: Page, timeoutMs = 15_000): Promise<PageSummary> {
  return waitFor(
    async () => {
      const summary = await pageSummary(page);
      return summary && summary.state !== 'scanning' ? summary : null;
    },
    'content script finished scanning',
    timeoutMs,
  );
}

/** Ranges registered under our highlight name, as the page's own scripts could count them. */
export async function highlightCount(page: Page): Promise<number> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    return highlight ? highlight.size : 0;
  }, HIGHLIGHT_NAME);
}

/** Texts of the highlighted ranges in document order. */
export async function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    if (!highlight) return [];
    const ranges = [...highlight] as AbstractRange[];
    return ranges
      .map((range) => {
        const live = new Range();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        return live;
      })
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
      .map((range) => range.toString());
  }, HIGHLIGHT_NAME);
}

export async function hostCount(page: Page): Promise<number> {
  return page.evaluate((tag) => document.querySelectorAll(tag).length, HOST_TAG);
}

/** The card's visible text, or null when no card is open (reads the e2e build's open shadow root). */
export async function cardText(page: Page): Promise<string | null> {
  return page.evaluate((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    const card = root?.querySelector('[role="dialog"]') as HTMLElement | null | undefined;
    if (!card || card.hidden || card.getClientRects().length === 0) return null;
    return card.innerText;
  }, HOST_TAG);
}

/**
 * Open the popup or options page for `page`'s tab. The content script of the e2e build asks the
 * background to open it in a tab (tests cannot click the toolbar; Firefox refuses direct
 * navigation to moz-extension:// URLs).
 */
export async function openExtensionPage(
  session: ExtensionSession,
  page: Page,
  which: 'popup' | 'options' | 'explore',
  hash = '',
): Promise<Page> {
  const before = new Set(await session.browser.pages());
  const detail = hash ? `${which}#${hash}` : which;
  await page.evaluate((d) => document.dispatchEvent(new CustomEvent('counterclaim-e2e:open', { detail: d })), detail);
  const opened = await waitFor(async () => {
    for (const candidate of await session.browser.pages()) {
      if (before.has(candidate)) continue;
      const href = await candidate.evaluate(() => location.href).catch(() => '');
      if (href.includes(`/${which}.html`)) return candidate;
    }
    return null;
  }, `${which} page opened`);
  await opened.waitForSelector('#root > *', { timeout: 10_000 });
  return opened;
}

/** Save a screenshot under artifacts/screenshots/ and return its path. */
export async function screenshot(page: Page, session: ExtensionSession, name: string): Promise<string> {
  const dir = join(ARTIFACTS, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${session.kind}-${name}.png`) as `${string}.png`;
  await page.screenshot({ path });
  return path;
}
