/**
 * The reliability sweep (issue 7): `npm run sweep [corpusDir] [--browser=chromium|firefox]
 * [--limit=N] [--write-docs]`. Default corpus ../shared/corpus/readability, default browser
 * Chromium. Needs a production build in $COUNTERCLAIM_DIST (default dist/): `npm run build`.
 *
 * Prints totals and every harm found, saves the full report to artifacts/sweep/, and with
 * `--write-docs` rewrites docs/sweep.md from every saved report. Exits 1 when any harm column is
 * not zero.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { DEFAULT_CORPUS_DIR, listCorpus } from '../e2e/harness/corpus';
import { ARTIFACTS } from '../e2e/harness/paths';
import type { BrowserKind } from '../e2e/harness/paths';
import { writeSweepDoc } from './docs';
import { harmCount, renderSweep, totals } from './report';
import { harmItems, runSweep, type PageReport } from './sweep';

interface Options {
  corpusDir: string;
  kind: BrowserKind;
  limit: number;
  writeDocs: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const value = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const kind = value('browser') ?? 'chromium';
  if (kind !== 'chromium' && kind !== 'firefox') throw new Error(`--browser must be chromium or firefox, not ${kind}`);
  return {
    corpusDir: resolve(argv.find((arg) => !arg.startsWith('--')) ?? DEFAULT_CORPUS_DIR),
    kind,
    limit: Number(value('limit') ?? Infinity),
    writeDocs: argv.includes('--write-docs'),
  };
}

function progress(report: PageReport, index: number, total: number): void {
  const harm = harmItems(report).length;
  const task =
    report.longestTaskMs.with === null
      ? ''
      : `, longest task ${report.longestTaskMs.with.toFixed(0)}/${(report.longestTaskMs.without ?? 0).toFixed(0)} ms`;
  console.log(`[${index + 1}/${total}] ${report.file}: ${report.mentions} mentions${task}${harm > 0 ? `, HARM ${harm}` : ''}`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const files = listCorpus(options.corpusDir)
    .map((page) => page.file)
    .slice(0, options.limit);
  const report = await runSweep({ kind: options.kind, roots: [options.corpusDir], files, corpusDir: options.corpusDir, onPage: progress });
  const label = `${options.kind}, ${basename(options.corpusDir)}`;
  console.log(`\n${renderSweep(label, report)}`);
  mkdirSync(join(ARTIFACTS, 'sweep'), { recursive: true });
  const path = join(ARTIFACTS, 'sweep', `${options.kind}-${basename(options.corpusDir)}.json`);
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`report: ${path}`);
  if (options.writeDocs) writeSweepDoc();
  if (harmCount(totals(report)) > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
