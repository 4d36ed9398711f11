/**
 * One page session: the extension at work on this page with one dataset's names. It finds and
 * marks them (store, scanner), follows the pointer and keyboard (input, hover, navigation) and
 * opens the card, whose module and data it loads on first use.
 *
 * Everything a session sets up hangs off the one `signal` it is started with (refined-github's
 * `init(signal)`): aborting it stops the scanner, drops the hover timers and input listeners,
 * removes the card and unmarks the page.
 */
import type { CardHost } from '../card/card-host';
import type { OpenedMatchIndex } from '../data/match-index';
import { createNameFinder } from '../match/finder';
import { MAX_MENTIONS_PER_PAGE } from '../match/limits';
import { t } from '../shared/i18n';
import { sendToBackground } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { loadCardModule } from './card-loader';
import { createCardData } from './extension-data';
import { detectPageTheme, highlightCss, type HighlightSheet } from './highlight-style';
import { mentionAtPoint } from './hit-test';
import { createHoverController } from './hover';
import { listenToInput, type Point } from './input';
import { createMentionStore, type Mention, type MentionStore } from './mentions';
import { createNavigator } from './navigation';
import { createScanner, type Scanner } from './scanner';
import { liveRangeOf } from './spans';
import { markStartup } from './startup-marks';

export interface SessionOptions {
  doc: Document;
  names: OpenedMatchIndex;
  settings: Settings;
  /** The page's one highlight stylesheet (it outlives sessions: it is adopted once per page). */
  sheet: HighlightSheet;
  /**
   * After each batch of scanning, once the queue is empty: the set of actors may have changed. It
   * may run before `startSession` returns (a short page is scanned in one slice).
   */
  onIdle(store: MentionStore): void;
}

export interface PageSession {
  readonly store: MentionStore;
  readonly scanner: Scanner;
  /** New settings: hover delays and the highlight style. */
  applySettings(settings: Settings): void;
  /** Go to the next (1) or previous (-1) name and open its card; false when there is none. */
  step(direction: 1 | -1): boolean;
  /** Go to the first name of `actorId` and open its card; false when the page does not name it. */
  revealActor(actorId: string): boolean;
  /** The actor whose card is open, and a pending open or close (for the test build's bridge). */
  hoverState(): HoverState;
}

export interface HoverState {
  open: string | null;
  pending: 'open' | 'close' | null;
}

export function startSession(options: SessionOptions, signal: AbortSignal): PageSession {
  const { doc, names, sheet } = options;
  const view = doc.defaultView as Window;
  let settings = options.settings;
  let theme = detectPageTheme(doc);
  /** Said by the live region when the next card opens (keyboard steps say where they are). */
  let announcement: string | undefined;
  /** Last pointer position: a card opened by pointer sits against the line under it. */
  let point: Point | undefined;
  /** Created with the card module, on the first card. */
  let card: CardHost | null = null;
  const cardData = createCardData();
  // Actor id → index in the match index, made when first asked: most pages mark no name, and a
  // loop over every actor is cold work in each page's start-up.
  let actorIndex: Map<string, number> | undefined;
  const indexOf = (actorId: string) => (actorIndex ??= new Map(names.actorIds.map((id, i) => [id, i]))).get(actorId) ?? -1;

  const store = createMentionStore(MAX_MENTIONS_PER_PAGE);
  store.setStrengths({ get: (actorId) => names.strengths[indexOf(actorId)] });

  const hover = createHoverController<Mention>(
    settings,
    {
      show: (mention, { focus }) => {
        const say = announcement;
        announcement = undefined;
        void openCard(mention, focus, focus ? undefined : point, say);
      },
      hide: ({ restoreFocus }) => card?.close(restoreFocus),
    },
    signal,
  );

  const applyStyle = () => {
    if (store.size > 0) sheet.apply(highlightCss(settings.highlightStyle, theme));
  };

  markStartup('sessionStarted');
  const matcher = createNameFinder(names);
  markStartup('finderBuilt');
  const scanner = createScanner({
    doc,
    matcher,
    store,
    cap: MAX_MENTIONS_PER_PAGE,
    signal,
    onIdle: () => {
      theme = detectPageTheme(doc);
      applyStyle();
      const open = hover.current;
      if (open && !store.ordered().includes(open)) hover.closeNow();
      options.onIdle(store);
    },
  });

  /** The card host, loading the card module the first time. */
  async function cardHost(): Promise<CardHost> {
    if (card) return card;
    const { createCardHost } = await loadCardModule();
    card ??= createCardHost(
      doc,
      {
        onPointerEnter: () => hover.cardPointerEnter(),
        onPointerLeave: () => hover.cardPointerLeave(),
        onFocusIn: () => hover.cardFocusIn(),
        onFocusOut: () => hover.cardFocusOut(),
        onCloseRequest: () => hover.escape(),
        onExplore: (actorId) => void sendToBackground('ui/open-explore', { hash: `actor/${actorId}` }),
      },
      signal,
    );
    return card;
  }

  async function openCard(mention: Mention, focus: boolean, at: Point | undefined, say: string | undefined): Promise<void> {
    const [host, index] = await Promise.all([cardHost(), cardData(mention.actorId)]);
    // The reader may have moved on while the module and data loaded: only open what is still wanted.
    if (!index || signal.aborted || hover.current !== mention) return;
    const firstTime = !host.exists;
    // Dark card on a dark page, or when the reader prefers dark; light otherwise.
    const cardTheme = theme === 'dark' || view.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    host.open(
      { index, actorId: mention.actorId, presentActorIds: new Set(store.countsByActor().keys()), theme: cardTheme },
      liveRangeOf(mention.range),
      { focus, ...(at ? { point: at } : {}) },
    );
    if (say) host.announce(say);
    else if (firstTime) host.announce(t('announce_marked', store.size));
  }

  const navigator = createNavigator(
    {
      store,
      current: () => hover.current,
      nameOf: (actorId) => names.displayNames[indexOf(actorId)],
      open: (mention, say) => {
        announcement = say;
        hover.openNow(mention, { focus: true });
      },
    },
    view,
  );

  listenToInput(
    doc,
    {
      hover,
      mentionAt: (x, y) => mentionAtPoint(doc, store, x, y, scanner.shadowRoots),
      hasMentions: () => store.size > 0,
      isCard: (target) => card?.isHost(target) ?? false,
      pointAt: (at) => {
        point = at;
      },
      prefetchCard: () => void loadCardModule().catch(() => undefined),
    },
    signal,
  );

  signal.addEventListener(
    'abort',
    () => {
      store.clear();
      sheet.remove();
    },
    { once: true },
  );
  scanner.scanAll();

  return {
    store,
    scanner,
    applySettings(next) {
      settings = next;
      hover.setDelays(next);
      applyStyle();
    },
    step: (direction) => navigator.step(direction),
    revealActor: (actorId) => navigator.revealActor(actorId),
    hoverState: () => ({ open: hover.current?.actorId ?? null, pending: hover.pending }),
  };
}
