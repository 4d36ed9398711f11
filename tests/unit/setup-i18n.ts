/**
 * A stand-in for `browser.i18n` in unit tests, reading the same `messages.json` the build writes
 * (from src/shared/i18n-catalogue.ts) and substituting as the browsers do: `$NAME$` placeholders
 * resolve to their `content`, then `$1`… to the substitutions. `setTestLocale` switches language.
 */
import { messagesJson, type LocaleFolder } from '../../src/shared/i18n-catalogue';

const UI_LANGUAGES: Record<LocaleFolder, string> = { en: 'en-GB', zh_TW: 'zh-TW', zh_CN: 'zh-CN' };

let current: LocaleFolder = 'en';
const catalogues = new Map<LocaleFolder, ReturnType<typeof messagesJson>>();

function catalogue(folder: LocaleFolder) {
  let messages = catalogues.get(folder);
  if (!messages) {
    messages = messagesJson(folder);
    catalogues.set(folder, messages);
  }
  return messages;
}

/** What `getMessage` returns, following the documented placeholder rules. */
export function getTestMessage(folder: LocaleFolder, key: string, substitutions: string | string[] = []): string {
  const entry = catalogue(folder)[key];
  if (!entry) return '';
  const subs = Array.isArray(substitutions) ? substitutions : [substitutions];
  const withPlaceholders = entry.message.replace(
    /\$([A-Za-z0-9_]+)\$/g,
    (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '',
  );
  return withPlaceholders.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

export function setTestLocale(folder: LocaleFolder): void {
  current = folder;
}

(globalThis as unknown as { chrome: unknown }).chrome = {
  i18n: {
    getMessage: (key: string, substitutions?: string | string[]) => getTestMessage(current, key, substitutions),
    getUILanguage: () => UI_LANGUAGES[current],
  },
};
