// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mentionAtPoint, rangeContainsPoint } from '../../../src/content/hit-test';
import type { Mention, MentionStore } from '../../../src/content/mentions';

type Box = { left: number; top: number; right: number; bottom: number };

/** A mention whose range starts in `node` and has these line boxes (happy-dom has no layout). */
function mention(node: Node, ...boxes: Box[]): Mention {
  const range = { startContainer: node, getClientRects: () => boxes };
  return { range: range as unknown as Range, actorId: 'a', text: 'A' };
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

describe('rangeContainsPoint', () => {
  it('accepts a point inside a line box, or within the 2 px slack under the underline', () => {
    const range = { getClientRects: () => [LINE, { left: 0, top: 120, right: 30, bottom: 138 }] } as unknown as Range;
    expect(rangeContainsPoint(range, 20, 110)).toBe(true);
    expect(rangeContainsPoint(range, 5, 130)).toBe(true);
    expect(rangeContainsPoint(range, 61, 119)).toBe(true);
    expect(rangeContainsPoint(range, 45, 130)).toBe(false);
    expect(rangeContainsPoint(range, 20, 150)).toBe(false);
  });
});

describe('mentionAtPoint', () => {
  const text = document.createTextNode('MSS said');

  it('finds the mention filed under the caret’s text node whose box holds the point', () => {
    const hit = mention(text, LINE);
    const other = mention(text, { left: 70, top: 100, right: 90, bottom: 118 });
    const store = storeOf([other, hit]);
    expect(mentionAtPoint(docWithCaret(text, 1), store, 20, 110, [])).toBe(hit);
    expect(mentionAtPoint(docWithCaret(text, 1, 'webkit'), store, 80, 110, [])).toBe(other);
  });

  it('finds nothing when the caret snapped to a name from the margin, or there is no caret', () => {
    const store = storeOf([mention(text, LINE)]);
    expect(mentionAtPoint(docWithCaret(text, 3), store, 300, 110, [])).toBeNull();
    expect(mentionAtPoint({ caretPositionFromPoint: () => null } as unknown as Document, store, 20, 110, [])).toBeNull();
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
    expect(mentionAtPoint(docWithCaret(host, 0, 'standard', seen), store, 20, 110, [root])).toBe(shadowed);
    expect(seen).toEqual([{ shadowRoots: [root] }]);
    expect(mentionAtPoint(docWithCaret(host, 0), store, 20, 110, [])).toBeNull();
  });
});
