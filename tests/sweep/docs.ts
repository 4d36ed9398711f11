/**
 * Writes docs/sweep.md from the saved sweep reports in artifacts/sweep/ (one per browser and
 * corpus), so the document always shows the runs that were actually made, with their dates.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ARTIFACTS, ROOT } from '../e2e/harness/paths';
import { harmDetails, slowestPages, totals, totalsRow, TOTALS_HEADER, unconfirmedDetails } from './report';
import type { SweepReport } from './sweep';
import { SWEEP_METHOD } from './method';

function savedReports(): SweepReport[] {
  const dir = join(ARTIFACTS, 'sweep');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as SweepReport);
}

function label(report: SweepReport): string {
  return `${report.kind === 'chromium' ? 'Chromium' : 'Firefox ESR'}, ${relative(ROOT, report.corpusDir) || '.'} (${report.date})`;
}

export function writeSweepDoc(): void {
  const reports = savedReports();
  const lines = [SWEEP_METHOD, '', '## Totals', '', TOTALS_HEADER, `|${' --- |'.repeat(14)}`];
  for (const report of reports) lines.push(totalsRow(label(report), totals(report)));
  lines.push('', 'Browsers: ' + [...new Set(reports.map((r) => `${r.kind} ${r.browserVersion}`))].join('; ') + '.');
  for (const report of reports) {
    const details = harmDetails(report);
    lines.push('', `### ${label(report)}`, '', details.length > 0 ? details.join('\n') : 'No harm found on any page.');
    const unconfirmed = unconfirmedDetails(report);
    if (unconfirmed.length > 0) lines.push('', 'Seen once and not reproduced on a second pass of the same page (not counted):', '', ...unconfirmed);
    const slow = slowestPages(report);
    if (slow.length > 0) lines.push('', 'Longest main-thread tasks (page scripts blocked):', '', '| page | with extension | without | mentions |', '| --- | --- | --- | --- |', ...slow);
  }
  const path = join(ROOT, 'docs/sweep.md');
  writeFileSync(path, `${lines.join('\n')}\n`);
  console.log(`wrote ${relative(ROOT, path)}`);
}
