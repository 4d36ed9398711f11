/**
 * The in-page feature: settings decide whether this page is scanned at all; when it is, a page
 * session (`session.ts`) finds and marks the names with the match index the background sends.
 * This module keeps what outlives sessions: the settings, the page's highlight stylesheet, the
 * summary the popup and badge read, and the listeners that start, restart and end sessions.
 *
 * Each session runs under its own AbortController, so turning the site off is one `abort()`.
 * The page-level listeners run until the `signal` passed to `startContent` aborts.
 *
 * Frames: top frame only (manifest `all_frames: false`). Same-origin article iframes are rare on
 * news sites (embeds are cross-origin: video, social posts, ads), and each frame would need its
 * own dataset copy, scanner and card; not worth it yet.
 */
import { onImportChanged } from '../shared/dataset-changes';
import { handleMessages, sendToBackground, type PageState, type PageSummary } from '../shared/messages';
import { getSettings, isActiveOn, onSettingsChanged, type Settings } from '../shared/settings';
import { installE2eBridge } from './e2e-bridge';
import { fetchMatchIndex } from './extension-data';
import { createHighlightSheet } from './highlight-style';
import type { MentionStore } from './mentions';
import { namesByActor } from './page-names';
import { startSession, type PageSession } from './session';
import { markStartup } from './startup-marks';

/** Most actors listed in a page summary (the popup shows a short list; the count stays exact). */
const MAX_SUMMARY_ACTORS = 100;

/** What the popup and the badge are told about the page: its state and the actors marked on it. */
export function summarize(state: PageState, store: MentionStore | null, hostname: string): PageSummary {
  const counts = store?.countsByActor() ?? new Map<string, number>();
  const names = namesByActor(store?.ordered() ?? []);
  const actors = [...counts]
    .map(([actorId, mentionCount]) => ({ actorId, mentionCount, names: names.get(actorId) ?? [] }))
    .sort((a, b) => b.mentionCount - a.mentionCount || a.actorId.localeCompare(b.actorId))
    .slice(0, MAX_SUMMARY_ACTORS);
  return { state, actors, mentionCount: store?.size ?? 0, capped: store?.capped ?? false, hostname };
}

export function startContent(signal: AbortSignal): void {
  const doc = document;
  const sheet = createHighlightSheet(doc);
  let settings: Settings | null = null;
  let current: { session: PageSession; controller: AbortController } | null = null;
  let starting: Promise<void> | null = null;
  let lastActorsKey = '';

  const state = (): PageState => {
    if (!settings) return 'scanning';
    if (!isActiveOn(settings, location.hostname)) return settings.paused ? 'paused' : 'site-disabled';
    return !current || current.session.scanner.busy ? 'scanning' : 'ready';
  };

  const summary = (): PageSummary => summarize(state(), current?.session.store ?? null, location.hostname);

  /** Tell the background (the badge) when the set of actors on the page changed; `store` null: none. */
  const reportActors = (store: MentionStore | null) => {
    const ids = store ? [...store.countsByActor().keys()].sort() : [];
    const key = ids.join(' ');
    if (key === lastActorsKey) return;
    lastActorsKey = key;
    void sendToBackground('page/actors-changed', { actorCount: ids.length });
  };

  const activate = async (): Promise<void> => {
    let reply: Awaited<ReturnType<typeof fetchMatchIndex>>;
    try {
      markStartup('indexAsked');
      reply = await fetchMatchIndex();
      markStartup('indexOpened');
    } finally {
      // Cleared before the session starts, not when this promise settles: a settings or dataset
      // change reported by the first scan's onIdle must be able to start the next session.
      starting = null;
    }
    if (!reply.ok || !settings || !isActiveOn(settings, location.hostname) || current || signal.aborted) return;
    const controller = new AbortController();
    // The first scan of a short page can finish before startSession returns: onIdle gets the store.
    const session = startSession({ doc, names: reply.value, settings, sheet, onIdle: reportActors }, controller.signal);
    current = { session, controller };
  };

  const deactivate = () => {
    if (!current) return;
    const { controller } = current;
    current = null;
    controller.abort();
    reportActors(null);
  };

  const sync = () => {
    if (!settings || signal.aborted) return;
    if (!isActiveOn(settings, location.hostname)) {
      deactivate();
      if (lastActorsKey !== '') reportActors(null);
      return;
    }
    if (current) {
      current.session.applySettings(settings);
      return;
    }
    starting ??= activate();
  };

  signal.addEventListener('abort', deactivate, { once: true });
  installE2eBridge(
    {
      summary,
      step: (direction) => current?.session.step(direction),
      stats: () => current?.session.scanner.stats ?? null,
      hover: () => current?.session.hoverState() ?? null,
    },
    signal,
  );
  handleMessages(
    {
      'page/get-summary': summary,
      'page/step-mention': ({ direction }) => ({ found: current?.session.step(direction === -1 ? -1 : 1) ?? false }),
      'page/reveal-actor': ({ actorId }) => ({ found: current?.session.revealActor(actorId) ?? false }),
    },
    signal,
  );
  onSettingsChanged((next) => {
    settings = next;
    sync();
  }, signal);
  // A reader's dataset import or removal: start over with the new data. Not through
  // `onActiveDatasetChanged` (shared/dataset-store.ts): that loads the whole dataset into the page;
  // a new session asks the background for the new match index instead.
  onImportChanged(() => {
    if (!current) return;
    deactivate();
    sync();
  }, signal);
  markStartup('settingsAsked');
  void getSettings().then((initial) => {
    markStartup('settingsReceived');
    settings ??= initial;
    sync();
  });
}
