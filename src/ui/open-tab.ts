/**
 * Opening the extension's own pages (explore, options) in a new tab through the tabs API, from
 * the popup and the options page alike: a plain link with `target="_blank"` is not opened the
 * same way by both browsers from an extension page, and the popup must close itself afterwards.
 */
import { browser } from '../shared/browser';

/** Props for a link to an extension page that opens it in a tab; `then` runs once it is open. */
export function tabLink(path: string, then?: () => void): { href: string; onClick(event: MouseEvent): void } {
  return {
    href: path,
    onClick(event) {
      event.preventDefault();
      void browser.tabs.create({ url: browser.runtime.getURL(path) }).then(() => then?.());
    },
  };
}
