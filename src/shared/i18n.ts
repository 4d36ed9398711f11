/**
 * Interface strings at run time, through the browser's own i18n API: the browser picks the
 * catalogue (`_locales/<lang>/messages.json`, written by the build from
 * `i18n-catalogue.ts`) that matches its interface language, falling back to English.
 *
 * The API is read from the global the browser provides in every extension context, content
 * scripts and the lazily loaded card module included (Firefox provides `browser` and `chrome`,
 * Chromium `chrome`), so the card does not need to bundle the polyfill for one synchronous call.
 * Unit tests install a stand-in that reads the catalogue (tests/unit/setup-i18n.ts).
 */
import type { MessageKey } from './i18n-catalogue';

export type { MessageKey };

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

function api(): I18nApi | undefined {
  const scope = globalThis as unknown as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return scope.browser?.i18n ?? scope.chrome?.i18n;
}

/** The interface string `key` with `$1`… filled in; the key itself if the catalogue lacks it. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const text = api()?.getMessage(key, substitutions.map(String));
  return text || key;
}

/** Plural keys exist as `<base>_one` and `<base>_other` in every locale (see the catalogue). */
type PluralBase = MessageKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never;

/** A count with its noun, in the interface language's plural rule. */
export function plural(base: PluralBase, count: number): string {
  const form = new Intl.PluralRules(uiLocale()).select(count) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}` as MessageKey, count);
}

/** The languages of the interface; dataset text keeps its own language. */
export type UiLanguage = 'en' | 'zh-TW' | 'zh-CN';

/**
 * The language the interface is shown in: the catalogue the browser chose (its `locale_tag`
 * entry), so dates and name order always agree with the words around them.
 */
export function uiLanguage(): UiLanguage {
  const tag = api()?.getMessage('locale_tag');
  return tag === 'zh-TW' || tag === 'zh-CN' ? tag : 'en';
}

/**
 * The locale for `Intl` formatting: the interface language, refined by the browser's own
 * language within English (en-GB readers get "17 March 2025", en-US readers "March 17, 2025").
 */
export function uiLocale(): string {
  const language = uiLanguage();
  if (language !== 'en') return language;
  const browserLanguage = api()?.getUILanguage() ?? 'en';
  return browserLanguage.toLowerCase().startsWith('en') ? browserLanguage : 'en';
}
