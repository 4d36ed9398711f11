/**
 * One-off generator for tests/fixtures/sources/brief-quotes.json: the research brief's verbatim
 * quotes, keyed by source URL, for only the URLs the dataset cites. The quote-provenance test reads
 * this file, so `npm test` works on a clone without ../shared.
 *
 * Usage: npx tsx tests/tools/extract-brief-quotes.ts [facts.md] [dataset.json] [out.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One brief row's quote, split at the brief's own " / " and " ... " joins. */
export interface BriefQuote {
  row: string;
  segments: string[];
}

/** Brief quotes by source URL. */
export type BriefQuotes = Record<string, BriefQuote[]>;

const ROW = /^\|\s*\*\*([A-Z]\d+)\*\*/;

/**
 * Parses the brief's markdown tables. URLs are keyed without their #fragment: a fragment points
 * into the same document, so two rows citing different lines of one file share one entry. Each
 * row is `| **ID** statement | actors | date | url | “quote” |`; the outer curly
 * quote marks belong to the table, not to the quote.
 */
export function parseBriefQuotes(markdown: string): BriefQuotes {
  const out: BriefQuotes = {};
  for (const line of markdown.split('\n')) {
    const id = ROW.exec(line)?.[1];
    if (id === undefined) continue;
    const cells = line
      .replace(/^\|\s*/, '')
      .replace(/\s*\|\s*$/, '')
      .split(' | ');
    const url = cells[3]?.trim().replace(/#.*$/, '');
    const quote = cells.slice(4).join(' | ').trim();
    if (url === undefined || !/^https?:\/\//.test(url) || !quote.startsWith('“') || !quote.endsWith('”')) continue;
    const inner = quote.slice(1, -1);
    // " / " joins two separate passages and " ... " marks an elision: a dataset quote may not
    // span either, so each passage is stored on its own.
    const segments = inner
      .split(/ \/ | \.\.\. /)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    (out[url] ??= []).push({ row: id, segments });
  }
  return out;
}

function citedUrls(datasetJson: string): Set<string> {
  const dataset = JSON.parse(datasetJson) as { sources: { url: string }[] };
  return new Set(dataset.sources.map((s) => s.url.replace(/#.*$/, '')));
}

function main(argv: string[]): void {
  const [
    factsPath = '../shared/research/facts.md',
    datasetPath = 'src/data/dataset.json',
    outPath = 'tests/fixtures/sources/brief-quotes.json',
  ] = argv;
  const all = parseBriefQuotes(readFileSync(factsPath, 'utf8'));
  const cited = citedUrls(readFileSync(datasetPath, 'utf8'));
  const kept: BriefQuotes = {};
  for (const url of [...cited].sort()) {
    const quotes = all[url];
    if (quotes !== undefined) kept[url] = quotes;
  }
  writeFileSync(outPath, `${JSON.stringify(kept, null, 1)}\n`);
  const missing = [...cited].filter((url) => all[url] === undefined);
  console.log(`wrote ${Object.keys(kept).length} URLs to ${outPath}`);
  if (missing.length > 0) console.log(`cited URLs with no brief quote (article text only?):\n  ${missing.join('\n  ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
