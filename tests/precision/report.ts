/**
 * Precision and recall on the suite, with every rule on and with each rule switched off in turn,
 * and highlights per 100 pages on a directory of real pages: the numbers of docs/precision.md.
 *
 *   npx tsx tests/precision/report.ts [corpusDir]     (default ../shared/corpus/readability)
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_DATASET } from '../../src/data/bundled-dataset';
import { compileMatchIndex, patternsOf } from '../../src/data/match-index';
import { createNameFinder } from '../../src/match/finder';
import type { MatchPattern } from '../../src/match/types';
import { scanDirectory } from './corpus';
import { highlightsIn, loadSuite, score } from './suite';

const index = compileMatchIndex(BUNDLED_DATASET);
const all = patternsOf(index);

const VARIANTS: Record<string, (p: MatchPattern) => MatchPattern | null> = {
  'all rules': (p) => p,
  'no context gate': (p) => ({ ...p, gated: false }),
  'no proper-name case': (p) => ({ ...p, properCase: false }),
  'no blockers': (p) => (p.blocker ? null : p),
};

function finder(variant: (p: MatchPattern) => MatchPattern | null) {
  const patterns = all.map(variant).filter((p): p is MatchPattern => p !== null);
  return createNameFinder({ patterns, contextTerms: index.contextTerms });
}

async function main(): Promise<void> {
  const suite = loadSuite();
  const positives = suite.filter(({ snippet }) => snippet.expect.length > 0).length;
  console.log(
    `suite: ${suite.length} snippets (${positives} with highlights, ${suite.length - positives} with none), ${suite.reduce((n, { snippet }) => n + snippet.expect.length, 0)} expected highlights`,
  );
  console.log('| rules | true positives | false positives | missed | precision | recall |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [name, variant] of Object.entries(VARIANTS)) {
    const f = finder(variant);
    const s = score(suite.map(({ snippet }) => ({ expected: snippet.expect, actual: highlightsIn(snippet.html, f) })));
    console.log(`| ${name} | ${s.tp} | ${s.fp} | ${s.fn} | ${(s.precision * 100).toFixed(1)}% | ${(s.recall * 100).toFixed(1)}% |`);
  }
  const dir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus', 'readability');
  const pages = readdirSync(dir).filter((n) => n.endsWith('.html')).length;
  for (const [name, variant] of Object.entries(VARIANTS)) {
    const found = await scanDirectory(dir, finder(variant));
    const total = found.reduce((n, h) => n + h.count, 0);
    console.log(
      `${name}: ${pages} pages, ${total} highlights (${((total / pages) * 100).toFixed(1)} per 100 pages) on ${new Set(found.map((h) => h.page)).size} pages`,
    );
  }
}

await main();
