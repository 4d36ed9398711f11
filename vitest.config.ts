import { defineConfig } from 'vitest/config';

// Unit tests: pure modules run in node; DOM-facing modules opt into happy-dom per file
// with a `// @vitest-environment happy-dom` comment.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
