/**
 * Background listeners, all registered synchronously when the worker starts, so a stopped
 * service worker (Chrome) or unloaded event page (Firefox) is woken by the event it missed.
 * Nothing is kept in module variables: per-tab state is the browser's own badge text, and what a
 * tab shows is asked of its content script again when needed.
 */
import { browser } from '../shared/browser';
import { recheckStoredImport } from '../shared/dataset-import';
import { handleMessages, sendToTab } from '../shared/messages';
import { setTabBadge } from './badge';
import { exploreHash } from './explore-hash';
import { registerContentSupport } from './content-support';

/** Opens an extension page in a tab for end-to-end tests (the e2e build only). */
async function openPageForTests(page: 'popup' | 'options' | 'explore', tabId: number | undefined, hash = ''): Promise<null> {
  const query = tabId === undefined || page === 'explore' ? '' : `?tab=${tabId}`;
  await browser.tabs.create({ url: browser.runtime.getURL(`${page}.html${query}${exploreHash(hash)}`) });
  return null;
}

/** Ask a freshly loaded tab what it found (covers reports sent before a navigation cleared the badge). */
async function refreshBadge(tabId: number): Promise<void> {
  const reply = await sendToTab(tabId, 'page/get-summary', {});
  if (!reply.ok) return;
  const { state, actors } = reply.value;
  await setTabBadge(tabId, state === 'ready' || state === 'scanning' ? actors.length : 0);
}

export function registerBackground(): void {
  registerContentSupport();
  handleMessages({
    'page/actors-changed': async (payload, sender) => {
      const tabId = sender.tab?.id;
      // Only the top frame's content script reports; a frame's report would overwrite the page's.
      if (tabId === undefined || (sender.frameId !== undefined && sender.frameId !== 0)) return null;
      await setTabBadge(tabId, payload.actorCount);
      return null;
    },
    'e2e/open-popup': (payload, sender) => {
      if (!__E2E__) throw new Error('not available');
      const page = payload.page === 'options' || payload.page === 'explore' ? payload.page : 'popup';
      return openPageForTests(page, sender.tab?.id, payload.hash);
    },
    'ui/open-explore': async (payload) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`explore.html${exploreHash(String(payload.hash))}`) });
      return null;
    },
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // A new document: the old page's count no longer applies (browsers reset per-tab badges on
    // navigation too; clearing here also covers reloads and history navigations).
    if (changeInfo.status === 'loading') void setTabBadge(tabId, 0);
    if (changeInfo.status === 'complete') void refreshBadge(tabId);
  });

  browser.runtime.onInstalled.addListener((details) => {
    // A new bundled dataset may no longer combine with the reader's import: re-check it once.
    if (details.reason === 'update') void recheckStoredImport();
  });
}
