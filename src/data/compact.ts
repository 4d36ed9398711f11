/**
 * The compact form of the dataset shipped in the bundle: the same records with short field names.
 *
 * Field names are about a fifth of the minified dataset, and the content script has a size budget,
 * so `dataset.compact.json` stores every record field under a one- or two-letter key. The mapping
 * is lossless: `expandDataset(compactDataset(d))` deep-equals `d`, and a unit test checks that the
 * committed compact file matches the curated `dataset.json`. Regenerate it with
 * `npm run data`.
 */
import type { Dataset } from './schema';

/**
 * Long field name to short key. Top-level collection names stay long (they occur once). Each short
 * key is unique, and none equals a long name, so the mapping inverts without ambiguity.
 */
export const COMPACT_KEYS: Readonly<Record<string, string>> = {
  id: 'i',
  title: 't',
  displayName: 'n',
  kind: 'k',
  affiliation: 'a',
  description: 'd',
  names: 'N',
  text: 'x',
  lang: 'l',
  match: 'm',
  foldDiacritics: 'f',
  shared: 'S',
  episode: 'e',
  claimants: 'c',
  accused: 'A',
  summary: 's',
  date: 'D',
  dateNote: 'dn',
  note: 'o',
  sourceRefs: 'r',
  sourceId: 'R',
  quote: 'q',
  claimId: 'C',
  by: 'b',
  stance: 'st',
  status: 'ss',
  rationale: 'ra',
  url: 'u',
  httpNote: 'h',
  publisher: 'p',
  publisherId: 'P',
  tier: 'T',
};

const EXPAND_KEYS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(COMPACT_KEYS).map(([long, short]) => [short, long]),
);

/** The compact form: plain JSON with short field names. Only ever produced by `compactDataset`. */
export type CompactDataset = Record<string, unknown>;

/** Renames every record field of a (validated) dataset to its short key. */
export function compactDataset(dataset: Dataset): CompactDataset {
  return renameKeys(dataset, COMPACT_KEYS) as CompactDataset;
}

/**
 * Restores field names. The input is trusted: it is the committed compact file, checked against
 * the validated `dataset.json` by a unit test and by the build, so it is not validated again on
 * the content script's hot path.
 */
export function expandDataset(compact: CompactDataset): Dataset {
  return renameKeys(compact, EXPAND_KEYS) as Dataset;
}

function renameKeys(value: unknown, map: Readonly<Record<string, string>>): unknown {
  if (Array.isArray(value)) return value.map((item) => renameKeys(item, map));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[map[key] ?? key] = renameKeys(inner, map);
  return out;
}
