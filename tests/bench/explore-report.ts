/**
 * The explore family's tables (issue 12): first paint of the claims list and each filter change,
 * as medians and as ratios to one 60 Hz frame (16.7 ms).
 */
import { FRAME_MS, type ChangeSample, type ExploreBrowserResult, type ExploreSummary, type PaintSample } from './explore';
import { median, quantile } from './report';

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 2 : 1) : '—');
const frames = (v: number) => (Number.isFinite(v) ? `${(v / FRAME_MS).toFixed(2)}×` : '—');
const pick = (samples: readonly PaintSample[], f: (s: PaintSample) => number | null) =>
  samples.map(f).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
const of = (samples: readonly ChangeSample[], f: (s: ChangeSample) => number) => samples.map(f);

/** Median first paint (ms from navigation start) and median work per filter change, per browser. */
export function exploreFigures(result: ExploreBrowserResult): {
  paintMs: number;
  worstWork: { filter: string; ms: number };
  worstNextFrame: { filter: string; ms: number };
} {
  const paintMs = median(pick(result.loads, (s) => s.painted));
  let worstWork = { filter: '—', ms: Number.NaN };
  let worstNextFrame = { filter: '—', ms: Number.NaN };
  for (const f of result.filters) {
    const work = median(of(f.samples, (s) => s.workMs));
    const next = median(of(f.samples, (s) => s.nextFrameMs));
    if (!(work <= worstWork.ms)) worstWork = { filter: f.filter, ms: work };
    if (!(next <= worstNextFrame.ms)) worstNextFrame = { filter: f.filter, ms: next };
  }
  return { paintMs, worstWork, worstNextFrame };
}

export function renderExplore(summary: ExploreSummary): string {
  const paintRows = summary.browsers.map((b) => {
    const l = b.loads;
    const painted = pick(l, (s) => s.painted);
    const toList = pick(l, (s) => s.listInDom);
    return (
      `| ${b.kind} ${b.version} | ${l.length} | **${ms(median(painted))}** (${ms(quantile(painted, 0.25))}–${ms(quantile(painted, 0.75))}) | **${frames(median(painted))}** | ` +
      `${ms(median(pick(l, (s) => s.start)))} | ${ms(median(pick(l, (s) => s.domContentLoaded)))} | ${ms(median(pick(l, (s) => s.fcp)))} | ${ms(median(toList))} | ` +
      `${ms(median(pick(l, (s) => s.layout - s.frame)))} | ${ms(median(pick(l, (s) => s.painted - s.listInDom)))} | ${median(pick(l, (s) => s.items))} |`
    );
  });
  const changeRows = summary.browsers.flatMap((b) =>
    b.filters.map((f) => {
      const work = of(f.samples, (s) => s.workMs);
      const next = of(f.samples, (s) => s.nextFrameMs);
      const matching = of(f.samples, (s) => s.matching).filter(Number.isFinite);
      return (
        `| ${b.kind} | ${f.filter} | ${f.samples.length} | **${ms(median(work))}** | **${frames(median(work))}** | ${ms(quantile(work, 0.9))} | ` +
        `${ms(median(of(f.samples, (s) => s.scriptMs)))} | ${ms(median(of(f.samples, (s) => s.layoutMs)))} | ${ms(median(next))} | ${frames(median(next))} | ` +
        `${matching.length ? `${Math.min(...matching)}–${Math.max(...matching)}` : '—'} |`
      );
    }),
  );
  const errors = summary.browsers.flatMap((b) => b.errors.map((e) => `- ${b.kind}: ${e}`));
  return [
    `First paint of the claims list: a fresh tab per load, ${summary.loads} timed loads after ${summary.loadWarmup} untimed, per browser. ` +
      'Times in ms from navigation start; the ratio is to one 60 Hz frame (16.7 ms).',
    '',
    '| browser | loads | list painted, median (p25–p75) | ÷ 16.7 ms | script starts | DOMContentLoaded | first contentful paint | list in DOM | its frame: style + layout | list in DOM → painted | items |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...paintRows,
    '',
    `Each filter change: ${summary.changes} timed changes per filter after 4 untimed, in one tab in front. ` +
      'Work = script (event to DOM settled) + style and layout of the next frame; "to next frame" also counts the wait for the display\'s tick.',
    '',
    '| browser | filter | changes | work, median ms | ÷ 16.7 ms | work, p90 | script | style + layout | to next frame, median | ÷ 16.7 ms | claims matching |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...changeRows,
    ...(errors.length ? ['', 'Errors:', ...errors] : []),
  ].join('\n');
}

/** The heading that starts the explore section of docs/benchmark.md; the section runs to the end of the file. */
export const EXPLORE_HEADING = '## Explore page (issue 12): first paint and filter changes';

function verdict(msValue: number): string {
  return Number.isFinite(msValue) ? (msValue <= FRAME_MS ? '**within one frame**' : '**over one frame**') : '—';
}

/** What the run's numbers say, computed from them (so the text cannot drift from the tables). */
function reading(summary: ExploreSummary, load: readonly { when: string; oneMinute: number }[]): string {
  const lines = summary.browsers.map((b) => {
    const l = b.loads;
    const start = median(pick(l, (s) => s.start));
    const inDom = median(pick(l, (s) => s.listInDom));
    const painted = median(pick(l, (s) => s.painted));
    const frame = median(pick(l, (s) => s.painted - s.listInDom));
    const typing = b.filters.find((f) => f.filter === 'search, typing');
    const same = typing ? typing.samples.filter((s) => s.mutations === 0) : [];
    const selects = b.filters.filter((f) => !f.filter.startsWith('search'));
    const works = selects.map((f) => median(of(f.samples, (s) => s.workMs)));
    const scripts = selects.map((f) => median(of(f.samples, (s) => s.scriptMs)));
    const layouts = selects.map((f) => median(of(f.samples, (s) => s.layoutMs)));
    const span = (v: number[]) => `${ms(Math.min(...v))}–${ms(Math.max(...v))}`;
    return (
      `- **${b.kind}.** First paint ${ms(painted)} ms: the page's script starts at ${ms(start)} ms (HTML and explore.js loaded and ` +
      `parsed), the list is in the DOM at ${ms(inDom)} ms (data chosen, indexed, catalogued, rendered: ${ms(inDom - start)} ms), and its ` +
      `frame is painted ${ms(frame)} ms later. A select change costs ${span(works)} ms of work (medians per select): ${span(scripts)} ms ` +
      `of script (filtering ${summary.data.claims} claims, Preact re-rendering the view, the DOM updated) and ${span(layouts)} ms of style and layout.` +
      (same.length > 0
        ? ` A letter typed that leaves the DOM as it was (${same.length} of ${typing?.samples.length ?? 0} typing changes) still costs ` +
          `${ms(median(same.map((s) => s.scriptMs)))} ms of script: the floor of re-rendering the whole view (the 25 entries and the five ` +
          `selects with all their options) when nothing changes.`
        : '')
    );
  });
  const busiest = Math.max(...load.map((x) => x.oneMinute));
  return [
    ...lines,
    ...(busiest > 2
      ? [
          `- The machine was shared and busy during the run (1-minute load average up to ${busiest} on 2 cores): the page ` +
            'competed for a core, so these times are likely longer than on an idle machine, and the p90 column shows the ' +
            'changes a busy scheduler cut. The medians are still what a reader of this machine would see at such a moment.',
        ]
      : []),
  ].join('\n');
}

/** The whole docs/benchmark.md section: figures against the goal, method, tables. */
export function exploreSection(summary: ExploreSummary, load: readonly { when: string; oneMinute: number }[]): string {
  const versions = summary.browsers
    .map((b) => `${b.kind === 'chromium' ? 'Chromium' : 'Firefox ESR'} ${b.version.replace(/^[^/]*\//, '')}`)
    .join(', ');
  const loadText = load.map((l) => `${l.oneMinute} ${l.when}`).join(', ');
  const figureRows = summary.browsers.flatMap((b) => {
    const f = exploreFigures(b);
    return [
      `| ${b.kind} | first paint of the list, from navigation start | ${ms(f.paintMs)} ms = **${frames(f.paintMs)}** | ${verdict(f.paintMs)} |`,
      ...b.filters.map((filter) => {
        const work = median(of(filter.samples, (s) => s.workMs));
        const next = median(of(filter.samples, (s) => s.nextFrameMs));
        return `| ${b.kind} | filter change: ${filter.filter} | work ${ms(work)} ms = **${frames(work)}**; to next frame ${ms(next)} ms = ${frames(next)} | ${verdict(work)} |`;
      }),
    ];
  });
  return `${EXPLORE_HEADING}

\`npm run bench -- --only=explore [--browsers=chromium,firefox] [--explore-loads=N] [--explore-changes=N] [--write-docs]\`
(tests/bench/explore.ts; \`--write-docs\` with \`--only=explore\` rewrites only this section).

**Run:** ${summary.date}; ${versions} (Debian, headless, 1280×900); 2 shared cores (1-minute load
average ${loadText}). Data: the bundled dataset, ${summary.data.groups} threat groups, ${summary.data.names.toLocaleString('en-US')} names,
${summary.data.claims} claims (${summary.data.actors} actors); the list shows 25 claims a page (\`CLAIMS_PAGE_SIZE\`).

Issue 12's goal: "first paint of the list and each filter change under one frame budget on this
machine". One frame at 60 Hz is 16.7 ms; every figure below is a median, given as a ratio to it.

| browser | what | median (÷ 16.7 ms) | verdict |
| --- | --- | --- | --- |
${figureRows.join('\n')}

${reading(summary, load)}

### Method

The e2e build of the extension (built by the bench into \`artifacts/bench/dist-explore\`, so
\`dist/\` is left alone), launched as the e2e suite does; a demo page's content script asks the
background to open the explore page in a new tab, as the popup's link does.

- **First paint of the list** — ${summary.loads} fresh tabs per browser (after ${summary.loadWarmup} untimed). The e2e build
  has a probe (\`src/explore/e2e-probe.ts\`, compiled in only under \`__E2E__\`; the production
  bundle has none of it) installed by the page's first line of script: a MutationObserver stamps
  the moment the claims list's first item is in the DOM (Preact commits the whole first page of
  the list at once), then in the next animation frame's callback it forces style and layout
  (which that frame does next anyway) and posts a message, whose arrival, after the frame is
  painted, is **"list painted"**. All stamps are \`performance.now()\`, i.e. ms from navigation
  start (the document's time origin). Between navigation start and "list in DOM": the page's
  HTML, explore.js (about 640 kB minified: Preact, the page, and the bundled dataset itself)
  fetched, parsed and run ("script starts"), the data in use chosen (asynchronous reads of the
  extension's storage: the bundled dataset unless the reader imported one), indexed, its claim
  catalogue built (search text and facet counts, once), and the list rendered.
- **Each filter change** — one explore tab in front; for each of the five selects (the
  \`data-testid="filter-…"\` controls of src/explore/ClaimList.tsx) ${summary.changes} timed changes after 4
  untimed ones, cycling through the select's options each followed by a change back to "any"
  (both are changes a reader makes); for the search field, whole words set then cleared
  ("search word"), and one word set one more letter at a time ("search, typing": a narrower
  query often leaves the same claims, so the DOM barely changes). In the page: \`performance.now()\`
  (t0), the control's value set and its \`change\` (selects) or \`input\` (search) event
  dispatched; a MutationObserver on \`<main>\` stamps each DOM change, and a microtask queued after
  the dispatch (so after the one Preact renders in) stamps the end of a render that changed
  nothing: the later of the two is **DOM settled**. An animation frame requested before the event
  forces style and layout in its callback and posts a message (arrival: after that frame's
  paint). **Work = (DOM settled − t0) + style and layout**: the main thread's part of the frame
  that shows the change (filtering, Preact's diff and DOM updates, style, layout; paint and
  compositing, done off the main thread in Chromium, not counted). **To next frame = painted −
  t0** adds the wait for the display's next tick, so it is over 16.7 ms whenever the work does
  not fit in what was left of the current frame. Changes are 150 ms apart. Firefox runs with
  \`privacy.reduceTimerPrecision\` off, so its \`performance.now()\` is not rounded to 1 ms (the
  extension page is not cross-origin isolated); Chromium's is 0.1 ms.

### Results

${renderExplore(summary)}
`;
}
