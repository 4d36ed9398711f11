// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenToInput, type InputTarget } from '../../../src/content/input';
import type { Mention } from '../../../src/content/mentions';

const NAME = { actorId: 'mss', text: 'MSS' } as unknown as Mention;

/** Every setup's session, ended after each test so no listener outlives it. */
const sessions: AbortController[] = [];

function setup(options: { onName?: boolean; empty?: boolean } = {}) {
  const controller = new AbortController();
  sessions.push(controller);
  const host = document.createElement('counterclaim-host');
  document.documentElement.append(host);
  const hover = { pointerOn: vi.fn(), pointerOff: vi.fn(), openNow: vi.fn(), closeNow: vi.fn(), escape: vi.fn(() => true) };
  const target: InputTarget & { points: { x: number; y: number }[]; prefetched: number } = {
    hover,
    points: [],
    prefetched: 0,
    mentionAt: vi.fn(() => (options.onName === false ? null : NAME)),
    hasMentions: () => !options.empty,
    isCard: (node) => node === host,
    pointAt(point) {
      this.points.push(point);
    },
    prefetchCard() {
      this.prefetched += 1;
    },
  };
  listenToInput(document, target, controller.signal);
  return { target, hover, controller, host };
}

function pointer(type: string, init: { pointerType: string; clientX?: number; clientY?: number }, on: EventTarget = document.body): void {
  on.dispatchEvent(new PointerEvent(type, { bubbles: true, ...init }));
}

/** Resolves after the next animation frame, when the pointer's hit-test has run. */
const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

afterEach(() => {
  for (const session of sessions.splice(0)) session.abort();
  document.documentElement.querySelectorAll('counterclaim-host').forEach((node) => node.remove());
});

describe('pointer, touch and keyboard input', () => {
  it('hit-tests a moving pointer once per frame and rests it on the name under it', async () => {
    const { target, hover } = setup();
    pointer('pointermove', { pointerType: 'mouse', clientX: 10, clientY: 20 });
    pointer('pointermove', { pointerType: 'mouse', clientX: 12, clientY: 22 });
    await nextFrame();
    expect(target.mentionAt).toHaveBeenCalledTimes(1);
    expect(target.mentionAt).toHaveBeenCalledWith(12, 22);
    expect(hover.pointerOn).toHaveBeenCalledWith(NAME);
    expect(target.prefetched).toBe(1);
    expect(target.points.at(-1)).toEqual({ x: 12, y: 22 });
  });

  it('moves the pointer off when no name is under it, and ignores the card and empty pages', async () => {
    const off = setup({ onName: false });
    pointer('pointermove', { pointerType: 'pen', clientX: 1, clientY: 1 });
    await nextFrame();
    expect(off.hover.pointerOff).toHaveBeenCalledTimes(1);
    off.controller.abort();

    const overCard = setup();
    pointer('pointermove', { pointerType: 'mouse' }, overCard.host);
    await nextFrame();
    expect(overCard.target.mentionAt).not.toHaveBeenCalled();
    overCard.controller.abort();

    const empty = setup({ empty: true });
    pointer('pointermove', { pointerType: 'mouse' });
    await nextFrame();
    expect(empty.target.mentionAt).not.toHaveBeenCalled();
    expect(empty.hover.pointerOff).not.toHaveBeenCalled();
  });

  it('opens a tapped name at once and closes on a tap elsewhere; touch moves do not hover', async () => {
    const { hover } = setup();
    pointer('pointermove', { pointerType: 'touch' });
    await nextFrame();
    expect(hover.pointerOn).not.toHaveBeenCalled();
    pointer('pointerup', { pointerType: 'touch', clientX: 5, clientY: 6 });
    expect(hover.openNow).toHaveBeenCalledWith(NAME, { focus: false });
    const elsewhere = setup({ onName: false });
    pointer('pointerup', { pointerType: 'touch' });
    expect(elsewhere.hover.closeNow).toHaveBeenCalled();
  });

  it('closes the card on Escape and keeps the key from the page only when it did', () => {
    const { hover } = setup();
    const closing = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true, bubbles: true });
    document.body.dispatchEvent(closing);
    expect(hover.escape).toHaveBeenCalled();
    expect(closing.defaultPrevented).toBe(true);
    hover.escape.mockReturnValue(false);
    const passing = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true, bubbles: true });
    document.body.dispatchEvent(passing);
    expect(passing.defaultPrevented).toBe(false);
  });

  it('stops listening, and drops a pending hit-test, when its session ends', async () => {
    const { target, hover, controller } = setup();
    pointer('pointermove', { pointerType: 'mouse' });
    controller.abort();
    await nextFrame();
    pointer('pointerup', { pointerType: 'touch' });
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(target.mentionAt).not.toHaveBeenCalled();
    expect(hover.pointerOn).not.toHaveBeenCalled();
    expect(hover.openNow).not.toHaveBeenCalled();
    expect(hover.escape).not.toHaveBeenCalled();
  });
});
