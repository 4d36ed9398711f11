/**
 * The in-page feature: settings decide whether this page is scanned at all; when it is, the
 * dataset is fetched from the background, names are found and marked, and the card follows the
 * pointer and the keyboard. Everything a session sets up hangs off one AbortController, so
 * turning the site off is one `abort()` plus clearing the marks.
 *
 * Frames: top frame only (manifest `all_frames: false`). Same-origin article iframes are rare on
 * news sites (embeds are cross-origin: video, social posts, ads), and each frame would need its
 * own dataset copy, scanner and card; not worth it yet.
 */
import { createDatasetIndex, type DatasetIndex } from '../data/dataset-index';
import { patternsOf, type MatchIndex } from '../data/match-index';
import { createNameFinder } from '../match/finder';
import { MAX_MENTIONS_PER_PAGE } from '../match/limits';
import { browser } from '../shared/browser';
import { t } from '../shared/i18n';
import { IMPORT_STORAGE_KEY } from '../shared/dataset-store-core';
import { handleMessages, sendToBackground, type PageState, type PageSummary } from '../shared/messages';
import { getSettings, isActiveOn, onSettingsChanged, type Settings } from '../shared/settings';
import type { CardHost } from '../card/card-host';
import { loadCardModule } from './card-loader';
import { installE2eBridge } from './e2e-bridge';
import { createHighlightSheet, detectPageTheme, highlightCss, type PageTheme } from './highlight-style';
import { mentionAtPoint } from './hit-test';
import { createHoverController, type HoverController } from './hover';
import { createMentionStore, type Mention, type MentionStore } from './mentions';
import { namesByActor } from './page-names';
import { createScanner, type Scanner } from './scanner';

/** Attempts after the first to get the match index, and the first back-off (doubled each time). */
const DATASET_RETRIES = 3;
const DATASET_RETRY_DELAY_MS = 250;

/** Most actors listed in a page summary (the popup shows a short list; the count stays exact). */
const MAX_SUMMARY_ACTORS = 100;

interface Session {
  controller: AbortController;
  /** Names, rules and display names: all the page holds of the dataset. */
  names: MatchIndex;
  /** Display name of each actor id, for announcements. */
  displayNames: ReadonlyMap<string, string>;
  /** Card data per actor, asked of the background when its card first opens. */
  cards: Map<string, Promise<DatasetIndex | null>>;
  store: MentionStore;
  scanner: Scanner;
  hover: HoverController<Mention>;
  /** Created with the card module, on the first card. */
  card: CardHost | null;
  theme: PageTheme;
  /** Said by the live region when the next card opens (keyboard steps say where they are). */
  announcement: string | undefined;
  /** Last pointer position: a card opened by pointer sits against the line under it. */
  point: { x: number; y: number } | undefined;
}

export function startContent(): void {
  const doc = document;
  const sheet = createHighlightSheet(doc);
  let settings: Settings | null = null;
  let session: Session | null = null;
  let starting: Promise<void> | null = null;
  let lastActorsKey = '';
  let lastStepped: Mention | null = null;

  const state = (): PageState => {
    if (!settings) return 'scanning';
    if (!isActiveOn(settings, location.hostname)) return settings.paused ? 'paused' : 'site-disabled';
    return !session || session.scanner.busy ? 'scanning' : 'ready';
  };

  const summary = (): PageSummary => {
    const counts = session?.store.countsByActor() ?? new Map<string, number>();
    const names = namesByActor(session?.store.ordered() ?? []);
    const actors = [...counts]
      .map(([actorId, mentionCount]) => ({ actorId, mentionCount, names: names.get(actorId) ?? [] }))
      .sort((a, b) => b.mentionCount - a.mentionCount || a.actorId.localeCompare(b.actorId))
      .slice(0, MAX_SUMMARY_ACTORS);
    return { state: state(), actors, mentionCount: session?.store.size ?? 0, capped: session?.store.capped ?? false, hostname: location.hostname };
  };

  const reportActors = () => {
    const ids = session ? [...session.store.countsByActor().keys()].sort() : [];
    const key = ids.join(' ');
    if (key === lastActorsKey) return;
    lastActorsKey = key;
    void sendToBackground('page/actors-changed', { actorCount: ids.length });
  };

  const applyStyle = (s: Session) => {
    if (!settings || s.store.size === 0) return;
    sheet.apply(highlightCss(settings.highlightStyle, s.theme));
  };

  const presentActorIds = (s: Session) => new Set(s.store.countsByActor().keys());

  /** The card host, loading the card module the first time. */
  const cardOf = async (s: Session): Promise<CardHost> => {
    if (s.card) return s.card;
    const { createCardHost } = await loadCardModule();
    s.card ??= createCardHost(doc, {
      onPointerEnter: () => s.hover.cardPointerEnter(),
      onPointerLeave: () => s.hover.cardPointerLeave(),
      onFocusIn: () => s.hover.cardFocusIn(),
      onFocusOut: () => s.hover.cardFocusOut(),
      onCloseRequest: () => s.hover.escape(),
      onExplore: (actorId) => void sendToBackground('ui/open-explore', { hash: `actor/${actorId}` }),
    });
    return s.card;
  };

  /** One actor's records for its card, asked once per session (the page never holds the dataset). */
  const cardData = (s: Session, actorId: string): Promise<DatasetIndex | null> => {
    let data = s.cards.get(actorId);
    if (data === undefined) {
      data = sendToBackground('data/get-actor-slice', { actorId }).then((reply) => (reply.ok && reply.value ? createDatasetIndex(reply.value) : null));
      s.cards.set(actorId, data);
    }
    return data;
  };

  const openCard = async (s: Session, mention: Mention, focus: boolean, point?: { x: number; y: number }, say?: string) => {
    const [card, index] = await Promise.all([cardOf(s), cardData(s, mention.actorId)]);
    if (!index) {
      s.cards.delete(mention.actorId);
      return;
    }
    // The reader may have moved on while the module loaded: only open what is still wanted.
    if (session !== s || s.hover.current !== mention) return;
    const firstTime = !card.exists;
    // Dark card on a dark page, or when the reader prefers dark; light otherwise.
    const theme = s.theme === 'dark' || matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    card.open(
      { index, actorId: mention.actorId, presentActorIds: presentActorIds(s), theme },
      mention.range,
      { focus, ...(point ? { point } : {}) },
    );
    if (say) card.announce(say);
    else if (firstTime) card.announce(t('announce_marked', s.store.size));
  };

  /** Scroll a name into view (nested scrollers first, then the window to centre it). */
  const reveal = (mention: Mention) => {
    const element = mention.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const rect = mention.range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > innerHeight) scrollBy({ top: rect.top - innerHeight / 2, behavior: 'instant' });
  };

  const goTo = (s: Session, mention: Mention) => {
    lastStepped = mention;
    reveal(mention);
    const ordered = s.store.ordered();
    const name = s.displayNames.get(mention.actorId) ?? mention.text;
    s.announcement = t('announce_step', ordered.indexOf(mention) + 1, ordered.length, name);
    s.hover.openNow(mention, { focus: true });
  };

  const step = (direction: 1 | -1): boolean => {
    const s = session;
    if (!s) return false;
    // Only names the reader can see: text hidden by the page's CSS has no boxes.
    const ordered = s.store.ordered().filter((m) => m.range.getClientRects().length > 0);
    if (ordered.length === 0) return false;
    const from = s.hover.current ?? lastStepped;
    const at = from ? ordered.indexOf(from) : -1;
    let next: Mention | undefined;
    if (at >= 0) next = ordered[(at + direction + ordered.length) % ordered.length];
    else if (direction === 1) next = ordered.find((m) => m.range.getBoundingClientRect().top >= 0) ?? ordered[0];
    else next = [...ordered].reverse().find((m) => m.range.getBoundingClientRect().bottom <= innerHeight) ?? ordered[ordered.length - 1];
    if (!next) return false;
    goTo(s, next);
    return true;
  };

  const revealActor = (actorId: string): boolean => {
    const s = session;
    const first = s?.store.ordered().find((m) => m.actorId === actorId);
    if (!s || !first) return false;
    goTo(s, first);
    return true;
  };

  const listenToPointer = (s: Session, signal: AbortSignal) => {
    let frame = 0;
    let x = 0;
    let y = 0;
    let target: EventTarget | null = null;
    const probe = () => {
      frame = 0;
      if (s.card?.isHost(target) || s.store.size === 0) return;
      const mention = mentionAtPoint(doc, s.store, x, y, s.scanner.shadowRoots);
      if (mention) {
        // Fetch the card module while the open delay runs.
        void loadCardModule().catch(() => undefined);
        s.hover.pointerOn(mention);
      } else s.hover.pointerOff();
    };
    doc.addEventListener(
      'pointermove',
      (event) => {
        if (event.pointerType === 'touch') return;
        ({ clientX: x, clientY: y, target } = event);
        s.point = { x, y };
        if (frame === 0) frame = requestAnimationFrame(probe);
      },
      { passive: true, signal },
    );
    doc.documentElement.addEventListener('pointerleave', () => s.hover.pointerOff(), { passive: true, signal });
    // A tap opens at once (no hover on touch screens); a tap elsewhere closes.
    doc.addEventListener(
      'pointerup',
      (event) => {
        if (event.pointerType !== 'touch' || s.card?.isHost(event.target)) return;
        const mention = mentionAtPoint(doc, s.store, event.clientX, event.clientY, s.scanner.shadowRoots);
        s.point = { x: event.clientX, y: event.clientY };
        if (mention) s.hover.openNow(mention, { focus: false });
        else s.hover.closeNow();
      },
      { passive: true, signal },
    );
    addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && s.hover.escape()) {
          event.stopPropagation();
          event.preventDefault();
        }
      },
      { capture: true, signal },
    );
    signal.addEventListener('abort', () => cancelAnimationFrame(frame), { once: true });
  };

  /** The match index from the background; a worker that is still starting may not answer at once. */
  const fetchMatchIndex = async () => {
    for (let attempt = 0; ; attempt++) {
      const reply = await sendToBackground('data/get-match-index', {});
      if (reply.ok || attempt >= DATASET_RETRIES) return reply;
      await new Promise((done) => setTimeout(done, DATASET_RETRY_DELAY_MS * 2 ** attempt));
    }
  };

  const activate = async (): Promise<void> => {
    const reply = await fetchMatchIndex();
    if (!reply.ok || !settings || !isActiveOn(settings, location.hostname) || session) return;
    const names = reply.value;
    const matcher = createNameFinder({ patterns: patternsOf(names), contextTerms: names.contextTerms });
    const store = createMentionStore(MAX_MENTIONS_PER_PAGE);
    store.setStrengths(new Map(names.actorIds.map((id, i) => [id, names.strengths[i] ?? 'weak'])));
    const controller = new AbortController();
    const s: Session = {
      controller,
      names,
      displayNames: new Map(names.actorIds.map((id, i) => [id, names.displayNames[i] ?? id])),
      cards: new Map(),
      store,
      theme: detectPageTheme(doc),
      point: undefined,
      announcement: undefined,
      // Assigned just below; the callbacks only run after this function returns.
      scanner: null as unknown as Scanner,
      hover: null as unknown as HoverController<Mention>,
      card: null,
    };
    s.hover = createHoverController<Mention>(settings, {
      show: (mention, { focus }) => {
        const say = s.announcement;
        s.announcement = undefined;
        void openCard(s, mention, focus, focus ? undefined : s.point, say);
      },
      hide: ({ restoreFocus }) => s.card?.close(restoreFocus),
    });
    s.scanner = createScanner({
      doc,
      matcher,
      store,
      cap: MAX_MENTIONS_PER_PAGE,
      onIdle: () => {
        const theme = detectPageTheme(doc);
        s.theme = theme;
        applyStyle(s);
        const open = s.hover.current;
        if (open && !s.store.ordered().includes(open)) s.hover.closeNow();
        reportActors();
      },
    });
    session = s;
    listenToPointer(s, controller.signal);
    s.scanner.scanAll();
  };

  const deactivate = () => {
    const s = session;
    if (!s) return;
    session = null;
    lastStepped = null;
    s.controller.abort();
    s.scanner.stop();
    s.hover.dispose();
    s.card?.destroy();
    s.store.clear();
    sheet.remove();
    reportActors();
  };

  const sync = () => {
    if (!settings) return;
    if (!isActiveOn(settings, location.hostname)) {
      deactivate();
      if (lastActorsKey !== '') reportActors();
      return;
    }
    if (session) {
      session.hover.setDelays(settings);
      applyStyle(session);
      return;
    }
    starting ??= activate().finally(() => {
      starting = null;
    });
  };

  const lifetime = new AbortController();
  installE2eBridge(summary, lifetime.signal);
  handleMessages(
    {
      'page/get-summary': summary,
      'page/step-mention': ({ direction }) => ({ found: step(direction === -1 ? -1 : 1) }),
      'page/reveal-actor': ({ actorId }) => ({ found: revealActor(actorId) }),
    },
    lifetime.signal,
  );
  if (__E2E__) {
    doc.addEventListener('counterclaim-e2e:step', (event) => step(Number((event as CustomEvent<unknown>).detail) === -1 ? -1 : 1), {
      signal: lifetime.signal,
    });
    // Scanner measurements for the 1 MB test: answered as a JSON string on `counterclaim-e2e:stats-result`.
    doc.addEventListener(
      'counterclaim-e2e:stats',
      () => {
        const detail = JSON.stringify(session?.scanner.stats ?? null);
        doc.dispatchEvent(new CustomEvent('counterclaim-e2e:stats-result', { detail }));
      },
      { signal: lifetime.signal },
    );
  }
  onSettingsChanged((next) => {
    settings = next;
    sync();
  }, lifetime.signal);
  // A reader's dataset import or removal: start over with the new data.
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !(IMPORT_STORAGE_KEY in changes) || !session) return;
    deactivate();
    sync();
  };
  browser.storage.onChanged.addListener(onStorage);
  lifetime.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage), { once: true });
  void getSettings().then((initial) => {
    settings ??= initial;
    sync();
  });
}
