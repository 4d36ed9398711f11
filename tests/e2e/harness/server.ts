/**
 * Serves fixture pages from 127.0.0.1 on a free port. Every request is recorded, so a test can
 * prove what was (and was not) asked for; anything outside the served folders is answered 404
 * locally, never fetched.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Resolve a URL path inside `root`, refusing anything that climbs out of it. */
function resolveInside(root: string, urlPath: string): string | null {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const target = normalize(join(root, decoded));
  return target.startsWith(resolve(root)) ? target : null;
}

async function serveFile(roots: readonly string[], request: IncomingMessage, response: ServerResponse): Promise<number> {
  for (const root of roots) {
    const path = resolveInside(root, request.url ?? '/');
    if (!path) continue;
    try {
      const body = await readFile(path);
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(body);
      return 200;
    } catch {
      // Not in this root; try the next.
    }
  }
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('not found');
  return 404;
}

/** Start a server over one or more folders (looked up in order). */
export async function startFixtureServer(roots: readonly string[]): Promise<FixtureServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    void serveFile(roots, request, response).then((status) => {
      requests.push({ method: request.method ?? 'GET', path: request.url ?? '/', status });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
