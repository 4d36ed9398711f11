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

/**
 * A browser interface language for the locale tests (`zh-TW`, `zh-CN`). Chromium on Linux takes
 * it from `--lang` and the LANGUAGE variable and needs its locale files (Debian: chromium-l10n);
 * Firefox from `intl.locale.requested` and needs the language pack (firefox-esr-l10n-zh-tw, -cn).
 */
export type UiLocale = 'zh-TW' | 'zh-CN';

async function launchChromium(dir: string, userDataDir: string, locale?: UiLocale): Promise<Browser> {
  return puppeteer.launch({
    executablePath: requireExecutable('chromium'),
    headless: true,
    pipe: true,
    enableExtensions: [dir],
    userDataDir,
    defaultViewport: { width: 1280, height: 900 },
    args: [...CHROMIUM_ARGS, ...(locale ? [`--lang=${locale}`, `--accept-lang=${locale}`] : [])],
    ...(locale ? { env: { ...process.env, LANGUAGE: locale.replace('-', '_'), LANG: `${locale.replace('-', '_')}.UTF-8` } } : {}),
  });
}

async function launchFirefox(dir: string, locale?: UiLocale, prefs: Readonly<Record<string, unknown>> = {}): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireExecutable('firefox'),
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      ...FIREFOX_PREFS,
      ...(locale ? { 'intl.locale.requested': locale, 'intl.accept_languages': locale } : {}),
      ...prefs,
    },
  });
  await browser.installExtension(dir);
  return browser;
}

export interface LaunchOptions {
  locale?: UiLocale;
  /** Extra Firefox preferences (the benchmark turns off timer rounding). */
  firefoxPrefs?: Readonly<Record<string, unknown>>;
}

/**
 * Launch `kind` with the unpacked extension in `dir` (any build: the benchmark builds its own).
 * Call `cleanup` after closing the browser: it removes Chromium's temporary profile.
 */
export async function launchWithExtensionDir(
  kind: BrowserKind,
  dir: string,
  options: LaunchOptions = {},
): Promise<{ browser: Browser; cleanup: () => void }> {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no built extension in ${dir}: run \`npm run build\` first`);
  if (kind === 'firefox') return { browser: await launchFirefox(dir, options.locale, options.firefoxPrefs), cleanup: () => undefined };
  const userDataDir = mkdtempSync(join(tmpdir(), 'counterclaim-e2e-'));
  return {
    browser: await launchChromium(dir, userDataDir, options.locale),
    cleanup: () => rmSync(userDataDir, { recursive: true, force: true }),
  };
}

function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { pageErrors: [], consoleErrors: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(error instanceof Error ? error.message : String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  return problems;
}

/** Launch `kind` with the extension built for it (`e2e` test build by default), optionally in another interface language. */
export async function launchWithExtension(kind: BrowserKind, build: BuildKind = 'e2e', locale?: UiLocale): Promise<ExtensionSession> {
  const { browser, cleanup } = await launchWithExtensionDir(kind, extensionDir(kind, build), { locale });
  return sessionOf(kind, browser, cleanup);
}

/** A session over a launched browser; `cleanup` runs after the browser closes. */
export function sessionOf(kind: BrowserKind, browser: Browser, cleanup: () => void): ExtensionSession {
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
      cleanup();
    },
  };
}
