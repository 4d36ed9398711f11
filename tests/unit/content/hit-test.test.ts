// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { boxesContainPoint, mentionAtPoint } from '../../../src/content/hit-test';
import type { Mention, MentionStore } from '../../../src/content/mentions';
import type { Span, SpanGeometry } from '../../../src/content/spans';

type Box = { left: number; top: number; right: number; bottom: number };

/** A span as these tests make it: its line boxes are given, since happy-dom has no layout. */
interface FakeSpan {
  startContainer: Node;
  boxes: DOMRectReadOnly[];
}

const geometry: SpanGeometry = { rects: (span: Span) => (span as unknown as FakeSpan).boxes, box: () => null };

/** A mention whose span starts in `node` and has these line boxes. */
function mention(node: Node, ...boxes: Box[]): Mention {
  const span: FakeSpan = { startContainer: node, boxes: boxes as DOMRectReadOnly[] };
  return { range: span as unknown as Span, actorId: 'a', text: 'A' };
}

function storeOf(mentions: Mention[]): MentionStore {
  return {
    inNode: (node: Node) => mentions.filter((m) => m.range.startContainer === node),
    ordered: () => mentions,
  } as unknown as MentionStore;
}

/** A document whose caret lookup answers with `node`/`offset`, the standard way or WebKit's. */
function docWithCaret(node: Node, offset: number, kind: 'standard' | 'webkit' = 'standard', seen: unknown[] = []): Document {
  if (kind === 'standard') {
    return {
      caretPositionFromPoint: (_x: number, _y: number, options: unknown) => {
        seen.push(options);
        return { offsetNode: node, offset };
      },
    } as unknown as Document;
  }
  return { caretRangeFromPoint: () => ({ startContainer: node, startOffset: offset }) } as unknown as Document;
}

const LINE = { left: 10, top: 100, right: 60, bottom: 118 };

describe('boxesContainPoint', () => {
  it('accepts a point inside a line box, or within the 2 px slack under the underline', () => {
    const boxes = [LINE, { left: 0, top: 120, right: 30, bottom: 138 }] as DOMRectReadOnly[];
    expect(boxesContainPoint(boxes, 20, 110)).toBe(true);
    expect(boxesContainPoint(boxes, 5, 130)).toBe(true);
    expect(boxesContainPoint(boxes, 61, 119)).toBe(true);
    expect(boxesContainPoint(boxes, 45, 130)).toBe(false);
    expect(boxesContainPoint(boxes, 20, 150)).toBe(false);
  });
});

describe('mentionAtPoint', () => {
  const text = document.createTextNode('MSS said');

  it('finds the mention filed under the caret’s text node whose box holds the point', () => {
    const hit = mention(text, LINE);
    const other = mention(text, { left: 70, top: 100, right: 90, bottom: 118 });
    const store = storeOf([other, hit]);
    expect(mentionAtPoint(docWithCaret(text, 1), store, 20, 110, [], geometry)).toBe(hit);
    expect(mentionAtPoint(docWithCaret(text, 1, 'webkit'), store, 80, 110, [], geometry)).toBe(other);
  });

  it('finds nothing when the caret snapped to a name from the margin, or there is no caret', () => {
    const store = storeOf([mention(text, LINE)]);
    expect(mentionAtPoint(docWithCaret(text, 3), store, 300, 110, [], geometry)).toBeNull();
    expect(mentionAtPoint({ caretPositionFromPoint: () => null } as unknown as Document, store, 20, 110, [], geometry)).toBeNull();
  });

  it('looks inside the open shadow roots it scans, passing them to the caret lookup', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const inside = document.createTextNode('ICEFCOM');
    root.append(inside);
    const shadowed = mention(inside, LINE);
    const store = storeOf([mention(text, { left: 0, top: 0, right: 5, bottom: 5 }), shadowed]);
    const seen: unknown[] = [];
    // A browser that ignores the option lands the caret on the host: the root's mentions are tested by box.
    expect(mentionAtPoint(docWithCaret(host, 0, 'standard', seen), store, 20, 110, [root], geometry)).toBe(shadowed);
    expect(seen).toEqual([{ shadowRoots: [root] }]);
    expect(mentionAtPoint(docWithCaret(host, 0), store, 20, 110, [], geometry)).toBeNull();
  });
});
