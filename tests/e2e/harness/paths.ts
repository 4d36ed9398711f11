import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const DEMO_DIR = join(ROOT, 'tests/fixtures/demo');
export const ARTIFACTS = join(ROOT, 'artifacts');

export type BuildKind = 'e2e' | 'prod';
export type BrowserKind = 'chromium' | 'firefox';

export function extensionDir(browser: BrowserKind, build: BuildKind): string {
  const name = browser === 'chromium' ? 'chrome' : 'firefox';
  return join(ROOT, process.env.COUNTERCLAIM_DIST ?? 'dist', build === 'e2e' ? `e2e-${name}` : name);
}
