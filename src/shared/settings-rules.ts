/**
 * The pure rules of the settings: their type, defaults, how stored values are normalised, and
 * which sites they switch off. No browser API, so tests import it directly; `settings.ts`
 * re-exports everything here with the storage functions.
 */
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

const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'none'];
/** Longest hover delay accepted: beyond five seconds a reader would think the card is broken. */
export const MAX_DELAY_MS = 5000;

function clampDelay(value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(MAX_DELAY_MS, Math.max(0, Math.round(value)));
}

/** Most disabled sites kept: storage.sync allows 8 KB per item, and a list this long is a mistake. */
const MAX_DISABLED_SITES = 500;

function readSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const sites = value.filter((site): site is string => typeof site === 'string' && site.trim().length > 0);
  return [...new Set(sites.map((site) => siteKey(site.trim())))].slice(0, MAX_DISABLED_SITES);
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

/**
 * The site key a reader means by what they typed in the options page: a hostname
 * (`news.example.com`), or a whole URL (`https://www.example.com/story`). Null when it names no
 * site (empty, spaces inside, a path without a host, a non-web scheme).
 */
export function parseSiteInput(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '' || /\s/.test(text)) return null;
  return siteKey(url.hostname);
}

/** Whether the extension may scan a page on `hostname` under these settings. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  if (settings.paused) return false;
  return !settings.disabledSites.includes(siteKey(hostname));
}
