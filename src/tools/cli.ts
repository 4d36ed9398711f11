/**
 * Curator CLI. Run with `npm run cli -- <command>` (or `npx tsx src/tools/cli.ts <command>`).
 *
 *   validate <file>          list problems (path: reason) and exit 1, or print counts and exit 0
 *   compile                  compile src/data/records, validate, and write src/data/dataset.compact.json
 *   scan <html-file> [--json]  run the content script's text layer and matcher over a saved page;
 *                            print the actors found and the claims involving them
 *
 * Node only, like everything in src/tools: src/data and src/match stay free of Node and browser APIs.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUNDLED_DATASET } from '../data/bundled-dataset';
import { compactDataset } from '../data/compact';
import { countDataset } from '../data/dataset-index';
import { validateDataset, type ValidationResult } from '../data/validate';
import { COMPACT_PATH, compileBundledDataset } from './bundle-check';
import { formatScanReport, scanHtml } from './scan-page';

/** Files larger than this are refused before reading: a dataset is tens of kilobytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** What a command prints and its exit code; `main` does the printing. */
export interface CliOutput {
  code: number;
  out: string[];
  err: string[];
}

const USAGE = 'usage: cli.ts validate <file> | compile | scan <html-file> [--json]';

/** Runs one command. Never throws: I/O and parse errors come back as exit code 1 with a message. */
export function runCli(args: readonly string[]): CliOutput {
  const [command, ...rest] = args;
  if (command === 'validate' && rest[0] !== undefined) return validateCommand(rest[0]);
  if (command === 'compile') return compileCommand();
  if (command === 'scan') return scanCommand(rest);
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
    return { code: 1, out: [], err: [`${path}: ${result.problems.length} problem(s)`, ...result.problems.map((p) => `  ${p.path}: ${p.message}`)] };
  }
  const c = countDataset(result.dataset);
  const byLang = Object.entries(c.aliasesByLang).map(([lang, n]) => `${lang} ${n}`).join(', ');
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

function scanCommand(args: readonly string[]): CliOutput {
  const json = args.includes('--json');
  const path = args.find((arg) => arg !== '--json');
  if (!path) return { code: 2, out: [], err: [USAGE] };
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) return { code: 1, out: [], err: [`${path} is ${size} bytes (limit ${MAX_FILE_BYTES})`] };
    const report = scanHtml(readFileSync(path, 'utf8'), BUNDLED_DATASET);
    return { code: 0, out: json ? [JSON.stringify(report, null, 2)] : formatScanReport(report), err: [] };
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
