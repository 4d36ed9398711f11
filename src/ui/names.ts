/**
 * Which of an actor's names to show where, for the interface language. Pure (no DOM, no browser
 * API), so it is tested directly.
 *
 * - In a Chinese interface the actor's Chinese name comes first: zh-TW prefers `zh-Hant` and `zh`
 *   (same characters in both scripts) names, zh-CN `zh-Hans` and `zh`; a name in the other script
 *   is still better than none. The English display name follows.
 * - In the English interface the display name comes first and names in other scripts follow.
 * - Glance lines use a short name: "MSS" rather than "Ministry of State Security (MSS)".
 */
import type { DatasetIndex } from '../data/dataset-index';
import type { Actor, Alias } from '../data/schema';
import type { UiLanguage } from '../shared/i18n';

/** Dataset prose (display names, summaries, descriptions) is written in English. */
export const DATASET_LANG = 'en';

/** A name with the language it is written in, so it is marked up with the right `lang`. */
export interface ShownName {
  text: string;
  lang: string;
}

/** Longest display name used as is on a glance line. */
const SHORT_NAME_MAX = 28;

const CJK_LANGS: Readonly<Record<'zh-TW' | 'zh-CN', readonly Alias['lang'][]>> = {
  'zh-TW': ['zh-Hant', 'zh', 'zh-Hans'],
  'zh-CN': ['zh-Hans', 'zh', 'zh-Hant'],
};

/** Chinese names in the interface's preferred script order (curators' order within a script). */
function chineseNames(actor: Actor, language: 'zh-TW' | 'zh-CN'): Alias[] {
  const names: Alias[] = [];
  for (const lang of CJK_LANGS[language]) names.push(...actor.names.filter((n) => n.lang === lang));
  return names;
}

/** The name a heading shows first. */
export function primaryName(actor: Actor, language: UiLanguage): ShownName {
  if (language !== 'en') {
    const chinese = chineseNames(actor, language)[0];
    if (chinese) return { text: chinese.text, lang: chinese.lang };
  }
  return { text: actor.displayName, lang: DATASET_LANG };
}

/**
 * The names shown under the heading: the display name in a Chinese interface (when the heading
 * is Chinese), or the names in other scripts in the English one (deduplicated, at most `max`).
 */
export function secondaryNames(actor: Actor, language: UiLanguage, max = 3): ShownName[] {
  const primary = primaryName(actor, language);
  if (primary.lang !== DATASET_LANG) return [{ text: actor.displayName, lang: DATASET_LANG }];
  const seen = new Set<string>();
  const out: ShownName[] = [];
  const native = language === 'en' ? actor.names.filter((n) => n.lang !== 'en' && n.lang !== 'und') : [];
  for (const name of native) {
    if (seen.has(name.text) || out.length >= max) continue;
    seen.add(name.text);
    out.push({ text: name.text, lang: name.lang });
  }
  return out;
}

/**
 * A short name for tight lines: a Chinese name in a Chinese interface (the shortest of the
 * preferred script with at least two characters); else the display name when short, the
 * acronym a long display name ends with ("… (ICEFCOM)"), or its shortest English name of three
 * or more characters.
 */
export function shortName(actor: Actor, language: UiLanguage): ShownName {
  if (language !== 'en') {
    const preferred = chineseNames(actor, language);
    const script = preferred[0]?.lang;
    const sameScript = preferred.filter((n) => n.lang === script && [...n.text].length >= 2);
    const shortest = sameScript.sort((a, b) => [...a.text].length - [...b.text].length)[0];
    if (shortest) return { text: shortest.text, lang: shortest.lang };
  }
  const display = actor.displayName;
  if (display.length <= SHORT_NAME_MAX) return { text: display, lang: DATASET_LANG };
  const acronym = /\(([^()]{2,20})\)\s*$/.exec(display)?.[1];
  if (acronym) return { text: acronym, lang: DATASET_LANG };
  const english = actor.names.filter((n) => n.lang === 'en' && n.text.length >= 3).sort((a, b) => a.text.length - b.text.length)[0];
  return { text: english?.text ?? display, lang: DATASET_LANG };
}

/** The short name of an actor id; the id itself when the index does not hold the actor. */
export function shortNameOf(index: DatasetIndex, id: string, language: UiLanguage): ShownName {
  const actor = index.actorsById.get(id);
  return actor ? shortName(actor, language) : { text: id, lang: DATASET_LANG };
}

/** The display name (or Chinese name, per `primaryName`) of an actor id. */
export function nameOf(index: DatasetIndex, id: string, language: UiLanguage): ShownName {
  const actor = index.actorsById.get(id);
  return actor ? primaryName(actor, language) : { text: id, lang: DATASET_LANG };
}

/** Names used by one party (a vendor, a government), or by nobody recorded (`by` null). */
export interface NameGroup {
  /** Actor id of the user, or null for names whose users the data does not record. */
  by: string | null;
  names: ShownName[];
}

/**
 * The naming schemes the press cites most, shown first so the folded list still answers "what do
 * the big vendors call it" (Mandiant: APT28 · CrowdStrike: Fancy Bear · Microsoft: Forest Blizzard).
 */
const LEADING_NAMERS: readonly string[] = ['mandiant', 'crowdstrike', 'microsoft'];

/**
 * "Also known as", grouped by who uses each name (Mandiant: APT28 · CrowdStrike: Fancy Bear …).
 * A name used by several parties appears under each. The leading namers' groups come first, the
 * others in the order their first name has in the data; names without `usedBy` come last, under
 * a neutral heading. A user's group keeps the heading name (it says who coined it); only an
 * unattributed heading name and repeats within a group are left out.
 */
export function nameGroups(actor: Actor, language: UiLanguage): NameGroup[] {
  const heading = primaryName(actor, language).text;
  const groups = new Map<string | null, NameGroup>();
  const add = (by: string | null, alias: Alias) => {
    let group = groups.get(by);
    if (!group) {
      group = { by, names: [] };
      groups.set(by, group);
    }
    if (!group.names.some((n) => n.text === alias.text)) group.names.push({ text: alias.text, lang: alias.lang });
  };
  for (const alias of actor.names) {
    if (alias.usedBy && alias.usedBy.length > 0) for (const by of alias.usedBy) add(by, alias);
    else if (alias.text !== heading) add(null, alias);
  }
  const unattributed = groups.get(null);
  groups.delete(null);
  const rank = (by: string | null) => {
    const at = by === null ? -1 : LEADING_NAMERS.indexOf(by);
    return at < 0 ? LEADING_NAMERS.length : at;
  };
  // Array.prototype.sort is stable: the other users keep the data's order.
  const ordered = [...groups.values()].sort((a, b) => rank(a.by) - rank(b.by));
  return unattributed ? [...ordered, unattributed] : ordered;
}

/** How many names the groups hold in all (a name under two users counts twice). */
export function countNames(groups: readonly NameGroup[]): number {
  return groups.reduce((sum, group) => sum + group.names.length, 0);
}
