/**
 * Test-build bridge between a page and the content script (compiled in only when `__E2E__`):
 * - `counterclaim-e2e:ping` → the content script answers `counterclaim-e2e:state` with its
 *   page summary as a JSON string (a string crosses Firefox's Xray boundary without cloneInto);
 * - `counterclaim-e2e:open` (detail `popup` | `options` | `explore#<route>`) → the background
 *   opens that extension page in a tab for this tab, since tests cannot click the toolbar button;
 * - `counterclaim-e2e:command` (detail a manifest command name, e.g. `next-mention`) → the
 *   background runs that keyboard command for this tab, through the same forwarding as the real
 *   shortcut (headless browsers do not deliver extension shortcuts);
 * - `counterclaim-e2e:settings` (detail a JSON string of a settings patch) → stored with
 *   `updateSettings`, so tests switch a site off and on through real storage change events;
 * - `counterclaim-e2e:step` (detail `1` | `-1`) → the content script steps to the next or previous
 *   name, as the keyboard command does;
 * - `counterclaim-e2e:stats` → the content script answers `counterclaim-e2e:stats-result` with its
 *   scanner's measurements as a JSON string (the 1 MB page test);
 * - `counterclaim-e2e:injected` → answered on `counterclaim-e2e:injected-result` with
 *   `{"injectedAt": …, "marks": {…}}`, the `performance.now()` at which this module was evaluated
 *   and the start-up phases reached since (`startup-marks.ts`), for the
 *   benchmark's start-up figure (injection to first scan finished, with the scanner's
 *   `firstStart`/`firstEnd` from `counterclaim-e2e:stats`);
 * - `counterclaim-e2e:hover` → answered on `counterclaim-e2e:hover-result` with the open card's
 *   actor and any pending open or close, so a test waits for the hover state instead of sleeping
 *   past the delays.
 * The production build has none of this: `tests/e2e/bundle.e2e.ts` and `tests/e2e/security.e2e.ts`
 * check the bundles, and that page events do nothing there.
 */
import type { PageSummary } from '../shared/messages';
import { sendToBackground } from '../shared/messages';
import { updateSettings, type Settings } from '../shared/settings';
import type { ScanStats } from './scanner';
import { startupMarks } from './startup-marks';
import type { HoverState } from './session';

/**
 * When the content script started, as near as this module can tell: it is evaluated while the
 * bundle starts, after only the modules `start.ts` imports before it (none of them holds data).
 */
const injectedAt = __E2E__ ? performance.now() : 0;

/** What the bridge asks of the content script. */
export interface E2eHooks {
  summary(): PageSummary;
  step(direction: 1 | -1): void;
  /** The current session's scanner measurements, or null without a session. */
  stats(): ScanStats | null;
  /** The current session's hover state, or null without a session. */
  hover(): HoverState | null;
}

export function installE2eBridge(hooks: E2eHooks, signal: AbortSignal): void {
  if (!__E2E__) return;
  /** Answer the page event `asked` with `answered`, its detail the value as a JSON string. */
  const answer = (asked: string, answered: string, value: () => unknown) =>
    document.addEventListener(asked, () => document.dispatchEvent(new CustomEvent(answered, { detail: JSON.stringify(value()) })), {
      signal,
    });
  answer('counterclaim-e2e:ping', 'counterclaim-e2e:state', () => hooks.summary());
  document.addEventListener(
    'counterclaim-e2e:step',
    (event) => hooks.step(Number((event as CustomEvent<unknown>).detail) === -1 ? -1 : 1),
    { signal },
  );
  answer('counterclaim-e2e:stats', 'counterclaim-e2e:stats-result', () => hooks.stats());
  answer('counterclaim-e2e:hover', 'counterclaim-e2e:hover-result', () => hooks.hover());
  answer('counterclaim-e2e:injected', 'counterclaim-e2e:injected-result', () => ({ injectedAt, marks: startupMarks }));
  document.addEventListener(
    'counterclaim-e2e:open',
    (event) => {
      // `explore#actor/apt28` opens the explore page at a deep link.
      const [which = '', hash = ''] = String((event as CustomEvent<unknown>).detail).split('#');
      const page = which === 'options' || which === 'explore' ? which : 'popup';
      void sendToBackground('e2e/open-popup', { page, hash });
    },
    { signal },
  );
  document.addEventListener(
    'counterclaim-e2e:command',
    (event) => {
      const command = String((event as CustomEvent<unknown>).detail);
      void sendToBackground('e2e/command', { command });
    },
    { signal },
  );
  document.addEventListener(
    'counterclaim-e2e:settings',
    (event) => {
      const patch = JSON.parse(String((event as CustomEvent<unknown>).detail)) as Partial<Settings>;
      void updateSettings(patch);
    },
    { signal },
  );
}
