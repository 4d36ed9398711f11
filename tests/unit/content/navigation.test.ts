import { describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../../src/content/mentions';
import { createNavigator, pickStep, type NavigationView } from '../../../src/content/navigation';
import type { Span, SpanGeometry } from '../../../src/content/spans';

/** A span as these tests make it: its boxes are given, since happy-dom has no layout. */
interface FakeSpan {
  box: DOMRectReadOnly;
  rects: DOMRectReadOnly[];
  startContainer: { parentElement: { scrollIntoView: unknown } };
}

const geometry: SpanGeometry = {
  rects: (span: Span) => (span as unknown as FakeSpan).rects,
  box: (span: Span) => (span as unknown as FakeSpan).box,
};

/** A mention whose span sits at `top` (a line 20 px high), visible unless `hidden`. */
function mentionAt(actorId: string, top: number, hidden = false): Mention {
  const rect = { top, bottom: top + 20, left: 0, right: 50 } as DOMRectReadOnly;
  const span: FakeSpan = { box: rect, rects: hidden ? [] : [rect], startContainer: { parentElement: { scrollIntoView: vi.fn() } } };
  return { range: span as unknown as Span, actorId, text: actorId.toUpperCase() };
}

describe('pickStep', () => {
  const above = mentionAt('a', -100);
  const inView = mentionAt('b', 300);
  const below = mentionAt('c', 900);
  const page = [above, inView, below];

  it('moves from a known name to the next or previous, wrapping around', () => {
    expect(pickStep(page, inView, 1, 800, geometry)).toBe(below);
    expect(pickStep(page, below, 1, 800, geometry)).toBe(above);
    expect(pickStep(page, above, -1, 800, geometry)).toBe(below);
  });

  it('starts from the viewport when no name is known', () => {
    expect(pickStep(page, null, 1, 800, geometry)).toBe(inView);
    expect(pickStep(page, null, -1, 800, geometry)).toBe(inView);
    expect(pickStep([above], null, 1, 800, geometry)).toBe(above);
    expect(pickStep([below], null, -1, 800, geometry)).toBe(below);
  });

  it('has nothing to step to on a page without visible names', () => {
    expect(pickStep([], null, 1, 800, geometry)).toBeUndefined();
  });
});

describe('navigator', () => {
  function setup(mentions: Mention[]) {
    const opened: [Mention, string][] = [];
    let current: Mention | null = null;
    const view: NavigationView = { innerHeight: 800, scrollBy: vi.fn() };
    const navigator = createNavigator(
      {
        store: { ordered: () => mentions },
        current: () => current,
        nameOf: (actorId) => (actorId === 'mss' ? 'Ministry of State Security' : undefined),
        open: (mention, announcement) => {
          current = mention;
          opened.push([mention, announcement]);
        },
      },
      view,
      geometry,
    );
    return { navigator, opened, view, close: () => (current = null) };
  }

  it('steps through visible names, says where it is, and remembers the last name after the card closes', () => {
    const hidden = mentionAt('x', 100, true);
    const first = mentionAt('mss', 200);
    const second = mentionAt('nsb', 400);
    const { navigator, opened, close } = setup([hidden, first, second]);
    expect(navigator.step(1)).toBe(true);
    expect(opened.at(-1)).toEqual([first, 'Name 2 of 3: Ministry of State Security']);
    close();
    expect(navigator.step(1)).toBe(true);
    expect(opened.at(-1)).toEqual([second, 'Name 3 of 3: NSB']);
  });

  it('scrolls a name outside the viewport to its middle', () => {
    const far = mentionAt('nsb', 1500);
    const { navigator, view } = setup([far]);
    navigator.step(1);
    expect(view.scrollBy).toHaveBeenCalledWith({ top: 1500 - 400, behavior: 'instant' });
    expect((far.range.startContainer.parentElement as unknown as { scrollIntoView: unknown }).scrollIntoView).toHaveBeenCalled();
  });

  it('reveals the first name of an actor, and says when the page does not name it', () => {
    const a = mentionAt('nsb', 100);
    const b = mentionAt('mss', 200);
    const c = mentionAt('mss', 300);
    const { navigator, opened } = setup([a, b, c]);
    expect(navigator.revealActor('mss')).toBe(true);
    expect(opened.at(-1)?.[0]).toBe(b);
    expect(navigator.revealActor('cisa')).toBe(false);
    expect(setup([]).navigator.step(1)).toBe(false);
  });
});
