/**
 * Launches Debian's Chromium or Firefox ESR with the built extension, through puppeteer-core
 * (CDP for Chromium, WebDriver BiDi for Firefox), so one harness drives both browsers.
 *
 * Neither browser may reach the internet from a test: Chromium resolves every host but
 * 127.0.0.1 to "not found", and Firefox sends every remote request to a closed local proxy port.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { extensionDir, type BrowserKind, type BuildKind } from './paths';
import { CHROMIUM_ARGS, FIREFOX_PREFS, requireExecutable } from './plain-browsers';

/** Browsers the e2e suite runs in; `E2E_BROWSERS=chromium` narrows it while developing. */
export const E2E_BROWSERS: readonly BrowserKind[] = (process.env.E2E_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((name) => name.trim())
  .filter((name): name is BrowserKind => name === 'chromium' || name === 'firefox');

export interface PageProblems {
  pageErrors: string[];
  consoleErrors: string[];
}

export interface ExtensionSession {
  kind: BrowserKind;
  browser: Browser;
  /** Open a page and start collecting its errors. */
  openPage(url: string): Promise<{ page: Page; problems: PageProblems }>;
  close(): Promise<void>;
}

async function launchChromium(dir: string, userDataDir: string): Promise<Browser> {
  return puppeteer.launch({
    executablePath: requireExecutable('chromium'),
    headless: true,
    pipe: true,
    enableExtensions: [dir],
    userDataDir,
    defaultViewport: { width: 1280, height: 900 },
    args: [...CHROMIUM_ARGS],
  });
}

async function launchFirefox(dir: string): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireExecutable('firefox'),
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: { ...FIREFOX_PREFS },
  });
  await browser.installExtension(dir);
  return browser;
}

function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { pageErrors: [], consoleErrors: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(error instanceof Error ? error.message : String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  return problems;
}

/** Launch `kind` with the extension built for it (`e2e` test build by default). */
export async function launchWithExtension(kind: BrowserKind, build: BuildKind = 'e2e'): Promise<ExtensionSession> {
  const dir = extensionDir(kind, build);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no built extension in ${dir}: run \`npm run build\` first`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'counterclaim-e2e-'));
  const browser = kind === 'chromium' ? await launchChromium(dir, userDataDir) : await launchFirefox(dir);
  return {
    kind,
    browser,
    async openPage(url) {
      const page = await browser.newPage();
      const problems = watchProblems(page);
      await page.goto(url, { waitUntil: 'load' });
      return { page, problems };
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
