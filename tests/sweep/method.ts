/** The method section of docs/sweep.md, kept next to the code it describes. */
export const SWEEP_METHOD = `# Reliability sweep

\`npm run sweep [corpusDir] [--browser=chromium|firefox] [--write-docs]\` (tests/sweep/run.ts) loads
every page of a saved-page corpus (default \`../shared/corpus/readability\`, 130 pages) with and
without the **production** build; \`tests/e2e/sweep.e2e.ts\` runs the same sweep on the 15-page
sample in \`tests/fixtures/corpus-sample\` (largest pages, every CJK page, a right-to-left page)
plus the demo page, in both browsers, inside \`npm test\`, and fails on any harm.

## Method

Pages are served from 127.0.0.1 (tests/e2e/harness/corpus-server.ts). Request interception lets
only the page's own document through (and the extension's packaged files, which never touch the
network); every sub-resource is refused in the browser, and the browsers cannot resolve any other
host anyway. Each page is opened four times per browser, each in a fresh tab:

| load | page scripts | used for |
| --- | --- | --- |
| live, without / with the extension | run | page errors and console errors added (with minus without, as multisets of messages), extension exceptions, requests |
| static, without / with | blocked by a \`script-src 'none'\` CSP header | DOM serialisation compared (our \`<counterclaim-host>\` removed first), mentions, longest task, layout shift |

Scripts are blocked with a CSP header rather than \`page.setJavaScriptEnabled(false)\`: with the
latter Chromium refuses every callback from the DOM into JavaScript ("The provided callback is no
longer runnable" from a TreeWalker filter) and stops timers, in the content script's isolated
world too, so the extension could not run. Content scripts are exempt from the page's CSP.

**Attribution (Chromium).** Content-script exceptions and console errors arrive on the page's
CDP session (\`Runtime.exceptionThrown\`, \`Runtime.consoleAPICalled\`) with the id of an
execution context whose origin is \`chrome-extension://…\` (an isolated world); that is how they
are told apart from the page's. puppeteer's \`pageerror\` event reports them too, but without
saying whose they are. The service worker is attached as its own CDP target (re-attached when
Chromium restarts it) for its exceptions, console errors and requests. Every page request is
recorded with its \`initiator\` (script URL and stack): a \`chrome-extension://\` frame means the
content script made it. The fixture server's log must show nothing but the page documents
(and the browser's own favicon probe).

**Firefox ESR** (WebDriver BiDi) reports page errors and console errors of the page and of
content scripts through the same events; they are attributed by a \`moz-extension://\` URL in the
stack where present, and otherwise counted by the with-minus-without difference. Chromium-only
columns: background errors and background requests (the event page is not observable over
BiDi), request initiators, longest task (Long Tasks API) and layout shift (Layout Instability
API) — Firefox has neither API; those cells read n/a.

**Mentions** are read from the highlight registry the page shares
(\`CSS.highlights.get('counterclaim-mention').size\`). **Scan completion**: the production build
has no test hooks, so a page is read once the mention count is unchanged across 300 ms, at least
1 s after \`load\` (at most 8 s). **Longest task**: the longest \`longtask\` entry during the static
load, with and without the extension — reported, not asserted (the goal is 50 ms). **Layout
shift**: the sum of \`layout-shift\` entries after DOMContentLoaded during the static load (content
scripts start after it; earlier shifts are progressive rendering); with minus without above
0.001 counts as harm.

**Confirmation.** A page that shows any harm is swept a second time (four more loads); only harm
seen on both passes is counted, and the rest is listed as "not reproduced". Live loads run the
page's own scripts on a shared two-core machine, so a one-off difference (a timer firing in one
load and not the other) is the page's timing; anything the extension causes happens again.
Requests are compared only by initiator in live loads (Chromium) and by with-minus-without only in
static loads, where the page's own requests are the same every time.`;
