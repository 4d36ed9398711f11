/**
 * Typed settings shared by the popup, the options page and the content script. Stored in
 * `storage.sync` so a reader's preferences follow them between machines (Firefox keeps them
 * locally when sync is off). Unknown or malformed stored values fall back to the defaults
 * instead of breaking a page.
 */
import { browser } from './browser';
import { normalizeSettings, siteKey, type Settings } from './settings-rules';

export * from './settings-rules';

const STORAGE_KEY = 'settings';

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(STORAGE_KEY);
  return normalizeSettings(stored[STORAGE_KEY]);
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await getSettings()), ...patch });
  await browser.storage.sync.set({ [STORAGE_KEY]: next });
  return next;
}

/** Add or remove a site from the disabled list. */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<Settings> {
  const key = siteKey(hostname);
  const current = await getSettings();
  const others = current.disabledSites.filter((site) => site !== key);
  return updateSettings({ disabledSites: enabled ? others : [...others, key] });
}

/** Call `callback` with the new settings whenever they change, until `signal` aborts. */
export function onSettingsChanged(callback: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'sync' || !(STORAGE_KEY in changes)) return;
    callback(normalizeSettings(changes[STORAGE_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
