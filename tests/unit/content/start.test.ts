// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startContent } from '../../../src/content/start';
import { compileMatchIndex } from '../../../src/data/match-index';
import { openMatchIndexMessage, toMatchIndexMessage } from '../../../src/shared/match-index-wire';
import type { PageSummary } from '../../../src/shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings-rules';
import { uiDataset } from '../ui/fixture-dataset';
import { installHighlightStub } from './dom-helpers';

// The build flag, read when e2e-bridge.ts is evaluated (before any hook runs): the shipped build.
vi.hoisted(() => {
  (globalThis as { __E2E__?: boolean }).__E2E__ = false;
});

/** The extension around the content script, recorded: message handlers, storage listeners, what it sends. */
const ext = vi.hoisted(() => ({
  handlers: {} as Record<string, (payload: unknown) => unknown>,
  handlerSignals: [] as AbortSignal[],
  sent: [] as { type: string; payload: unknown }[],
  settingsListeners: [] as ((settings: Settings) => void)[],
  importListeners: [] as (() => void)[],
  fetches: 0,
  settings: undefined as Settings | undefined,
  onSent: undefined as (() => void) | undefined,
}));

vi.mock('../../../src/shared/messages', () => ({
  handleMessages: (handlers: Record<string, (payload: unknown) => unknown>, signal: AbortSignal) => {
    Object.assign(ext.handlers, handlers);
    ext.handlerSignals.push(signal);
  },
  sendToBackground: (type: string, payload: unknown) => {
    ext.sent.push({ type, payload });
    ext.onSent?.();
    return Promise.resolve({ ok: true, value: null });
  },
}));
vi.mock('../../../src/shared/settings', async () => ({
  ...(await import('../../../src/shared/settings-rules')),
  getSettings: () => Promise.resolve(ext.settings),
  onSettingsChanged: (listener: (settings: Settings) => void) => void ext.settingsListeners.push(listener),
}));
vi.mock('../../../src/shared/dataset-changes', () => ({
  onImportChanged: (listener: () => void) => void ext.importListeners.push(listener),
}));
vi.mock('../../../src/content/extension-data', () => ({
  fetchMatchIndex: () => {
    ext.fetches += 1;
    return Promise.resolve({ ok: true, value: openMatchIndexMessage(toMatchIndexMessage(compileMatchIndex(uiDataset()))) });
  },
  createCardData: () => () => Promise.resolve(null),
}));

let page: AbortController | undefined;
const registry = installHighlightStub();

afterEach(() => {
  page?.abort();
  document.body.replaceChildren();
  Object.assign(ext, { handlers: {}, handlerSignals: [], sent: [], settingsListeners: [], importListeners: [], fetches: 0 });
});

const summary = () => ext.handlers['page/get-summary']?.({}) as PageSummary;

/** Resolves at the next `page/actors-changed` report, with its actor count. */
const nextReport = () =>
  new Promise<unknown>((resolve) => {
    ext.onSent = () => {
      const last = ext.sent.at(-1);
      if (last?.type === 'page/actors-changed') resolve(last.payload);
    };
  });

function start(settings: Settings = DEFAULT_SETTINGS): void {
  document.body.innerHTML = '<p>The Agency accused the Unit, and the Unit denied it.</p>';
  ext.settings = settings;
  page = new AbortController();
  startContent(page.signal);
}

describe('the content script', () => {
  it('marks the page where it is active, and tells the popup and the badge what is on it', async () => {
    const report = nextReport();
    start();
    expect(summary().state).toBe('scanning');
    expect(await report).toEqual({ actorCount: 2 });
    expect(summary()).toEqual({
      state: 'ready',
      actors: [
        { actorId: 'unit', mentionCount: 2, names: ['Unit'] },
        { actorId: 'agency', mentionCount: 1, names: ['Agency'] },
      ],
      mentionCount: 3,
      capped: false,
      hostname: location.hostname,
    });
    expect(registry.get('counterclaim-mention')?.size).toBe(3);
  });

  it('unmarks the page when the site is switched off or everything is paused, and marks it again', async () => {
    let report = nextReport();
    start();
    await report;
    report = nextReport();
    for (const listener of ext.settingsListeners) listener({ ...DEFAULT_SETTINGS, disabledSites: [location.hostname] });
    expect(await report).toEqual({ actorCount: 0 });
    expect(summary()).toMatchObject({ state: 'site-disabled', actors: [], mentionCount: 0 });
    expect(registry.has('counterclaim-mention')).toBe(false);
    expect(ext.handlers['page/reveal-actor']?.({ actorId: 'unit' })).toEqual({ found: false });
    for (const listener of ext.settingsListeners) listener({ ...DEFAULT_SETTINGS, paused: true });
    expect(summary().state).toBe('paused');
    report = nextReport();
    for (const listener of ext.settingsListeners) listener(DEFAULT_SETTINGS);
    expect(await report).toEqual({ actorCount: 2 });
    expect(ext.fetches).toBe(2);
  });

  it('does nothing on a switched-off site until it is switched on', async () => {
    start({ ...DEFAULT_SETTINGS, paused: true });
    await vi.waitUntil(() => summary().state === 'paused');
    expect(ext.fetches).toBe(0);
  });

  it('starts over with the new data when the reader imports a dataset', async () => {
    let report = nextReport();
    start();
    await report;
    report = nextReport();
    for (const listener of ext.importListeners) listener();
    expect(await report).toEqual({ actorCount: 0 });
    await vi.waitUntil(() => summary().state === 'ready');
    expect(ext.fetches).toBe(2);
    expect(summary().mentionCount).toBe(3);
  });

  it('tears everything down when its signal aborts', async () => {
    const report = nextReport();
    start();
    await report;
    page?.abort();
    expect(registry.has('counterclaim-mention')).toBe(false);
    expect(ext.handlerSignals.every((signal) => signal.aborted)).toBe(true);
  });
});
