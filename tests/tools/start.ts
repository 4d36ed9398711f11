/**
 * `npm start`: build, serve the demo news page on 127.0.0.1 and open Chromium with the extension.
 *
 * With a display, a real Chromium window opens on the demo page (close it to stop). Without one
 * (a server, CI, a container), it runs headless: it hovers the first highlighted name, opens the
 * popup, writes screenshots of page, card and popup to artifacts/start/, and prints the actors found.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { buildAll } from '../../build';
import { launchWithExtension } from '../e2e/harness/browsers';
import { cardText, openExtensionPage, waitFor, waitForScan } from '../e2e/harness/extension';
import { hoverFirstMention } from '../sweep/page-probes';
import { ARTIFACTS, DEMO_DIR, extensionDir } from '../e2e/harness/paths';
import { startFixtureServer, type FixtureServer } from '../e2e/harness/server';
import { describeActors } from './actor-names';

const OUT_DIR = join(ARTIFACTS, 'start');

async function runWithWindow(url: string, server: FixtureServer): Promise<void> {
  const dir = extensionDir('chromium', 'prod');
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: false,
    pipe: true,
    enableExtensions: [dir],
    defaultViewport: null,
    args: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const [page] = await browser.pages();
  await page?.goto(url);
  console.log(`Chromium is open on ${url} with Counterclaim loaded. Hover a dotted name; close the window to stop.`);
  await new Promise<void>((done) => browser.on('disconnected', () => done()));
  await server.close();
}

async function runHeadless(url: string, server: FixtureServer): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const session = await launchWithExtension('chromium', 'e2e');
  try {
    const { page } = await session.openPage(url);
    const summary = await waitForScan(page);
    await page.screenshot({ path: join(OUT_DIR, 'page.png') });
    const cardOpened =
      (await hoverFirstMention(page)) &&
      (await waitFor(() => cardText(page), 'card text').then(
        () => true,
        () => false,
      ));
    if (cardOpened) await page.screenshot({ path: join(OUT_DIR, 'card.png') });
    const popup = await openExtensionPage(session, page, 'popup');
    await popup.setViewport({ width: 420, height: 600 });
    await popup.screenshot({ path: join(OUT_DIR, 'popup.png'), fullPage: true });
    console.log(`Headless run (no display). Demo page: ${url}`);
    console.log(`Found ${summary.mentionCount} mentions of ${summary.actors.length} actors:`);
    for (const line of describeActors(summary.actors)) console.log(`  ${line}`);
    console.log(`Screenshots in ${OUT_DIR}: page.png${cardOpened ? ', card.png' : ''}, popup.png`);
  } finally {
    await session.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  await buildAll();
  const server = await startFixtureServer([DEMO_DIR]);
  const url = server.url('news.html');
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--headless');
  await (hasDisplay ? runWithWindow(url, server) : runHeadless(url, server));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
