/**
 * Start-up phases of the test build, for the benchmark's breakdown of content-script start-up
 * (tests/bench/startup.ts reads them through the e2e bridge). No imports, so any module may mark;
 * the production build compiles `markStartup` to nothing that records.
 */

/** `performance.now()` by phase label, first time reached. */
export const startupMarks: Record<string, number> = {};

/** Record when start-up reached `label` (first time only); nothing in the production build. */
export function markStartup(label: string): void {
  if (!__E2E__) return;
  startupMarks[label] ??= performance.now();
}
