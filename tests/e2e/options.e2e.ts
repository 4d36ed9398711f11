import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession } from './harness/browsers';
import { highlightCount, highlightedTexts, openExtensionPage, screenshot, waitFor, waitForScan } from './harness/extension';
import { DEMO_DIR, FIXTURES } from './harness/paths';
import { chooseFile, emulateColorScheme, runAxe, texts } from './harness/popup';
import { startFixtureServer, type FixtureServer } from './harness/server';

const IMPORT_DIR = join(FIXTURES, 'import');

async function importFile(options: Page, file: string, mode: 'add' | 'replace'): Promise<void> {
  await options.click(`[data-testid="mode-${mode}"]`);
  await chooseFile(options, '[data-testid="import-file"]', join(IMPORT_DIR, file));
  await options.waitForSelector('[data-testid="import-button"]:not([disabled])');
  await options.click('[data-testid="import-button"]');
}

async function dataInUse(options: Page): Promise<string> {
  return options.$eval('[data-testid="data-in-use"]', (el) => (el as HTMLElement).innerText);
}

describe.each(E2E_BROWSERS)('options page in %s', (kind) => {
  let server: FixtureServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await startFixtureServer([DEMO_DIR, IMPORT_DIR]);
    session = await launchWithExtension(kind);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('imports a valid file: its actors are then highlighted on a page, and removing it takes them away', async () => {
    const { page } = await session.openPage(server.url('page.html'));
    expect((await waitForScan(page)).actors).toEqual([]);
    const options = await openExtensionPage(session, page, 'options');
    await options.waitForSelector('[data-testid="data-in-use"]');
    expect(await dataInUse(options)).toContain('the bundled dataset');

    await importFile(options, 'valid-add.json', 'add');
    await options.waitForSelector('[data-testid="import-status"] .ok');
    expect(await options.$eval('[data-testid="import-status"]', (el) => el.textContent ?? '')).toContain(
      'Imported “valid-add.json”: 2 actors, 1 claim',
    );
    await waitFor(async () => (await dataInUse(options)).includes('with your file “valid-add.json” added'), 'data in use updated');

    // The page open during the import re-scans with the new data.
    await waitFor(async () => (await highlightCount(page)) >= 4, 'imported actors highlighted on the open page');
    const marked = await highlightedTexts(page);
    expect(marked).toEqual(expect.arrayContaining(['Northwind Cyber Directorate', 'Glasswing Collective', '玻璃翼小组']));
    // A page opened afterwards too, and bundled actors are still found (mode add).
    const { page: demo } = await session.openPage(server.url('news.html'));
    expect((await waitForScan(demo)).actors.map((a) => a.actorId)).toContain('mss');
    const { page: fresh } = await session.openPage(server.url('page.html'));
    expect((await waitForScan(fresh)).actors.map((a) => a.actorId).sort()).toEqual(['glasswing-collective', 'northwind-directorate']);

    // Clicks need the tab in front (a hidden tab does not render, so puppeteer waits for it).
    await options.bringToFront();
    await options.click('[data-testid="remove-import"]');
    await waitFor(async () => (await highlightCount(page)) === 0, 'imported actors no longer highlighted');
    expect(await dataInUse(options)).toContain('the bundled dataset, version');
    for (const p of [options, demo, fresh, page]) await p.close();
  });

  it('replace mode uses the file alone', async () => {
    const { page } = await session.openPage(server.url('news.html'));
    const bundledCount = (await waitForScan(page)).actors.length;
    expect(bundledCount).toBeGreaterThan(5);
    const options = await openExtensionPage(session, page, 'options');
    await importFile(options, 'valid-add.json', 'replace');
    await options.waitForSelector('[data-testid="import-status"] .ok');
    await waitFor(async () => (await highlightCount(page)) === 0, 'bundled actors gone from the demo page');
    expect(await dataInUse(options)).toContain('only your file');
    await options.click('[data-testid="remove-import"]');
    await waitFor(async () => (await waitForScan(page)).actors.length === bundledCount, 'bundled data back');
    await options.close();
    await page.close();
  });

  it('an invalid file shows every problem with its path and changes nothing', async () => {
    const { page } = await session.openPage(server.url('news.html'));
    const before = await waitForScan(page);
    const highlightsBefore = await highlightCount(page);
    const options = await openExtensionPage(session, page, 'options');
    await options.waitForSelector('[data-testid="data-in-use"]');
    const inUseBefore = await dataInUse(options);

    await importFile(options, 'invalid-references.json', 'add');
    await options.waitForSelector('[data-testid="import-problems"]');
    const problems = await texts(options, '[data-testid="import-problems"] li');
    expect(problems).toEqual(
      expect.arrayContaining([
        '$.claims[0].accused[0]: accused actor "no-such-actor" does not match any id in $.actors',
        expect.stringMatching(/^\$\.sources\[0\]\.url: URL scheme "ftp:" is not allowed/),
        expect.stringMatching(/^\$\.actors\[0\]\.names\[1\]\.text: alias "MSS" also belongs to "mss"/),
      ]),
    );
    expect(await options.$eval('[data-testid="import-problems"]', (el) => el.textContent ?? '')).toContain(
      'was not imported, and nothing changed',
    );

    await importFile(options, 'not-json.json', 'replace');
    await waitFor(
      async () => (await texts(options, '[data-testid="import-problems"] li')).some((t) => t.startsWith('$: not valid JSON')),
      'JSON error shown',
    );

    await importFile(options, 'invalid-shape.json', 'add');
    await waitFor(
      async () => (await texts(options, '[data-testid="import-problems"] li')).includes('$.actors[1].kind: missing required field "kind"'),
      'shape error shown',
    );

    expect(await dataInUse(options)).toBe(inUseBefore);
    expect(
      await options.evaluate(async () => {
        type Local = { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
        const scope = globalThis as unknown as { browser?: Local; chrome: Local };
        return Object.keys(await (scope.browser ?? scope.chrome).storage.local.get('importedDataset')).length;
      }),
    ).toBe(0);
    const { page: again } = await session.openPage(server.url('news.html'));
    expect((await waitForScan(again)).actors).toEqual(before.actors);
    expect(await highlightCount(page)).toBe(highlightsBefore);
    for (const p of [options, again, page]) await p.close();
  });

  it('turns a site off from the list and on again; pause; highlight style and delays are saved', async () => {
    const { page } = await session.openPage(server.url('news.html'));
    await waitForScan(page);
    const before = await highlightCount(page);
    const options = await openExtensionPage(session, page, 'options');
    await options.waitForSelector('[data-testid="site-input"]');

    await options.type('[data-testid="site-input"]', 'not a site');
    await options.keyboard.press('Enter');
    await options.waitForSelector('#site-error');

    await options.$eval('[data-testid="site-input"]', (el) => ((el as HTMLInputElement).value = ''));
    await options.type('[data-testid="site-input"]', `${server.url('news.html')}`);
    await options.keyboard.press('Enter');
    await options.waitForSelector('[data-testid="disabled-sites"] li');
    expect(await texts(options, '[data-testid="disabled-sites"] li span')).toEqual(['127.0.0.1']);
    await waitFor(async () => (await highlightCount(page)) === 0, 'site off');

    await options.click('[data-testid="disabled-sites"] button');
    await options.waitForSelector('[data-testid="no-disabled-sites"]');
    await waitFor(async () => (await highlightCount(page)) === before, 'site on again');

    await options.click('[data-testid="options-pause"]');
    await waitFor(async () => (await highlightCount(page)) === 0, 'paused');
    await options.click('[data-testid="options-pause"]');
    await waitFor(async () => (await highlightCount(page)) === before, 'unpaused');

    await options.click('input[name="highlight-style"][value="background"]');
    await options.$eval('#open-delay', (el) => {
      (el as HTMLInputElement).value = '800';
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // A fresh options page reads them back from storage.
    await waitFor(async () => (await options.$eval('#open-delay', (el) => (el as HTMLInputElement).value)) === '800', 'delay saved');
    await options.close();
    const reopened = await openExtensionPage(session, page, 'options');
    await reopened.waitForSelector('#open-delay');
    await waitFor(async () => (await reopened.$eval('#open-delay', (el) => (el as HTMLInputElement).value)) === '800', 'delay read back');
    expect(await reopened.$eval('input[name="highlight-style"][value="background"]', (el) => (el as HTMLInputElement).checked)).toBe(true);
    // Back to the defaults for the next tests, through real storage, and seen by the page.
    await reopened.click('input[name="highlight-style"][value="underline"]');
    await reopened.$eval('#open-delay', (el) => {
      (el as HTMLInputElement).value = '500';
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const reread = await openExtensionPage(session, page, 'options');
    await waitFor(async () => (await reread.$eval('#open-delay', (el) => (el as HTMLInputElement).value)) === '500', 'delay reset');
    await reread.close();
    await reopened.close();
    await page.close();
  });

  it('is accessible (axe-core) and reads well in light and dark, problems included', async () => {
    const { page } = await session.openPage(server.url('news.html'));
    await waitForScan(page);
    const options = await openExtensionPage(session, page, 'options');
    await options.setViewport({ width: 900, height: 1400 });
    await importFile(options, 'invalid-references.json', 'add');
    await options.waitForSelector('[data-testid="import-problems"]');
    expect(await runAxe(options)).toEqual([]);
    await screenshot(options, session, 'options-light');
    await emulateColorScheme(options, session, 'dark');
    expect(await runAxe(options)).toEqual([]);
    await screenshot(options, session, 'options-dark');
    await options.evaluate(() => document.getElementById('rubric')?.scrollIntoView());
    await screenshot(options, session, 'options-rubric-dark');
    await options.close();
    await page.close();
  });
});
