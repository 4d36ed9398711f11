/**
 * Opening the extension's own pages from the popup: in a new tab, and, when this is the toolbar
 * popup, closing it (it would otherwise sit over the new tab).
 */
import { browser } from '../shared/browser';
import { isOpenedAsPage } from './target-tab';

export async function openExtensionTab(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
  if (!isOpenedAsPage()) window.close();
}

/** Props for a link to an extension page that opens it in a tab (and still works as a plain link). */
export function tabLink(path: string): { href: string; onClick(event: MouseEvent): void } {
  return {
    href: path,
    onClick(event) {
      event.preventDefault();
      void openExtensionTab(path);
    },
  };
}
