/**
 * Curator CLI. Run with `npm run cli -- <command>` (or `npx tsx src/tools/cli.ts <command>`).
 *
 *   validate <file>          list problems (path: reason) and exit 1, or print counts and exit 0
 *   compile                  compile src/data/records, validate, and write src/data/dataset.compact.json
 *   scan <html-file|dir>… [--json]  run the content script's text layer and name finder over saved
 *                            pages (a directory: its .html files); print the actors found and the
 *                            claims involving them; --json prints one JSON line per file
 *   stats [--json]           what the bundled data covers: actors by kind and state, names by
 *                            language and rule, claims by claimant kind, responses by stance, …
 *   crosscheck <file> [--json]  compare the bundled data with a MISP galaxy cluster or a STIX 2.1
 *                            bundle: groups and names missing here, splits, merges, state conflicts
 *
 * Node only, like everything in src/tools: src/data and src/match stay free of Node and browser APIs.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_DATASET } from '../data/bundled-dataset';
import { compactDataset } from '../data/compact';
import { crosscheck, formatCrosscheck, readCatalogue } from '../data/crosscheck';
import { countDataset } from '../data/dataset-index';
import { datasetStats, formatStats } from '../data/stats';
import { validateDataset, type ValidationResult } from '../data/validate';
import { COMPACT_PATH, compileBundledDataset } from './bundle-check';
import { finderFor, formatScanReport, scanHtml } from './scan-page';

/** Files larger than this are refused before reading: a dataset is tens of kilobytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** What a command prints and its exit code; `main` does the printing. */
export interface CliOutput {
  code: number;
  out: string[];
  err: string[];
}

const USAGE =
  'usage: cli.ts validate <file> | compile | scan <html-file|dir>… [--json] | stats [--json] | crosscheck <misp-or-stix.json> [--json]';

/** Runs one command. Never throws: I/O and parse errors come back as exit code 1 with a message. */
export function runCli(args: readonly string[]): CliOutput {
  const [command, ...rest] = args;
  if (command === 'validate' && rest[0] !== undefined) return validateCommand(rest[0]);
  if (command === 'compile') return compileCommand();
  if (command === 'scan') return scanCommand(rest);
  if (command === 'stats') return statsCommand(rest.includes('--json'));
  if (command === 'crosscheck' && rest.some((a) => a !== '--json'))
    return crosscheckCommand(rest.find((a) => a !== '--json') as string, rest.includes('--json'));
  return { code: 2, out: [], err: [USAGE] };
}

function validateFile(path: string): ValidationResult | { error: string } {
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) return { error: `${path} is ${size} bytes; a dataset is far smaller (limit ${MAX_FILE_BYTES})` };
    return validateDataset(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    return { error: `${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function validateCommand(path: string): CliOutput {
  const result = validateFile(path);
  if ('error' in result) return { code: 1, out: [], err: [result.error] };
  if (!result.ok) {
    return {
      code: 1,
      out: [],
      err: [`${path}: ${result.problems.length} problem(s)`, ...result.problems.map((p) => `  ${p.path}: ${p.message}`)],
    };
  }
  const c = countDataset(result.dataset);
  const byLang = Object.entries(c.aliasesByLang)
    .map(([lang, n]) => `${lang} ${n}`)
    .join(', ');
  return {
    code: 0,
    out: [
      `${path}: valid (version ${result.dataset.version}, as of ${result.dataset.asOf})`,
      `  actors ${c.actors}, aliases ${c.aliases} (${byLang})`,
      `  episodes ${c.episodes}, claims ${c.claims}, responses ${c.responses}, evidence ${c.evidence}, sources ${c.sources}`,
    ],
    err: [],
  };
}

function compileCommand(): CliOutput {
  try {
    const json = `${JSON.stringify(compactDataset(compileBundledDataset()))}\n`;
    writeFileSync(COMPACT_PATH, json);
    return { code: 0, out: [`wrote ${COMPACT_PATH} (${Buffer.byteLength(json)} bytes)`], err: [] };
  } catch (error) {
    return { code: 1, out: [], err: [error instanceof Error ? error.message : String(error)] };
  }
}

/** The .html files to scan: each file argument, and the .html files of each directory, sorted. */
function htmlFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => name.endsWith('.html'))
          .sort()
          .map((name) => join(path, name))
      : [path],
  );
}

function scanCommand(args: readonly string[]): CliOutput {
  const json = args.includes('--json');
  const paths = args.filter((arg) => arg !== '--json');
  if (paths.length === 0) return { code: 2, out: [], err: [USAGE] };
  const out: string[] = [];
  const err: string[] = [];
  let files: string[];
  try {
    files = htmlFiles(paths);
  } catch (error) {
    return { code: 1, out: [], err: [error instanceof Error ? error.message : String(error)] };
  }
  const finder = finderFor(BUNDLED_DATASET);
  for (const file of files) {
    try {
      const size = statSync(file).size;
      if (size > MAX_FILE_BYTES) throw new Error(`${size} bytes (limit ${MAX_FILE_BYTES})`);
      const report = scanHtml(readFileSync(file, 'utf8'), BUNDLED_DATASET, finder);
      if (json) out.push(JSON.stringify({ file, ...report }));
      else out.push(...(files.length > 1 ? [`${file}:`] : []), ...formatScanReport(report));
    } catch (error) {
      err.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { code: err.length === 0 ? 0 : 1, out, err };
}

function statsCommand(json: boolean): CliOutput {
  const stats = datasetStats(BUNDLED_DATASET);
  return { code: 0, out: json ? [JSON.stringify(stats, null, 2)] : formatStats(stats), err: [] };
}

function crosscheckCommand(path: string, json: boolean): CliOutput {
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES * 5) return { code: 1, out: [], err: [`${path} is ${size} bytes (limit ${MAX_FILE_BYTES * 5})`] };
    const catalogue = readCatalogue(JSON.parse(readFileSync(path, 'utf8')));
    if (!catalogue)
      return { code: 1, out: [], err: [`${path}: neither a MISP galaxy cluster ("values") nor a STIX 2.1 bundle ("type": "bundle")`] };
    const report = crosscheck(BUNDLED_DATASET, catalogue);
    return { code: 0, out: json ? [JSON.stringify(report, null, 2)] : formatCrosscheck(report), err: [] };
  } catch (error) {
    return { code: 1, out: [], err: [`${path}: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

function main(): void {
  const { code, out, err } = runCli(process.argv.slice(2));
  for (const line of out) console.log(line);
  for (const line of err) console.error(line);
  process.exitCode = code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
