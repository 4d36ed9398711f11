/**
 * Writes docs/benchmark.md from a run: the three figures of issue 11 against their goals, how each
 * family measures, then the tables. The method text lives here so the document and the code that
 * produces its numbers cannot drift apart.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../e2e/harness/paths';
import type { ExploreSummary } from './explore';
import { EXPLORE_HEADING, exploreSection } from './explore-report';
import { formatRatio, issue11Verdicts, renderTables, rowRatios, TARGETS, verdicts, type BenchSummary, type MatcherSummary } from './report';
import type { BrowserKind } from '../e2e/harness/paths';
import type { StartupSample, StartupSummary, VariantKey } from './startup';
import { cellMedian, scanMs, fmtKb, fmtTimeRatio, renderStartup, STARTUP_GOALS, startupFigures } from './startup-report';

function figures(matcher: MatcherSummary, startup: StartupSummary): string {
  const start = startupFigures(startup);
  const met = (ok: boolean | null) => (ok === null ? '—' : ok ? '**met**' : '**not met**');
  const startRows = start.map(
    (f) =>
      `| (a) start-up time, field / 54 names — ${f.browser}, ${f.page} | ≤ ${STARTUP_GOALS.timeRatio}× | ` +
      `**${fmtTimeRatio(f.paired.median)}×** (median of ${f.paired.count} paired loads; medians ${f.fieldMs.toFixed(1)} ms against ${f.baselineMs.toFixed(1)} ms) | ${met(f.timeMet)} |`,
  );
  const heapRows = start
    .filter((f) => f.extraHeap !== null)
    .map(
      (f) =>
        `| (a) extra JS heap, field − 54 names — ${f.browser}, ${f.page} | ≤ 1 MB | ` +
        `**${(f.extraHeap as number) >= 0 ? '+' : '−'}${fmtKb(Math.abs(f.extraHeap as number))}** (${fmtKb(f.fieldHeap)} against ${fmtKb(f.baselineHeap)}) | ${met(f.heapMet)} |`,
    );
  const v = issue11Verdicts(matcher);
  const perGroup = rowRatios(matcher);
  const groupCells = (key: 'oursCharFloor' | 'markRegExp') =>
    perGroup.map((row) => `${row.label} ${formatRatio(row.ratios[key])}`).join('; ');
  return [
    '| figure | goal | measured | verdict |',
    '| --- | --- | --- | --- |',
    ...startRows,
    ...heapRows,
    `| (b) ours / character floor, worst row | ≤ ${TARGETS.oursOverCharFloor}× | ${v.charFloor} | ${met(v.charFloorMet)} |`,
    `| (c) mark.js markRegExp / ours, worst row | ≥ ${TARGETS.markRegExpOverOurs}× | ${v.markRegExp} | ${met(v.markRegExpMet)} |`,
    '',
    `Per row, (b) ours / character floor: ${groupCells('oursCharFloor')}.`,
    '',
    `Per row, (c) markRegExp / ours: ${groupCells('markRegExp')}.`,
  ].join('\n');
}

/** Browser versions, once each: "Chrome/156…" from the matcher family, "firefox/153…" from start-up. */
function browserVersions(matcher: MatcherSummary, startup: StartupSummary): string {
  const versions = [matcher.browserVersion, ...startup.browsers.map((b) => b.version)];
  return [...new Set(versions)]
    .map((v) => (v.startsWith('Chrome/') ? `Chromium ${v.slice('Chrome/'.length)}` : v.replace(/^firefox\//i, 'Firefox ESR ')))
    .join(', ');
}

/** What a start-up page is: its size and whether the context test had to be built there. */
function pageNote(matcher: MatcherSummary, file: string): string {
  const page = matcher.pages.find((p) => p.file === file);
  if (!page) return file;
  const gated =
    page.gatedCandidates === 0
      ? 'no gated-name candidate, so no context test is built'
      : `${page.gatedCandidates} gated-name candidate${page.gatedCandidates === 1 ? '' : 's'} for the context gate to reject, so the context test is built`;
  return `${file} (${page.chars.toLocaleString('en-US')} text chars; ${gated})`;
}

function header(summary: BenchSummary, matcher: MatcherSummary, startup: StartupSummary): string {
  const field = startup.variants.find((v) => v.key === 'field');
  const baseline = startup.variants.find((v) => v.key === 'baseline');
  return `# Benchmark

\`npm run bench [corpusDir] [--write-docs]\` (tests/bench/run.ts). Not a test: it measures and
prints; the numbers below are read against the goals of issue 11 ("the per-page cost stays flat")
and issue 4.

**Run:** ${summary.date}; ${browserVersions(matcher, startup)} (Debian, headless); 2 shared cores
(1-minute load average ${summary.load.map((l) => `${l.oneMinute} ${l.when}`).join(', ')});
corpus \`${relative(ROOT, summary.corpusDir) || '.'}\` (${matcher.pages.length - 1} pages) plus a generated 1 MB page; ${summary.durationS} s in all.
Data: the field-scale dataset \`${field?.dataset ?? '?'}\` (${field?.names ?? '?'} names, ${field?.blockers ?? 0} blockers, ${field?.actors ?? '?'} actors) against the 54 names
of before issue 11 (\`${baseline?.dataset ?? '?'}\`: \`src/data/dataset.compact.json\` at 9ff2f20, its match kinds renamed to today's).

## The three figures (issue 11)

${figures(matcher, startup)}
`;
}

function startupMethod(): string {
  return `## (a) Start-up and heap: method

tests/bench/startup.ts. The e2e build of the extension is made twice, with \`COUNTERCLAIM_DATASET\`
(build.ts: the given compact dataset replaces \`src/data/dataset.compact.json\` for every bundle,
validated instead of the records) into \`artifacts/bench/dist-field\` and \`artifacts/bench/dist-baseline\`.
Each browser runs one instance per build side by side for the whole family, so each background is
warm (started, dataset loaded, match index compiled and cached) as it is while a person reads;
loads alternate between the builds, in alternating order.

One load: a new tab opens the page from 127.0.0.1 with its scripts and sub-resources blocked (as
in the matcher family), waits until the content script's first scan has finished, and reads three
of the content script's own \`performance.now()\` stamps through the e2e page bridge:
\`injectedAt\`, taken when \`src/content/e2e-bridge.ts\` is evaluated as the bundle starts (after
only the data-free modules \`start.ts\` imports before it), and the scanner's \`firstStart\` and
\`firstEnd\`. **Start-up = firstEnd − injectedAt**: settings read, match index asked of the
background and received, name finder built, the whole first scan. "Before the scan" is
firstStart − injectedAt. Every figure is the median over the loads; the table gives p25–p75 too.

**Heap (Chromium).** A content script runs in an isolated world of the page's renderer, in the
same V8 isolate as the page, and CDP has no per-world figure: \`Runtime.getHeapUsage\` and
\`Performance.getMetrics\` report the whole isolate, and a heap snapshot would need a dominator
analysis in which what the content script hangs on the page (listeners on the document, the
highlight registry) has no single owner. So the measure is the isolate, made to hold nothing else
that varies: after the first scan, two forced full collections (\`HeapProfiler.collectGarbage\`),
then \`Runtime.getHeapUsage\`: V8's used heap plus \`backingStorageSize\` (array buffers: the
matcher's tables are typed arrays, outside the V8 heap proper). The page's own scripts are
blocked, so its main world holds the same next-to-nothing in every load; a Chromium without the
extension, measured the same way on the same page, gives the browser's own per-page share, and the
difference is the extension's whole JS heap on that page. Field minus 54 names is the heap the
field data adds. After forced GC the reading moves by a few kB between loads, so medians are
exact enough for a 1 MB goal (and, unlike times, do not depend on the machine's load).

Firefox: puppeteer drives it over WebDriver BiDi, which has no memory API; only the time is measured there.
`;
}

function matcherMethod(matcher: MatcherSummary): string {
  return `## (b), (c) Scan cost per page: method

tests/bench/page-bench.ts in plain headless Chromium. Each page is served from 127.0.0.1 under a
CSP header that blocks its scripts and every sub-resource (\`default-src 'none'; style-src
'unsafe-inline'; …\`), and request interception refuses anything else, so the DOM is exactly what
the parser built and nothing changes it between runs. (\`page.setJavaScriptEnabled(false)\` is not
usable: Chromium then refuses to call a TreeWalker filter — "The provided callback is no longer
runnable".) The document is answered with COOP/COEP headers too, so the page is cross-origin
isolated and \`performance.now()\` has 5 µs resolution instead of 0.1 ms: samples can stay about a
millisecond long, and a sample that short is seldom cut by the scheduler of a busy machine. One
esbuild bundle is evaluated in the page over CDP.

**What is timed** (per page: ${matcher.repeats}):
- **char floor** (issue 11) — a \`TreeWalker\` over \`<body>\` that reads every character of every
  text node outside script/style/noscript/textarea/template (the "text chars" column) with
  \`charCodeAt\` and sums them: the least any matcher must do, since it has to look at each
  character. (Leaving script and style text out makes the floor lower, so the ratio is stricter.)
  The summing loop is a function of its own (\`sumOfUnits\`): written inside the walk's loop, V8's
  code for it read the generated page's mix of one- and two-byte text about 40% slower
  (5–10% on the corpus pages), a floor higher than it need be;
- **floor** — the same walk reading only each text node's \`data\` (its length), no characters;
- **floor, filtered** — a walk with a filter callback that rejects script/style/noscript/
  textarea/template subtrees (one call from C++ into JavaScript per element);
- **ours** — the content script's scan path, short of painting and time-slicing: the name finder
  the content script builds from the background's packed match index (\`createNameFinder\` over
  \`openMatchIndexMessage(toMatchIndexMessage(compileMatchIndex(dataset)))\`: matcher plus the precision rules of policy.ts), and
  the scanner's walk (\`mentionsIn\`, src/content/scanner.ts: text runs, the finder on every
  run, gated names decided across neighbouring runs, a DOM \`StaticRange\` per mention, its actor and
  text read as the scanner stores them), capped at MAX_MENTIONS_PER_PAGE;
- **RegExp** — one alternation of all actor names (longest first, flags \`giu\`) over each text node
  on its own, with a \`StaticRange\` per match (what \`CSS.highlights\` takes; a live \`Range\`
  would stay registered with the document until collected, see mark.js below); it misses names split across tags, NBSP variants, the CJK
  word-boundary check and every precision rule;
- **markRegExp / mark(array)** — mark.js 8.11.1 with \`separateWordSearch: false\`,
  \`accuracy: "exactly"\` (its defaults otherwise: case-insensitive, diacritics on) and that same
  RegExp (markRegExp) or the names as keywords (mark(array)), on a fresh deep clone of \`<body>\`
  each run (cloned before the sample and not timed; a detached clone spares mark.js the style
  recalculation its wrapping would cause on the live page, so its numbers are, if anything,
  flattering). mark.js runs on a fresh page of its own, after the others: every DOM mutation
  updates each live \`Range\` still registered with the document, and on a shared page it
  paid for the live Ranges the other methods had left (ours left 2,000 per run on the generated
  page before its marks became StaticRanges), which had made it look up to about 60 times slower
  than it is (7.5 s a run on the generated page, against 0.12 s on a page of its own; see (c)
  below);
- each with the **real** names (${matcher.aliasCounts.real}, the bundled dataset's match index) and
  with **5k**: that index plus generated names up to ${matcher.aliasCounts.gen} (45% Latin proper
  names, 25% acronyms of 4+ letters, 30% Chinese names of 3–6 characters), so both sets find the
  same mentions and the ratio isolates the number of names.

${warmupSection(matcher)}
Groups: CJK pages (per INDEX.tsv) and the generated page have their own rows; other pages are
small (< 20 K visible characters), medium (< 100 K) or large. Cells are sums over the group's pages
of each page's median, so a ratio is "time to process the whole group" with one method over another.
`;
}

/** What the marks cost the page's own scripts, from this run. */
function marksTaxParagraph(matcher: MatcherSummary): string {
  const tax = matcher.marksTax;
  if (!tax) return '';
  const ms = (v: number) => v.toFixed(2);
  return `
**The page's own work.** Every DOM mutation a page makes updates each live \`Range\` registered
with its document. The marks are StaticRanges (src/content/spans.ts), which nothing updates; what
a StaticRange cannot answer (its text, its boxes) is asked of one scratch Range. On the generated
page, holding ${tax.marks.toLocaleString('en-US')} marks, a page script that appends 200 text nodes, splits each and clears
them took ${ms(tax.none)} ms with no marks, **${ms(tax.ours)} ms with ours (${formatRatio(tax.ours / tax.none)})**, and ${ms(tax.live)} ms with the same
names as live Ranges as well (${formatRatio(tax.live / tax.none)}), as the marks were until 2026-11-30.
`;
}

/** The warm-up: why it is set by time, from this run's curve over the small pages. */
function warmupSection(matcher: MatcherSummary): string {
  const curve = matcher.warmupCurve;
  if (!curve || curve.ours.length === 0) return '';
  const rows = curve.ours.map((ours, i) => {
    const floor = curve.floor[i] as number;
    return `| ${i * curve.reps + 1}–${(i + 1) * curve.reps} | ${floor.toFixed(2)} | ${ours.toFixed(2)} | ${formatRatio(ours / floor)} |`;
  });
  const small = rowRatios(matcher).find((r) => r.label === 'small');
  return `**Warm-up.** Every method is warmed up for the runs and the time stated above before its
samples. On a fresh page both ours and the floor keep getting faster for their first hundred or two
runs (V8 optimising, and re-optimising as it meets new kinds of text): ${curve.pages} fresh small pages in this
run, timed in chunks of ${curve.reps} runs of each method in turn (milliseconds per run, summed over the pages):

| runs | char floor | ours | ours / char floor |
| --- | --- | --- | --- |
${rows.join('\n')}

Warm-up counted in runs (two, the method until 2026-11-30) left most of that inside the samples,
and unevenly: a sample lasts about a millisecond, so the floor, three times faster, ran about three
times as many runs per sample as ours and was sampled further along its curve. The small pages'
ratio read 2.94–3.24× so; warmed for the same time first, it reads ${small ? formatRatio(small.ratios.oursCharFloor) : '—'} in this run. The curve's
ratios sit below that: it runs two methods per page where the samples interleave eleven, and why
they differ has not been measured; the curve is shown for its shape.
The first scan of a page, which a reader's content script runs cold, is measured by (a).
`;
}

function range(values: readonly (number | null)[]): string {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length === 0) return '—';
  return `${formatRatio(Math.min(...known))}–${formatRatio(Math.max(...known))}`;
}

/** Why the figures are what they are, from this run's numbers. */
function reading(matcher: MatcherSummary, startup: StartupSummary): string {
  const ms = (v: number) => (Number.isNaN(v) ? '—' : v.toFixed(1));
  const part = (browser: BrowserKind, page: string, variant: VariantKey, pick: (s: StartupSample) => number) =>
    cellMedian(startup, browser, page, variant, pick);
  const before = (s: StartupSample) => s.toScanStartMs;
  const scan = scanMs;
  const startLines = startupFigures(startup).map(
    (f) =>
      `  - ${f.browser}, ${pageNote(matcher, f.page)}: before the scan ${ms(part(f.browser, f.page, 'baseline', before))} → ` +
      `${ms(part(f.browser, f.page, 'field', before))} ms, scan ${ms(part(f.browser, f.page, 'baseline', scan))} → ${ms(part(f.browser, f.page, 'field', scan))} ms` +
      (f.fieldHeap !== null && f.noneHeap !== null && f.baselineHeap !== null
        ? `; the extension's JS heap on the page ${fmtKb(f.baselineHeap - f.noneHeap)} → ${fmtKb(f.fieldHeap - f.noneHeap)}.`
        : '.'),
  );
  const rows = rowRatios(matcher);
  const corpus = rows.filter((r) => r.label !== 'generated 1 MB');
  const generatedRow = rows.find((r) => r.label === 'generated 1 MB');
  const field = startup.variants.find((v) => v.key === 'field');
  const generated = matcher.pages.find((p) => p.group === 'generated 1 MB');
  const markMatches = generated
    ? ` On the generated page it finds ${generated.markRegExp.real.count.toLocaleString('en-US')} matches (ours stops at the ` +
      `${generated.ours.real.count.toLocaleString('en-US')}-mention cap) and wraps each in an element, which is most of its time there.`
    : '';
  return `## Reading the figures

**(a) Start-up.** Medians, 54 names → field data:
${startLines.join('\n')}

Every page's content script is a fresh JavaScript world, so whatever it does before the scan runs
cold (interpreted, no optimised code yet). The background therefore compiles the names once per
dataset — the folded keys, the trie with its prefilters, which patterns share each key, and the
context vocabulary's word-bounded terms in the same trie (src/match/compiled.ts) — and sends them
packed: typed arrays as base64, strings newline-joined (src/match/packed.ts, \`packMatchIndex\` in
src/data/match-index.ts). The trie's nodes are numbered breadth-first so that each node's
children are consecutive: its edges are two 16-bit arrays (each node's first child, each node's
unit) instead of a hash table a third empty, which took the message from 191 to 116 thousand
characters. Keys are numbered in the order of the nodes they end at, so the terminals are a
bitmap of the nodes and a count per 32 nodes (a key is its terminal's rank), copied as they are,
where the page had filled a table per node from a list of the terminals; and it sets the
prefilters' bits in four loops written out in one function, where a helper called per table had
made the cold unpacking 1.8–2.0 ms with the field data against 1.1 ms now (fresh tabs, Chromium;
the 54 names' small sets went the other way, 0.6 against 0.8–0.9 ms). The page decodes and
copies arrays, and makes a name's pattern object only when it meets the name (\`PatternList\`);
its display names and strengths are looked up through an index made when a name is first marked. Its loops over typed arrays are indexed (\`for…of\` and
\`TypedArray.from\` call an iterator per element in a cold script), and the context terms the page
looks for as substrings (Chinese, Korean) are sorted out in the background, so the page compiles
no Unicode-script RegExp. In Chromium, cold, the decoding and the finder took **${ms(matcher.coldBuildMs.real)} ms for the ${matcher.aliasCounts.real} field names against
${ms(matcher.coldBuildMs.old)} ms for the 54 names** (median over fresh tabs; warm, ${ms(matcher.buildMs.real)} ms).
Before the background compiled, the page folded every name and built the trie itself: 21.2 ms against 4.2 ms cold,
and start-up was 1.65–1.79× (Chromium) and 1.63–1.71× (Firefox) the 54 names'.
What the field data still adds before the scan is the larger message
(${field?.messageChars !== undefined ? `${field.messageChars.toLocaleString('en-US')} characters` : 'larger'}) and its opening — see the
phases below. The scan costs more where more word starts pass the trie's prefilters (a name
starts with the same three letters as "the", "and", "for": The Dukes, Andariel, Forest Blizzard;
a four-unit prefilter, and the next word's first letter after a three-letter first word, turn
most of them away before a walk; a plain word followed by a space is asked of a first-word filter
first, by the whole word and the next word's first letter), and on a page with a gated-name candidate (ordinary words and
shared acronyms; cnet.html has one, "Microsoft") the key's group and patterns, the precision
rules, the gate and the context test run for the first time, cold: the 54 names have no candidate
on that page at all. The context test walks the same trie, so it brings no tables of its own, and
skips its Chinese and Korean terms in text with no character of those scripts. On cnet.html that is enough to take the field data's first scan past the scanner's
8 ms slice (\`SCAN_SLICE_BUDGET_MS\`): it yields to the page once and finishes in a second slice,
while the 54 names' scan mostly fits in one, so the yield's wait counts against the field data.
Most of what the field data adds before the scan is the message, whose time varies most
between runs.
The extra heap is the trie's edge tables and terminal bitmap, which grow with the names' characters,
the key tables, and the pattern objects made; the fixed tables (root, prefilters) are the
same for any number of names. The start-up ratio moves by ±0.1 between runs of the same build
(the p25–p75 ranges in the table below are wider than the distance to the goal).

**(b) Ours against the character floor.** The character floor asks the DOM for text nodes only
(\`SHOW_TEXT\`: elements are skipped natively) and touches each character once. Ours must see every
element too — blocks end text runs, inline elements join them, script/style/code subtrees are
skipped — so on the corpus rows its walk into text runs alone, before any matching, is
${range(corpus.map((r) => r.ratios.runsCharFloor))} the character floor ("text runs" column). The walk decides by tag
only: elements ignored for an attribute (\`hidden\`, \`contenteditable\`, an inline \`display: none\`)
are looked for only in the runs that hold a candidate name (a selector query over every element
had cost about three quarters of the walk itself), and a white-space text node before a run has
begun is passed over without finding its block. A walk over text nodes only, climbing to the
parent when it changes, does not pay: on the corpus the text-only walk plus one \`parentNode\` read
per text node cost 9.6 ms, more than the element-and-text walk it would replace (8.8 ms; both
with no other work). The finder then reads
every run once, in one iterator (no generator per stage, nor one for the whole) that matches,
gates and makes mentions. Each run's text is an ordinary ("sequential") heap string: a text
node's data reaches JavaScript as an external string, and a scan whose \`charCodeAt\` met both
kinds read 17 ns per character on the small pages' runs against 6.5 ns on sequential strings
only (Chromium 156), so a run of one node is copied (\`sequentialCopy\` in src/content/page-text.ts).
The gate (\`RunGate\`) runs only around gated candidates: it starts at one, with the runs before
it as its look-behind, and stops once its look-ahead has passed and every run given to it is
taken; elsewhere a run costs it two stores, where its bookkeeping had been half of the small
pages' cost beyond walking and matching. The precision rules read characters in place
(no RegExp per character, no word splitting).
With the field data, ours is ${range(corpus.map((r) => r.ratios.fieldOverOld))} ours with the 54 names on the corpus rows${generatedRow ? ` and ${formatRatio(generatedRow.ratios.fieldOverOld)} on the generated page` : ''}
("real / 54" column): more word starts pass the prefilters and are walked, and more candidates
reach the precision rules. Small pages have the most markup per character, so the walk and the
per-run steps weigh most there. On the generated page the text is dense (the walk costs little
more than the floor) and ours is dominated by its mentions: 2,000 (the cap) in the first 60% of
its text, where the corpus has 10 in all. Measured in one page against the same paragraphs with
every name misspelt (400,000 characters, \`mentionsIn\` with the cap lifted, Chromium 156), a Latin
mention costs about 2.1 µs: 0.75 finding it (walk, precision rules), the rest its
StaticRange (about 0.33 µs to make), the check of its run for elements ignored for an attribute,
the gate and the objects that carry it (3.5 µs before 2026-11-30, when a page's common words
such as "security", "ministry" or "hackers" were walked in the trie at every occurrence: 34,886
walks for 1,999 names in the first 60% of the generated text, 5,904 since the first-word filter).
Every tenth paragraph is Chinese with a name every hundred characters or so, each checked by the
word segmenter (\`Intl.Segmenter\`, ICU: about 1.3 µs a window plus 0.09 µs a character in V8,
measured in Node 20; a window is the candidate and 8 characters each side, \`CJK_GUARD_CONTEXT\`):
a mention costs about 3.0 µs on average with the Chinese paragraphs in. What a scan
allocates matters too: each young-generation collection during a scan costs time, and the
generated page's scan allocated 3.13 MB before the precision rules and the page layer stopped
making a list or an object per candidate where none was needed, 2.81 MB after (allocation
sampling); with a 64 MB young generation (a V8 flag, for the measurement only) ours was 10% faster.
The generated row is the one closest to its goal: runs of the same code on 2026-11-30 before this
one read 2.87×, 2.91× and 3.04× (generated page and one corpus page only), so it is met with
little room; it read 3.56–3.75× before the first-word filter.

**(c) mark.js.** markRegExp is ${range(rows.map((r) => r.ratios.markRegExp))} ours across the rows. Its one RegExp of all
${matcher.aliasCounts.real} names has no word boundaries, so names also match inside longer words.${markMatches}
Before 2026-11-30 mark.js was timed on the page the other methods had just run on, where the live
Ranges they had left made each of its DOM mutations dearer: it read 339× ours on the generated
page and 9.0–12× on the corpus rows, against ${range(rows.map((r) => r.ratios.markRegExp))} on a page of its own.
${marksTaxParagraph(matcher)}`;
}

/** The explore section of docs/benchmark.md as it stands (from its heading to the end), or ''. */
function currentExploreSection(path: string): string {
  if (!existsSync(path)) return '';
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(`\n${EXPLORE_HEADING}\n`);
  return at < 0 ? '' : text.slice(at + 1);
}

/**
 * Writes (or replaces) only the explore section of docs/benchmark.md, at its end, leaving the
 * other sections as they are (`npm run bench -- --only=explore --write-docs`).
 */
export function writeExploreSection(explore: ExploreSummary, load: BenchSummary['load']): void {
  const path = join(ROOT, 'docs/benchmark.md');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark\n';
  const old = currentExploreSection(path);
  const rest = old ? text.slice(0, text.length - old.length) : `${text.trimEnd()}\n\n`;
  writeFileSync(path, `${rest}${exploreSection(explore, load)}`);
  console.log(`wrote the explore section of ${relative(ROOT, path)}`);
}

export function writeBenchmarkDoc(summary: BenchSummary): void {
  const { matcher, startup } = summary;
  if (!matcher || !startup) throw new Error('docs/benchmark.md needs both families');
  const path = join(ROOT, 'docs/benchmark.md');
  const text = [
    header(summary, matcher, startup),
    reading(matcher, startup),
    startupMethod(),
    `## (a) Start-up and heap: results\n\n${renderStartup(startup)}\n`,
    matcherMethod(matcher),
    `## (b), (c) Scan cost per page: results\n\n${renderTables(matcher)}\n`,
    `## Issue 4's targets\n\n${verdicts(matcher).join('\n')}\n`,
    // The explore family's section: from this run, or kept from the document as it was.
    summary.explore ? exploreSection(summary.explore, summary.load) : currentExploreSection(path),
  ]
    .filter(Boolean)
    .join('\n');
  writeFileSync(path, text);
  console.log(`wrote ${relative(ROOT, path)}`);
}
