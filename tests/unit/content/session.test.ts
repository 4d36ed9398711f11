// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CardContent, CardEvents, CardHost } from '../../../src/card/card-host';
import { startSession, type PageSession } from '../../../src/content/session';
import { compileMatchIndex } from '../../../src/data/match-index';
import { openMatchIndexMessage, toMatchIndexMessage } from '../../../src/shared/match-index-wire';
import { sliceForActor } from '../../../src/data/slice';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings-rules';
import { uiDataset } from '../ui/fixture-dataset';
import { installHighlightStub, mutationsDelivered } from './dom-helpers';

/** The card module and the background, as the session sees them: recorded, answered from the fixture. */
const fake = vi.hoisted(() => ({
  opened: [] as { content: unknown; focus: boolean }[],
  announced: [] as string[],
  cardSignals: [] as AbortSignal[],
  onOpen: undefined as (() => void) | undefined,
}));

vi.mock('../../../src/content/card-loader', () => ({
  loadCardModule: () =>
    Promise.resolve({
      createCardHost: (_doc: Document, _events: CardEvents, signal: AbortSignal): CardHost => {
        fake.cardSignals.push(signal);
        let exists = false;
        return {
          open(content: CardContent, _range: Range, options: { focus: boolean }) {
            exists = true;
            fake.opened.push({ content, focus: options.focus });
            fake.onOpen?.();
          },
          close: () => undefined,
          announce: (text: string) => void fake.announced.push(text),
          isHost: () => false,
          get exists() {
            return exists;
          },
        };
      },
    }),
}));

vi.mock('../../../src/shared/messages', () => ({
  sendToBackground: (type: string, payload: { actorId: string }) =>
    Promise.resolve(
      type === 'data/get-actor-slice'
        ? { ok: true, value: sliceForActor(uiDataset(), payload.actorId) ?? null }
        : { ok: false, error: type },
    ),
}));

// Through the packing the background does, as a page receives it.
const names = openMatchIndexMessage(toMatchIndexMessage(compileMatchIndex(uiDataset())));
const sessions: AbortController[] = [];

beforeAll(() => {
  installHighlightStub();
});

afterEach(() => {
  for (const session of sessions.splice(0)) session.abort();
  document.body.replaceChildren();
  fake.opened = [];
  fake.announced = [];
  fake.cardSignals = [];
});

async function started(html: string) {
  document.body.innerHTML = html;
  const sheet = { apply: vi.fn(), remove: vi.fn() };
  const controller = new AbortController();
  sessions.push(controller);
  let idle!: () => void;
  const scanned = new Promise<void>((resolve) => (idle = resolve));
  const session: PageSession = startSession(
    { doc: document, names, settings: DEFAULT_SETTINGS, sheet, onIdle: () => idle() },
    controller.signal,
  );
  await scanned;
  return { session, sheet, controller };
}

/** Resolves when the (fake) card opens. */
const cardOpened = () => new Promise<void>((resolve) => (fake.onOpen = resolve));

describe('page session', () => {
  it('marks the names of the match index and styles them once there are marks', async () => {
    const { session, sheet } = await started('<p>The Agency accused the Unit.</p><p>机构 said so.</p>');
    expect(session.store.ordered().map((m) => `${m.actorId}:${m.text}`)).toEqual(['agency:Agency', 'unit:Unit', 'agency:机构']);
    expect(sheet.apply).toHaveBeenLastCalledWith(expect.stringContaining('text-decoration-line:underline'));
    session.applySettings({ ...DEFAULT_SETTINGS, highlightStyle: 'background' });
    expect(sheet.apply).toHaveBeenLastCalledWith(expect.stringContaining('background-color'));
  });

  it('opens the card of a revealed actor with its slice of the data, focus inside, saying where it is', async () => {
    const { session } = await started('<p>The Agency accused the Unit.</p>');
    const open = cardOpened();
    expect(session.revealActor('unit')).toBe(true);
    await open;
    const [shown] = fake.opened;
    const content = shown?.content as CardContent;
    expect(content.actorId).toBe('unit');
    expect([...content.presentActorIds].sort()).toEqual(['agency', 'unit']);
    expect(content.index.actorsById.has('unit')).toBe(true);
    expect(content.index.dataset.claims.every((c) => c.claimants.includes('unit') || c.accused.includes('unit'))).toBe(true);
    expect(shown?.focus).toBe(true);
    expect(fake.announced).toEqual(['Name 2 of 2: The Unit']);
    expect(session.revealActor('firm')).toBe(false);
  });

  it('opens only the card still wanted when the reader moved on while it loaded', async () => {
    const { session } = await started('<p>The Agency accused the Unit.</p>');
    const open = cardOpened();
    session.revealActor('unit');
    session.revealActor('agency');
    await open;
    expect(fake.opened.map((o) => (o.content as CardContent).actorId)).toEqual(['agency']);
  });

  it('unmarks the page, drops the stylesheet and ends the card when it ends', async () => {
    const { session, sheet, controller } = await started('<p>The Agency accused the Unit.</p>');
    const open = cardOpened();
    session.revealActor('agency');
    await open;
    controller.abort();
    expect(session.store.size).toBe(0);
    expect(sheet.remove).toHaveBeenCalled();
    expect(fake.cardSignals.map((signal) => signal.aborted)).toEqual([true]);
    const delivered = mutationsDelivered(document.body);
    document.body.insertAdjacentHTML('beforeend', '<p>Unit</p>');
    await delivered;
    expect(session.scanner.busy).toBe(false);
  });
});
