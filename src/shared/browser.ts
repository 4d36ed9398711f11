/**
 * The only import of webextension-polyfill in the project. Every other module takes the
 * `browser` namespace from here, so the polyfill is bundled once per entry and swapping it out
 * is a one-line change.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
