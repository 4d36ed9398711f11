import { defineConfig } from 'vitest/config';

// Unit tests: pure modules run in node; DOM-facing modules opt into happy-dom per file
// with a `// @vitest-environment happy-dom` comment.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Interface strings come from browser.i18n; tests get a stand-in over the same catalogue.
    setupFiles: ['tests/unit/setup-i18n.ts'],
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  // As in the production build (build.ts): the test-build hooks are off unless a test turns them on.
  define: { __E2E__: 'false' },
});
