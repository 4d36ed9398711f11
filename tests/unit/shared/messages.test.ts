import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MESSAGE_TYPES, handleMessages, isMessage, sendToBackground, sendToTab } from '../../../src/shared/messages';

type Listener = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => Promise<unknown> | undefined;

/** The slice of the extension API the message helpers use, recorded. */
const fake = vi.hoisted(() => ({
  listeners: new Set<Listener>(),
  sent: [] as unknown[],
  answer: undefined as (() => Promise<unknown>) | undefined,
}));

vi.mock('../../../src/shared/browser', () => ({
  browser: {
    runtime: {
      id: 'our-extension',
      onMessage: {
        addListener: (listener: Listener) => fake.listeners.add(listener),
        removeListener: (listener: Listener) => fake.listeners.delete(listener),
      },
      sendMessage: (message: unknown) => {
        fake.sent.push(message);
        return fake.answer?.() ?? Promise.resolve(undefined);
      },
    },
    tabs: {
      sendMessage: (tabId: number, message: unknown) => {
        fake.sent.push({ tabId, message });
        return fake.answer?.() ?? Promise.resolve(undefined);
      },
    },
  },
}));

const OURS = { id: 'our-extension', tab: { id: 7 } };

/** What the registered listeners answer to `message` from `sender` (undefined: nobody answers). */
function deliver(message: unknown, sender: { id?: string } = OURS): Promise<unknown> | undefined {
  for (const listener of fake.listeners) {
    const answer = listener(message, sender);
    if (answer !== undefined) return answer;
  }
  return undefined;
}

beforeEach(() => {
  fake.listeners.clear();
  fake.sent = [];
  fake.answer = undefined;
});

describe('isMessage', () => {
  it('accepts exactly the message map’s types', () => {
    for (const type of MESSAGE_TYPES) expect(isMessage({ type, payload: {} })).toBe(true);
    for (const value of [null, 'page/get-summary', {}, { type: 'page/unknown' }, { type: 42 }, { type: 'toString' }]) {
      expect(isMessage(value)).toBe(false);
    }
  });
});

describe('handleMessages', () => {
  it('answers its own types from this extension with the handler’s value, and the sender', async () => {
    handleMessages({ 'page/reveal-actor': ({ actorId }, sender) => ({ found: actorId === 'mss' && sender.tab?.id === 7 }) });
    await expect(deliver({ type: 'page/reveal-actor', payload: { actorId: 'mss' } })).resolves.toEqual({
      ok: true,
      value: { found: true },
    });
  });

  it('turns a thrown or rejected handler into an error value', async () => {
    handleMessages({
      'page/get-summary': () => {
        throw new Error('no page');
      },
      'page/step-mention': () => Promise.reject(new Error('later')),
    });
    await expect(deliver({ type: 'page/get-summary', payload: {} })).resolves.toEqual({ ok: false, error: 'no page' });
    await expect(deliver({ type: 'page/step-mention', payload: { direction: 1 } })).resolves.toEqual({ ok: false, error: 'later' });
  });

  it('stays silent for other senders, unknown messages and types it does not handle', () => {
    handleMessages({ 'page/get-summary': () => ({ state: 'ready', actors: [], mentionCount: 0, capped: false }) });
    expect(deliver({ type: 'page/get-summary', payload: {} }, { id: 'another-extension' })).toBeUndefined();
    expect(deliver({ type: 'page/get-summary', payload: {} }, {})).toBeUndefined();
    expect(deliver({ hello: 'world' })).toBeUndefined();
    expect(deliver({ type: 'page/step-mention', payload: { direction: 1 } })).toBeUndefined();
  });

  it('stops listening when its signal aborts', () => {
    const controller = new AbortController();
    handleMessages({ 'page/get-summary': () => ({ state: 'ready', actors: [], mentionCount: 0, capped: false }) }, controller.signal);
    expect(fake.listeners.size).toBe(1);
    controller.abort();
    expect(fake.listeners.size).toBe(0);
  });
});

describe('sendToBackground and sendToTab', () => {
  it('send { type, payload } and hand back the reply', async () => {
    fake.answer = () => Promise.resolve({ ok: true, value: null });
    await expect(sendToBackground('page/actors-changed', { actorCount: 2 })).resolves.toEqual({ ok: true, value: null });
    await expect(sendToTab(3, 'page/step-mention', { direction: -1 })).resolves.toEqual({ ok: true, value: null });
    expect(fake.sent).toEqual([
      { type: 'page/actors-changed', payload: { actorCount: 2 } },
      { tabId: 3, message: { type: 'page/step-mention', payload: { direction: -1 } } },
    ]);
  });

  it('never throw: no listener and a failed send come back as error values', async () => {
    await expect(sendToBackground('page/actors-changed', { actorCount: 0 })).resolves.toEqual({ ok: false, error: 'no answer' });
    fake.answer = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(sendToTab(9, 'page/get-summary', {})).resolves.toEqual({
      ok: false,
      error: 'Could not establish connection. Receiving end does not exist.',
    });
  });
});
