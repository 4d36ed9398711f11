/**
 * Checks on the built output (runs after `npm run build`): the production bundles carry no test
 * bridge and no dynamic code, and the content script stays within its size budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_BUDGET_BYTES, checkContentBudget } from '../../build';
import { extensionDir } from './harness/paths';

const BUNDLES = ['content.js', 'card.js', 'background.js', 'popup.js', 'options.js', 'explore.js'];
/** Marks of test-only code: the content script's page bridge and the explore page's bench probe. */
const TEST_ONLY = ['counterclaim-e2e', '__ccExploreProbe'];

describe.each(['chromium', 'firefox'] as const)('%s production build', (kind) => {
  const dir = extensionDir(kind, 'prod');

  it('has no e2e bridge in any bundle', () => {
    for (const bundle of BUNDLES) {
      const text = readFileSync(join(dir, bundle), 'utf8');
      for (const mark of TEST_ONLY) expect(text, `${bundle}: ${mark}`).not.toContain(mark);
    }
  });

  it('has the e2e bridge only in the test build', () => {
    expect(readFileSync(join(extensionDir(kind, 'e2e'), 'content.js'), 'utf8')).toContain('counterclaim-e2e');
    expect(readFileSync(join(extensionDir(kind, 'e2e'), 'explore.js'), 'utf8')).toContain('__ccExploreProbe');
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
