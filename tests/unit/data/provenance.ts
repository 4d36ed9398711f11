/**
 * Quote provenance: where the stored text for a source URL comes from, and the only normalisation
 * allowed before a quote must be found in it verbatim.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../../src/data/schema';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'sources');

/** Full article texts stored under tests/fixtures/sources, by source URL. */
export const ARTICLE_FILES: Readonly<Record<string, string>> = {
  'https://therecord.media/china-taiwan-hacks-identify-cyber': 'therecord-china-identifies-taiwanese-hackers.txt',
};

type BriefQuotes = Record<string, { row: string; segments: string[] }[]>;

/**
 * Only typography differs between copies of the same words: curly vs straight quote marks, no-break
 * and narrow spaces, runs of whitespace. Nothing else is folded — not case, not punctuation, not
 * full-width vs ASCII commas in Chinese.
 */
export function normalizeQuoteText(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The stored passages for a URL (fragment ignored): the article text and/or the passages recorded
 * for it in `quotes/*.json` (one file per curation batch: the research briefs' quotes as seen in
 * stored copies of each page, ATT&CK attribution sentences as rendered on each group's page).
 */
export function loadPassages(): (url: string) => string[] {
  const byUrl = new Map<string, string[]>();
  const dir = join(FIXTURES, 'quotes');
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const file = JSON.parse(readFileSync(join(dir, name), 'utf8')) as BriefQuotes;
    for (const [url, rows] of Object.entries(file)) byUrl.set(url, [...(byUrl.get(url) ?? []), ...rows.flatMap((q) => q.segments)]);
  }
  return (url) => {
    const key = url.replace(/#.*$/, '');
    const passages = [...(byUrl.get(key) ?? [])];
    const article = ARTICLE_FILES[key];
    if (article !== undefined) passages.push(readFileSync(join(FIXTURES, article), 'utf8'));
    return passages.map(normalizeQuoteText);
  };
}

/** Every quote in the dataset that is not found in its source's stored text, described. */
export function unprovenQuotes(dataset: Dataset, passagesFor: (url: string) => string[]): string[] {
  const urls = new Map(dataset.sources.map((s) => [s.id, s.url]));
  const failures: string[] = [];
  const lists: [string, { id?: string; claimId?: string; sourceRefs: Dataset['claims'][number]['sourceRefs'] }[]][] = [
    ['claims', dataset.claims],
    ['responses', dataset.responses],
    ['evidence', dataset.evidence],
  ];
  for (const [kind, items] of lists) {
    items.forEach((item, i) => {
      item.sourceRefs.forEach((ref, j) => {
        const where = `$.${kind}[${i}].sourceRefs[${j}] (${item.id ?? item.claimId})`;
        const url = urls.get(ref.sourceId);
        if (url === undefined) return failures.push(`${where}: source "${ref.sourceId}" does not exist`);
        const passages = passagesFor(url);
        if (passages.length === 0) return failures.push(`${where}: no stored text for ${url}`);
        const quote = normalizeQuoteText(ref.quote);
        if (!passages.some((p) => p.includes(quote)))
          failures.push(`${where}: quote not found verbatim in ${url}: "${ref.quote.slice(0, 80)}"`);
        return undefined;
      });
    });
  }
  return failures;
}
