/**
 * Browsers WITHOUT the extension, for the benchmark and for the sweep's baseline, and the one
 * list of binaries, flags and network lockdown that `browsers.ts` uses too: every host but
 * 127.0.0.1 resolves to "not found" in Chromium, and Firefox proxies remote traffic to a closed
 * local port.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import type { BrowserKind } from './paths';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--window-size=1280,900',
];

export const FIREFOX_PREFS: Readonly<Record<string, unknown>> = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1,localhost',
  'network.proxy.allow_hijacking_localhost': false,
  'extensions.getAddons.cache.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

/** The browser binary, or an error that says how to install it (tests never skip silently). */
export function requireExecutable(kind: BrowserKind): string {
  const path = kind === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH;
  if (existsSync(path)) return path;
  const pkg = kind === 'chromium' ? 'chromium' : 'firefox-esr';
  const variable = kind === 'chromium' ? 'CHROME_PATH' : 'FIREFOX_PATH';
  throw new Error(
    `${kind} is not installed at ${path}: run \`apt-get install -y ${pkg}\` (or set ${variable}). End-to-end tests need a real browser.`,
  );
}

/** Launch `kind` with no extension installed. */
export async function launchPlain(kind: BrowserKind): Promise<Browser> {
  if (kind === 'chromium') {
    return puppeteer.launch({
      executablePath: requireExecutable('chromium'),
      headless: true,
      pipe: true,
      defaultViewport: { width: 1280, height: 900 },
      args: [...CHROMIUM_ARGS],
    });
  }
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: requireExecutable('firefox'),
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: { ...FIREFOX_PREFS },
  });
}
