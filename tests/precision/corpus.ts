/**
 * The real-page precision check (issue 11): scan saved pages with every name of the dataset and
 * compare every highlight with the reviewed expectations file. A highlight that is not listed, a
 * listed one that no longer occurs, or any entry whose verdict is "wrong" fails the check.
 *
 *   npx tsx tests/precision/corpus.ts [dir] [--write]     (default dir: ../shared/corpus/readability)
 *
 * `--write` adds unlisted highlights to the file with verdict "unreviewed" (and removes entries
 * that no longer occur) for a person to review; "unreviewed" also fails the check.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_DATASET } from '../../src/data/bundled-dataset';
import type { Matcher } from '../../src/match/types';
import { finderFor, highlightsOf, parseSavedPage } from '../../src/tools/scan-page';

const HERE = dirname(fileURLToPath(import.meta.url));
export const EXPECTATIONS = join(HERE, '..', 'fixtures', 'precision', 'corpus-expectations.json');

/** One reviewed highlight form on one page. */
export interface CorpusExpectation {
  page: string;
  actorId: string;
  text: string;
  count: number;
  /** Up to 80 characters around the first occurrence, for the reviewer. */
  context: string;
  verdict: 'correct' | 'wrong' | 'unreviewed';
  note?: string;
}

export interface PageHighlight {
  page: string;
  actorId: string;
  text: string;
  count: number;
  context: string;
}

/** Highlights on one parsed page, grouped by actor and text form. */
function highlightsByForm(page: string, document: Document, finder: Matcher): PageHighlight[] {
  const byKey = new Map<string, PageHighlight>();
  for (const h of highlightsOf(document, finder)) {
    const key = `${h.actorId}\u0000${h.text}`;
    const prior = byKey.get(key);
    if (prior) prior.count++;
    else
      byKey.set(key, {
        page,
        actorId: h.actorId,
        text: h.text,
        count: 1,
        context: h.run
          .slice(Math.max(0, h.start - 40), h.end + 40)
          .replace(/\s+/g, ' ')
          .trim(),
      });
  }
  return [...byKey.values()];
}

/**
 * The highlights on every saved page of `dir`. Each page's window is closed, and the close
 * awaited, before the next page is parsed: closing is asynchronous, and a synchronous loop left
 * every window open until it ended (four passes over the corpus ran out of memory).
 */
export async function scanDirectory(dir: string, finder: Matcher): Promise<PageHighlight[]> {
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.html'))
    .sort();
  const found: PageHighlight[] = [];
  for (const name of names) {
    const { document, close } = parseSavedPage(readFileSync(join(dir, name), 'utf8'));
    try {
      found.push(...highlightsByForm(basename(name, '.html'), document, finder));
    } finally {
      await close();
    }
  }
  return found;
}

export function loadExpectations(path = EXPECTATIONS): CorpusExpectation[] {
  return JSON.parse(readFileSync(path, 'utf8')) as CorpusExpectation[];
}

/** Problems: unlisted highlights, wrong counts, entries not (or no longer) correct. Pages limits the check. */
export function compare(found: readonly PageHighlight[], expected: readonly CorpusExpectation[], pages: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const key = (h: { page: string; actorId: string; text: string }) => `${h.page} | ${h.actorId}: ${h.text}`;
  const listed = new Map(expected.filter((e) => pages.has(e.page)).map((e) => [key(e), e]));
  for (const h of found) {
    const e = listed.get(key(h));
    if (!e) problems.push(`${key(h)} ×${h.count} is not in the reviewed file ("${h.context}")`);
    else {
      if (e.verdict !== 'correct') problems.push(`${key(h)} is highlighted but reviewed as ${e.verdict}${e.note ? ` (${e.note})` : ''}`);
      if (e.count !== h.count) problems.push(`${key(h)}: ${h.count} highlights, the reviewed file says ${e.count}`);
      listed.delete(key(h));
    }
  }
  for (const e of listed.values()) problems.push(`${key(e)} is in the reviewed file but no longer highlighted`);
  return problems;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const write = args.includes('--write');
  const dir = args.find((a) => !a.startsWith('--')) ?? join(HERE, '..', '..', '..', 'shared', 'corpus', 'readability');
  const finder = finderFor(BUNDLED_DATASET);
  const found = await scanDirectory(dir, finder);
  const pages = new Set(
    readdirSync(dir)
      .filter((n) => n.endsWith('.html'))
      .map((n) => basename(n, '.html')),
  );
  const expected = loadExpectations();
  if (write) {
    const old = new Map(expected.map((e) => [`${e.page}|${e.actorId}|${e.text}`, e]));
    const kept = expected.filter((e) => !pages.has(e.page));
    const fresh = found.map((h): CorpusExpectation => {
      const prior = old.get(`${h.page}|${h.actorId}|${h.text}`);
      return prior ? { ...prior, count: h.count, context: h.context } : { ...h, verdict: 'unreviewed' };
    });
    const all = [...kept, ...fresh].sort(
      (a, b) => a.page.localeCompare(b.page) || a.actorId.localeCompare(b.actorId) || a.text.localeCompare(b.text),
    );
    writeFileSync(EXPECTATIONS, `${JSON.stringify(all, null, 1)}\n`);
  }
  const problems = compare(found, loadExpectations(), pages);
  const perHundred = (found.reduce((n, h) => n + h.count, 0) / pages.size) * 100;
  console.log(
    `${pages.size} pages, ${found.reduce((n, h) => n + h.count, 0)} highlights (${perHundred.toFixed(1)} per 100 pages) on ${new Set(found.map((h) => h.page)).size} pages`,
  );
  for (const p of problems) console.log(`  ${p}`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
