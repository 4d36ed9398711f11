/**
 * Which tab the popup speaks about, and what can be learnt about it without the `tabs`
 * permission: `?tab=` when the popup is opened as a page (tests), else the active tab of the
 * window the toolbar button was clicked in.
 */
import { browser } from '../shared/browser';

/** True when opened as a page with `?tab=` (tests): the popup then never closes itself. */
export function isOpenedAsPage(): boolean {
  return new URLSearchParams(location.search).has('tab');
}

/** Closes the toolbar popup (it would sit over a tab it just opened); a popup opened as a page stays. */
export function closeIfPopup(): void {
  if (!isOpenedAsPage()) window.close();
}

export async function targetTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery) {
    const id = Number(fromQuery);
    return Number.isInteger(id) ? id : undefined;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export interface TabFacts {
  /** Hostname of the page, when the browser tells us (host permission for it, which the content script's matches give). */
  hostname: string | null;
  loading: boolean;
}

/** The tab's hostname and load state; nulls when the tab is gone or the URL is hidden from us. */
export async function tabFacts(tabId: number): Promise<TabFacts> {
  try {
    const tab = await browser.tabs.get(tabId);
    let hostname: string | null = null;
    if (tab.url) {
      const url = new URL(tab.url);
      if (url.protocol === 'http:' || url.protocol === 'https:') hostname = url.hostname;
    }
    return { hostname, loading: tab.status === 'loading' };
  } catch {
    return { hostname: null, loading: false };
  }
}
