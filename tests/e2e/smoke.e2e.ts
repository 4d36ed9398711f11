import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession } from './harness/browsers';
import { openExtensionPage, pageSummary, waitFor } from './harness/extension';
import { DEMO_DIR } from './harness/paths';
import { startFixtureServer, type FixtureServer } from './harness/server';

describe.each(E2E_BROWSERS)('smoke in %s', (kind) => {
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

  it('runs the content script on the demo page', async () => {
    const { page, problems } = await session.openPage(server.url('news.html'));
    const summary = await waitFor(() => pageSummary(page), 'content script answered');
    expect(summary.state).not.toBe('site-disabled');
    expect(problems.pageErrors).toEqual([]);
  });

  it('opens the popup for the tab', async () => {
    const { page } = await session.openPage(server.url('news.html'));
    await waitFor(() => pageSummary(page), 'content script answered');
    const popup = await openExtensionPage(session, page, 'popup');
    const heading = await popup.$eval('h1', (element) => element.textContent ?? '');
    expect(heading).toContain('Counterclaim');
  });
});
