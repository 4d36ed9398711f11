import { browser } from '../shared/browser';
import { handleMessages } from '../shared/messages';

/** Opens an extension page in a tab for end-to-end tests (the e2e build only). */
async function openPageForTests(page: 'popup' | 'options', tabId: number | undefined): Promise<null> {
  const query = tabId === undefined ? '' : `?tab=${tabId}`;
  await browser.tabs.create({ url: browser.runtime.getURL(`${page}.html${query}`) });
  return null;
}

export function registerBackground(): void {
  handleMessages({
    'e2e/open-popup': (payload, sender) => {
      if (!__E2E__) throw new Error('not available');
      return openPageForTests(payload.page, sender.tab?.id);
    },
  });
}
