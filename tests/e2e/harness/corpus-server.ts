/**
 * Serves saved corpus pages (and pages generated in memory) from 127.0.0.1, recording every
 * request so a run can prove nothing but the pages themselves was asked for.
 *
 * `?scripts=off` on a page URL adds a Content-Security-Policy (SCRIPTS_OFF_CSP) under which the
 * page's own scripts (inline, external, event-handler attributes) never run and nothing external
 * loads, so its DOM stays exactly as the parser built it, while extension content scripts (exempt
 * from page CSP) and CDP evaluation run normally. `page.setJavaScriptEnabled(false)` is not usable for that: Chromium then refuses to
 * call back into JavaScript from the DOM ("The provided callback is no longer runnable" from a
 * TreeWalker filter) and stops timers, in the content script's isolated world too.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

/**
 * Static mode: no page script runs, and nothing external loads (inline styles and data: images
 * still apply). Refusing sub-resources here, at CSP time, instead of by interception makes every
 * load fail the same way at the same moment, so a broken image does not collapse before the first
 * paint in one load and after it in the next (a layout shift that would be timing, not ours).
 */
export const SCRIPTS_OFF_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

export interface CorpusRequest {
  method: string;
  /** Path and query as requested. */
  path: string;
  status: number;
}

export interface CorpusServer {
  origin: string;
  /** URL of a page; `scripts: 'off'` serves it under the script-blocking CSP. */
  url(file: string, options?: { scripts?: 'on' | 'off' }): string;
  /** Add or replace a generated page, served like a file. */
  setPage(file: string, html: string): void;
  requests: CorpusRequest[];
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
};

function resolveInside(root: string, path: string): string | null {
  const target = normalize(join(root, decodeURIComponent(path)));
  return target.startsWith(resolve(root)) ? target : null;
}

async function readPage(roots: readonly string[], generated: Map<string, string>, path: string): Promise<Buffer | null> {
  const inMemory = generated.get(path.replace(/^\//, ''));
  if (inMemory !== undefined) return Buffer.from(inMemory, 'utf8');
  if (!(extname(path) in CONTENT_TYPES)) return null;
  for (const root of roots) {
    const file = resolveInside(root, path);
    if (!file) continue;
    try {
      return await readFile(file);
    } catch {
      // Not in this root; try the next.
    }
  }
  return null;
}

async function respond(
  roots: readonly string[],
  generated: Map<string, string>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<number> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/favicon.ico') {
    // The browser's own favicon probe (not interceptable from a page): answered empty, so it
    // does not log a 404 console error into every page.
    response.writeHead(204);
    response.end();
    return 204;
  }
  const body = request.method === 'GET' ? await readPage(roots, generated, url.pathname) : null;
  if (!body) {
    // Only pages are served: a sub-resource that slipped past interception gets a local 404.
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
    return 404;
  }
  const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
  if (url.searchParams.get('scripts') === 'off') headers['content-security-policy'] = SCRIPTS_OFF_CSP;
  response.writeHead(200, headers);
  response.end(body);
  return 200;
}

/** Start a server over `roots` (looked up in order) plus generated pages. */
export async function startCorpusServer(roots: readonly string[]): Promise<CorpusServer> {
  const requests: CorpusRequest[] = [];
  const generated = new Map<string, string>();
  const server = createServer((request, response) => {
    void respond(roots, generated, request, response).then((status) => {
      requests.push({ method: request.method ?? 'GET', path: request.url ?? '/', status });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (file, options) => `${origin}/${encodeURI(file.replace(/^\//, ''))}${options?.scripts === 'off' ? '?scripts=off' : ''}`,
    setPage: (file, html) => generated.set(file.replace(/^\//, ''), html),
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
