/**
 * The precision suite: short snippets in English and Chinese, each with exactly the highlights it
 * must get (`actorId: text`, in page order). Run through the content script's own layers (page
 * text runs, the name finder, the gate) under happy-dom, with every name of the bundled dataset.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Matcher } from '../../src/match/types';
import { finderFor, highlightsOf, parseSavedPage } from '../../src/tools/scan-page';

const HERE = dirname(fileURLToPath(import.meta.url));
export interface Snippet {
  /** Unique, kebab-case. */
  readonly id: string;
  /** What the snippet tests, for the reader of a failure. */
  readonly note: string;
  /** Page markup (a fragment: paragraphs, headings, code…). */
  readonly html: string;
  /** Every highlight it must get, as `actorId: text`, in page order; [] for none. */
  readonly expect: readonly string[];
}

export const SUITE_DIR = join(HERE, '..', 'fixtures', 'precision');

export function loadSuite(dir = SUITE_DIR): { file: string; snippet: Snippet }[] {
  return (
    readdirSync(dir)
      // The real-page expectations live beside the snippets but are not snippets (see corpus.ts).
      .filter((name) => name.endsWith('.json') && name !== 'corpus-expectations.json')
      .sort()
      .flatMap((file) => (JSON.parse(readFileSync(join(dir, file), 'utf8')) as Snippet[]).map((snippet) => ({ file, snippet })))
  );
}

export { finderFor };

/** One parsed saved page reused for every snippet: a window per snippet would pile up in memory. */
let shared: { document: Document; close: () => Promise<void> } | undefined;

/** The highlights the content script would make in `html`, as `actorId: text`. */
export function highlightsIn(html: string, finder: Matcher): string[] {
  shared ??= parseSavedPage('<!doctype html><html><body></body></html>');
  shared.document.body.innerHTML = html;
  return highlightsOf(shared.document, finder).map((h) => `${h.actorId}: ${h.text}`);
}

/** True/false positives and false negatives over the suite, counting highlights as `actorId: text`. */
export function score(results: { expected: readonly string[]; actual: readonly string[] }[]): {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
} {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { expected, actual } of results) {
    const left = [...expected];
    for (const hit of actual) {
      const i = left.indexOf(hit);
      if (i >= 0) {
        tp++;
        left.splice(i, 1);
      } else fp++;
    }
    fn += left.length;
  }
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}
