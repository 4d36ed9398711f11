/**
 * The saved-page corpus (`../shared/corpus/readability` or the sample in tests/fixtures): its page
 * list with the INDEX.tsv metadata, and a request policy that lets a page's own document (and the
 * browser's favicon probe) through and refuses every sub-resource, so saved pages never fetch
 * anything, locally or remotely.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { ROOT } from './paths';

export const DEFAULT_CORPUS_DIR = resolve(ROOT, '../shared/corpus/readability');
export const SAMPLE_CORPUS_DIR = join(ROOT, 'tests/fixtures/corpus-sample');

export interface CorpusPage {
  file: string;
  bytes: number;
  lang: string;
  /** `latin`, `CJK-zh`, `CJK-ja`, `dir=rtl(latin text)`… as in INDEX.tsv; `unknown` without one. */
  script: string;
  category: string;
}

function parseIndex(dir: string): Map<string, CorpusPage> {
  const path = join(dir, 'INDEX.tsv');
  const pages = new Map<string, CorpusPage>();
  if (!existsSync(path)) return pages;
  const [, ...lines] = readFileSync(path, 'utf8').split('\n');
  for (const line of lines) {
    const [file, bytes, lang, script, category] = line.split('\t');
    if (!file) continue;
    pages.set(file, { file, bytes: Number(bytes), lang: lang ?? '', script: script ?? 'unknown', category: category ?? '' });
  }
  return pages;
}

/** Every `.html` file of `dir`, sorted, with its INDEX.tsv row when there is one. */
export function listCorpus(dir: string): CorpusPage[] {
  if (!existsSync(dir)) throw new Error(`corpus folder ${dir} does not exist (pass a folder of saved .html pages)`);
  const index = parseIndex(dir);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => index.get(file) ?? { file, bytes: 0, lang: '', script: 'unknown', category: '' });
}

export function isCjk(page: CorpusPage): boolean {
  return page.script.startsWith('CJK');
}

export interface RefusedRequests {
  /** Sub-resource URLs refused, in order. */
  refused: string[];
  /** Extension files the page loaded (e.g. a lazily imported card module): local, let through. */
  extensionFiles: string[];
}

const EXTENSION_SCHEMES = ['chrome-extension:', 'moz-extension:'];

/**
 * Intercept `page`'s requests: the top-level document from `origin` continues, and so do loads
 * of the extension's own packaged files (they never touch the network); everything else is
 * aborted before it leaves the browser. Returns the live lists.
 */
export async function allowOnlyDocuments(page: Page, origin: string): Promise<RefusedRequests> {
  const log: RefusedRequests = { refused: [], extensionFiles: [] };
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const isOwnDocument = request.isNavigationRequest() && request.frame() === page.mainFrame() && request.url().startsWith(`${origin}/`);
    // The browser's favicon probe goes to the local server (answered 204): refusing it would log
    // a console error into every page that is not the page's or the extension's doing.
    const isFavicon = request.url() === `${origin}/favicon.ico`;
    // The tab may close while a decision is in flight (BiDi then reports "no such request").
    const ignoreGone = () => undefined;
    if (isOwnDocument || isFavicon) {
      request.continue().catch(ignoreGone);
      return;
    }
    if (EXTENSION_SCHEMES.some((scheme) => request.url().startsWith(scheme))) {
      log.extensionFiles.push(request.url());
      request.continue().catch(ignoreGone);
      return;
    }
    log.refused.push(request.url());
    request.abort('blockedbyclient').catch(ignoreGone);
  });
  return log;
}
