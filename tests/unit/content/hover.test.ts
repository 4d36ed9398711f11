import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverController } from '../../../src/content/hover';

const OPEN = 500;
const CLOSE = 300;

function setup() {
  const events: string[] = [];
  const session = new AbortController();
  const hover = createHoverController<string>(
    { openDelayMs: OPEN, closeDelayMs: CLOSE },
    {
      show: (target, { focus }) => events.push(`show ${target}${focus ? ' focus' : ''}`),
      hide: ({ restoreFocus }) => events.push(`hide${restoreFocus ? ' restore' : ''}`),
    },
    session.signal,
  );
  return { hover, events, session };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('hover controller', () => {
  it('opens after the pointer rests for the open delay, not before', () => {
    const { hover, events } = setup();
    hover.pointerOn('a');
    vi.advanceTimersByTime(OPEN - 1);
    hover.pointerOn('a');
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show a']);
    expect(hover.current).toBe('a');
  });

  it('never opens a stale hover: passing over a name, or moving on to another one', () => {
    const { hover, events } = setup();
    hover.pointerOn('a');
    vi.advanceTimersByTime(200);
    hover.pointerOff();
    vi.advanceTimersByTime(OPEN * 2);
    expect(events).toEqual([]);
    hover.pointerOn('a');
    vi.advanceTimersByTime(200);
    hover.pointerOn('b');
    vi.advanceTimersByTime(OPEN - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show b']);
  });

  it('closes the close delay after the pointer leaves name and card', () => {
    const { hover, events } = setup();
    hover.pointerOn('a');
    vi.advanceTimersByTime(OPEN);
    hover.pointerOff();
    vi.advanceTimersByTime(CLOSE - 1);
    expect(events).toEqual(['show a']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show a', 'hide']);
    expect(hover.current).toBeNull();
  });

  it('lets the pointer travel into the card and stays while it is hovered or focused', () => {
    const { hover, events } = setup();
    hover.pointerOn('a');
    vi.advanceTimersByTime(OPEN);
    hover.pointerOff();
    vi.advanceTimersByTime(CLOSE - 50);
    hover.cardPointerEnter();
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(['show a']);
    hover.cardFocusIn();
    hover.cardPointerLeave();
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(['show a']);
    hover.cardFocusOut();
    vi.advanceTimersByTime(CLOSE);
    expect(events).toEqual(['show a', 'hide']);
  });

  it('going back to the name from the card keeps it open', () => {
    const { hover, events } = setup();
    hover.pointerOn('a');
    vi.advanceTimersByTime(OPEN);
    hover.cardPointerEnter();
    hover.cardPointerLeave();
    hover.pointerOn('a');
    vi.advanceTimersByTime(CLOSE * 3);
    expect(events).toEqual(['show a']);
  });

  it('Escape closes at once, asks to restore focus, and reports whether it closed anything', () => {
    const { hover, events } = setup();
    expect(hover.escape()).toBe(false);
    hover.openNow('a', { focus: true });
    expect(hover.escape()).toBe(true);
    expect(events).toEqual(['show a focus', 'hide restore']);
  });

  it('Escape also cancels a pending open', () => {
    const { hover, events } = setup();
    hover.pointerOn('a');
    hover.escape();
    vi.advanceTimersByTime(OPEN * 2);
    expect(events).toEqual([]);
  });

  it('a tap or a keyboard step opens at once and replaces the open card', () => {
    const { hover, events } = setup();
    hover.openNow('a', { focus: false });
    hover.openNow('b', { focus: true });
    expect(events).toEqual(['show a', 'show b focus']);
    expect(hover.current).toBe('b');
  });

  it('uses new delays when the settings change', () => {
    const { hover, events } = setup();
    hover.setDelays({ openDelayMs: 50, closeDelayMs: 10 });
    hover.pointerOn('a');
    vi.advanceTimersByTime(50);
    hover.pointerOff();
    vi.advanceTimersByTime(10);
    expect(events).toEqual(['show a', 'hide']);
  });

  it('says which timer is pending: an open while resting, a close after leaving', () => {
    const { hover } = setup();
    expect(hover.pending).toBeNull();
    hover.pointerOn('a');
    expect(hover.pending).toBe('open');
    vi.advanceTimersByTime(OPEN);
    expect(hover.pending).toBeNull();
    hover.pointerOff();
    expect(hover.pending).toBe('close');
    hover.cardPointerEnter();
    expect(hover.pending).toBeNull();
  });

  it('drops pending timers when its session ends', () => {
    const { hover, events, session } = setup();
    hover.pointerOn('a');
    session.abort();
    vi.advanceTimersByTime(OPEN * 2);
    expect(events).toEqual([]);
    expect(hover.current).toBeNull();
  });
});
