import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers: one file at a time (two cores, and each file launches
// its own browser), generous timeouts because a browser launch takes seconds on a shared machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    retry: 0,
  },
});
