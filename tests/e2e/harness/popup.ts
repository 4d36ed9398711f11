/**
 * Helpers for the popup, options and badge tests: axe-core inside an extension page, the badge
 * text of a tab, choosing a file in a file input, and stopping Chromium's service worker.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { ExtensionSession } from './browsers';
import { ROOT } from './paths';
import { waitFor } from './extension';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Run axe-core in `page`. Extension pages' CSP refuses injected script tags, so the library's
 * source is evaluated through the debugging protocol instead (CDP / BiDi are not subject to CSP).
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const json = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return JSON.stringify(
      result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) })),
    );
  });
  return JSON.parse(json) as AxeViolation[];
}

/** The tab id an extension page was opened for (`?tab=`), read from the page itself (Firefox's page.url() can lag). */
export async function tabIdOf(extensionPage: Page): Promise<number> {
  const href = await extensionPage.evaluate(() => location.href);
  const param = new URL(href).searchParams.get('tab');
  const id = Number(param);
  if (param === null || !Number.isInteger(id)) throw new Error(`no ?tab= in ${href}`);
  return id;
}

/** The badge text of `tabId`, read through the action API from an extension page. */
export async function badgeText(extensionPage: Page, tabId: number): Promise<string> {
  return extensionPage.evaluate(async (id) => {
    type Action = { action: { getBadgeText(details: { tabId: number }): Promise<string> } };
    const scope = globalThis as unknown as { browser?: Action; chrome: Action };
    return (scope.browser ?? scope.chrome).action.getBadgeText({ tabId: id });
  }, tabId);
}

/** Wait until the badge of `tabId` reads `expected`. */
export async function waitForBadge(extensionPage: Page, tabId: number, expected: string, timeoutMs = 10_000): Promise<string> {
  let last = '';
  await waitFor(
    async () => {
      last = await badgeText(extensionPage, tabId);
      return last === expected;
    },
    `badge of tab ${tabId} to read "${expected}"`,
    timeoutMs,
  ).catch((error: unknown) => {
    throw new Error(`${String(error)}; it reads "${last}"`);
  });
  return last;
}

/**
 * Put a file into an `<input type=file>` and fire `change`, as choosing it in the file dialog
 * does. Uses DataTransfer in the page, which works the same in Chromium and Firefox.
 */
export async function chooseFile(page: Page, selector: string, path: string): Promise<void> {
  const text = readFileSync(path, 'utf8');
  await page.$eval(
    selector,
    (input, content, name) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type: 'application/json' }));
      (input as HTMLInputElement).files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    text,
    basename(path),
  );
}

/** Stop the extension's service worker (Chromium), as the browser does after 30 s idle. */
export async function stopServiceWorker(session: ExtensionSession): Promise<void> {
  if (session.kind !== 'chromium') throw new Error('only Chromium runs the background as a service worker');
  const target = await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'), {
    timeout: 10_000,
  });
  const worker = await target.worker();
  if (!worker) throw new Error('service worker target has no worker');
  await worker.close();
  await waitFor(
    async () => !session.browser.targets().some((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js')),
    'service worker stopped',
  );
}

/** Texts of elements matching `selector`, in order. */
export async function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) => elements.map((element) => (element as HTMLElement).innerText.trim()));
}

/**
 * Show `page` as in the dark (or light) colour scheme. Chromium emulates the media feature over
 * CDP. Firefox's WebDriver BiDi cannot emulate it, so there every `prefers-color-scheme` rule of
 * the page's own stylesheets is switched on or off by hand, and `color-scheme` set on the root so
 * form controls follow: the same CSS a dark-mode reader gets, applied without a browser restart.
 */
export async function emulateColorScheme(page: Page, session: ExtensionSession, scheme: 'light' | 'dark'): Promise<void> {
  if (session.kind === 'chromium') {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    return;
  }
  await page.evaluate((wanted) => {
    const scope = window as unknown as { ccOriginalMedia?: WeakMap<CSSMediaRule, string> };
    const originals = (scope.ccOriginalMedia ??= new WeakMap());
    for (const sheet of [...document.styleSheets]) {
      for (const rule of [...sheet.cssRules]) {
        if (!(rule instanceof CSSMediaRule)) continue;
        const original = originals.get(rule) ?? rule.media.mediaText;
        if (!original.includes('prefers-color-scheme')) continue;
        originals.set(rule, original);
        rule.media.mediaText = original.includes(`prefers-color-scheme: ${wanted}`) ? 'all' : 'not all';
      }
    }
    document.documentElement.style.colorScheme = wanted;
  }, scheme);
}
