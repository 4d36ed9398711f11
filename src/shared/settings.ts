/**
 * Typed settings shared by the popup, the options page and the content script. Stored in
 * `storage.sync` so a reader's preferences follow them between machines (Firefox keeps them
 * locally when sync is off). Unknown or malformed stored values fall back to the defaults
 * instead of breaking a page.
 */
import { browser } from './browser';
import { DEFAULT_CLOSE_DELAY_MS, DEFAULT_OPEN_DELAY_MS } from './constants';

export type HighlightStyle = 'underline' | 'background' | 'none';

export interface Settings {
  /** Global pause: no scanning anywhere. */
  paused: boolean;
  /** Hostnames (e.g. `news.example.com`) where the extension does nothing. */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  openDelayMs: number;
  closeDelayMs: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  paused: false,
  disabledSites: [],
  highlightStyle: 'underline',
  openDelayMs: DEFAULT_OPEN_DELAY_MS,
  closeDelayMs: DEFAULT_CLOSE_DELAY_MS,
});

const STORAGE_KEY = 'settings';
const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'none'];
const MAX_DELAY_MS = 5000;

function clampDelay(value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(MAX_DELAY_MS, Math.max(0, Math.round(value)));
}

function readSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((site): site is string => typeof site === 'string' && site.length > 0);
}

/** Turn whatever is stored into valid settings; pure, so it is tested directly. */
export function normalizeSettings(raw: unknown): Settings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const style = stored.highlightStyle;
  return {
    paused: stored.paused === true,
    disabledSites: readSites(stored.disabledSites),
    highlightStyle: HIGHLIGHT_STYLES.includes(style as HighlightStyle) ? (style as HighlightStyle) : DEFAULT_SETTINGS.highlightStyle,
    openDelayMs: clampDelay(stored.openDelayMs, DEFAULT_SETTINGS.openDelayMs),
    closeDelayMs: clampDelay(stored.closeDelayMs, DEFAULT_SETTINGS.closeDelayMs),
  };
}

/** Lower-cased hostname without a leading `www.`, the unit a site switch applies to. */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** Whether the extension may scan a page on `hostname` under these settings. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  if (settings.paused) return false;
  return !settings.disabledSites.includes(siteKey(hostname));
}

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
