/**
 * Checks on the built output (runs after `npm run build`): the production bundles carry no test
 * bridge and no dynamic code, and the content script stays within its size budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_BUDGET_BYTES, checkContentBudget } from '../../build';
import { extensionDir } from './harness/paths';

const BUNDLES = ['content.js', 'card.js', 'background.js', 'popup.js', 'options.js'];

describe.each(['chromium', 'firefox'] as const)('%s production build', (kind) => {
  const dir = extensionDir(kind, 'prod');

  it('has no e2e bridge in any bundle', () => {
    for (const bundle of BUNDLES) {
      expect(readFileSync(join(dir, bundle), 'utf8'), bundle).not.toContain('counterclaim-e2e');
    }
  });

  it('has the e2e bridge only in the test build', () => {
    expect(readFileSync(join(extensionDir(kind, 'e2e'), 'content.js'), 'utf8')).toContain('counterclaim-e2e');
  });

  it('uses no eval or Function constructor', () => {
    for (const bundle of BUNDLES) {
      const code = readFileSync(join(dir, bundle), 'utf8');
      expect(code, bundle).not.toMatch(/\beval\(|new Function\(/);
    }
  });

  it('keeps the content script within its budget', () => {
    expect(checkContentBudget(dir)).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_BYTES);
    expect(() => checkContentBudget(dir, 1000)).toThrow(/over the 1000-byte budget/);
  });
});
