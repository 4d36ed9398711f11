/**
 * Writes docs/benchmark.md from a run: how it was measured, then the table. The method text lives
 * here so the document and the code that produces its numbers cannot drift apart.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../e2e/harness/paths';
import type { BenchSummary } from './report';

function method(summary: BenchSummary): string {
  return `# Matcher benchmark

\`npm run bench [corpusDir] [--write-docs]\` (tests/bench/run.ts). Not a test: it measures and
prints; the numbers below are read against the targets of issue 4.

**Run:** ${summary.date}, ${summary.browserVersion} (Debian, headless, \`--no-sandbox --disable-gpu\`),
2 cores; corpus \`${relative(ROOT, summary.corpusDir) || '.'}\` plus a generated page of about 1 MB of
text (tests/bench/generated-page.ts: news-like paragraphs, every tenth one Chinese, real names
sprinkled in, some split across inline tags or joined by NBSP). ${summary.pages.length} pages, ${summary.durationS} s.

**Setup.** Each page is served from 127.0.0.1 with its JavaScript disabled
(\`page.setJavaScriptEnabled(false)\`) and every request except its own document refused by request
interception, so the DOM is exactly what the parser built and nothing changes it between runs.
One esbuild bundle (tests/bench/page-bench.ts) is evaluated in the page over CDP
(\`page.addScriptTag\` would insert a \`<script>\` that a script-disabled page never runs).

**What is timed** (per page: ${summary.repeats}):
- **floor** — a \`TreeWalker\` over \`<body>\` that reads every text node's data and nothing else;
- **ours** — the content script's page layer and matcher, short of painting: walk the DOM into text
  runs (inline tags joined, blocks split, ignored elements skipped), run the matcher over every run,
  build a DOM \`Range\` for every mention (capped at MAX_MENTIONS_PER_PAGE);
- **RegExp** — one alternation of all alias texts (longest first, flags \`giu\`) over each text node on
  its own, with a \`Range\` per match; it misses names split across tags, NBSP variants and the CJK
  word-boundary check, and ignores per-alias case rules;
- **markRegExp / mark(array)** — mark.js 8.11.1 with \`separateWordSearch: false\`,
  \`accuracy: "exactly"\` (its defaults otherwise: case-insensitive, diacritics on), run on a fresh
  deep clone of \`<body>\` each time (the clone is not timed; a detached clone spares mark.js the
  style recalculation its wrapping would cause on the live page, so its numbers are, if anything,
  flattering);
- each with the **real** aliases (${summary.aliasCounts.real}, from the bundled dataset) and with
  **5k**: the real aliases plus generated ones up to ${summary.aliasCounts.gen} (45% Latin names,
  25% acronyms of 4+ letters, 30% Chinese names of 3–6 characters), so both sets find the same
  mentions and the ratio isolates the number of aliases.

Groups: CJK pages (per INDEX.tsv) and the generated page have their own rows; other pages are
small (< 20 K visible characters), medium (< 100 K) or large. "text chars" counts text outside
script/style. Cells are sums over the group's pages of each page's median, so a ratio is "time to
process the whole group" with one method over another.
`;
}

export function writeBenchmarkDoc(summary: BenchSummary, tables: string): void {
  const path = join(ROOT, 'docs/benchmark.md');
  writeFileSync(path, `${method(summary)}\n## Results\n\n${tables}\n`);
  console.log(`wrote ${relative(ROOT, path)}`);
}
