/**
 * What the sweep reads from inside a page: long tasks and layout shifts (observers installed
 * before the page's first script, via `evaluateOnNewDocument`), the highlight registry, and a
 * serialisation of the DOM without the extension's one shadow host.
 *
 * The functions run in the page, so they are self-contained (no imports, no closures).
 */
import type { Page } from 'puppeteer-core';

export const HIGHLIGHT_NAME = 'counterclaim-mention';
export const HOST_TAG = 'counterclaim-host';

interface ProbeState {
  longTasks: number[];
  /** Layout shift after DOMContentLoaded (content scripts start at document_idle, after it). */
  layoutShift: number;
  /** What moved, for the report: "tag "text…" y→y'", first few only. */
  shiftSources: string[];
  supported: string[];
}

/** Installed before any page script; PerformanceObserver types the browser lacks are skipped. */
export function installProbes(): void {
  const state: ProbeState = { longTasks: [], layoutShift: 0, shiftSources: [], supported: [] };
  Object.defineProperty(window, '__counterclaimSweep', { value: state, enumerable: false });
  const supported = PerformanceObserver.supportedEntryTypes ?? [];
  if (supported.includes('longtask')) {
    state.supported.push('longtask');
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  }
  if (supported.includes('layout-shift')) {
    state.supported.push('layout-shift');
    new PerformanceObserver((list) => {
      // Shifts while the parser is still delivering the page (progressive rendering, more of it on
      // a loaded machine) come before DOMContentLoaded; the extension cannot cause those.
      const parsedAt =
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventStart ?? 0;
      type Source = { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Source[] })[]) {
        if (entry.hadRecentInput || parsedAt === 0 || entry.startTime < parsedAt) continue;
        state.layoutShift += entry.value;
        for (const source of entry.sources.slice(0, 3)) {
          if (state.shiftSources.length >= 6) break;
          const what = `${source.node?.nodeName ?? '?'} "${(source.node?.textContent ?? '').trim().slice(0, 24)}"`;
          state.shiftSources.push(
            `${what} at ${Math.round(entry.startTime)} ms: y ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)}, h ${Math.round(source.previousRect.height)}→${Math.round(source.currentRect.height)}`,
          );
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }
}

export interface ProbeReading {
  /** Longest main-thread task seen, ms; null where the browser has no Long Tasks API (Firefox). */
  longestTaskMs: number | null;
  /** Layout shift after DOMContentLoaded; null where the browser has no Layout Instability API (Firefox). */
  layoutShift: number | null;
  shiftSources: string[];
  mentions: number;
  hosts: number;
  /** Constructed sheets adopted by the document (how highlight styles reach the page; not DOM). */
  adoptedSheets: number;
}

export async function readProbes(page: Page): Promise<ProbeReading> {
  return page.evaluate(
    (highlightName, hostTag) => {
      const state = (window as unknown as { __counterclaimSweep?: ProbeState }).__counterclaimSweep;
      const highlight = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights.get(highlightName) : undefined;
      return {
        longestTaskMs: state?.supported.includes('longtask') ? Math.max(0, ...state.longTasks) : null,
        layoutShift: state?.supported.includes('layout-shift') ? state.layoutShift : null,
        shiftSources: state?.shiftSources ?? [],
        mentions: highlight ? highlight.size : 0,
        hosts: document.querySelectorAll(hostTag).length,
        adoptedSheets: document.adoptedStyleSheets?.length ?? 0,
      };
    },
    HIGHLIGHT_NAME,
    HOST_TAG,
  );
}

/** Mentions registered so far (0 before the first). */
export async function mentionCount(page: Page): Promise<number> {
  return page.evaluate((name) => CSS.highlights?.get(name)?.size ?? 0, HIGHLIGHT_NAME);
}

/**
 * The document as HTML, with every element of ours removed from a clone first, so any other
 * difference from the baseline is a change the extension made to the page.
 */
export async function serializeWithoutHost(page: Page): Promise<string> {
  return page.evaluate((hostTag) => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll(hostTag)) host.remove();
    const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>` : '';
    return doctype + clone.outerHTML;
  }, HOST_TAG);
}

/**
 * Rest the pointer on the first highlighted name so the card opens: the one node the extension
 * may add to a page is its card host, and the DOM comparison should see the page with it.
 * Returns whether a host appeared.
 */
export async function hoverFirstMention(page: Page, timeoutMs = 4000): Promise<boolean> {
  const point = await page.evaluate((name) => {
    const first = [...(CSS.highlights.get(name) ?? [])][0] as AbstractRange | undefined;
    if (!first) return null;
    const range = new Range();
    range.setStart(first.startContainer, first.startOffset);
    range.setEnd(first.endContainer, first.endOffset);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  }, HIGHLIGHT_NAME);
  if (!point) return false;
  await page.mouse.move(point.x, point.y, { steps: 3 });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await page.evaluate((tag) => document.querySelector(tag) !== null, HOST_TAG)) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  return false;
}
