// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { compareMentions, createMentionStore, isStale, type Mention } from '../../../src/content/mentions';
import { installHighlightStub } from './dom-helpers';

beforeAll(() => {
  installHighlightStub();
});

function mentionOf(node: Text, start: number, end: number, actorId = 'a'): Mention {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return { range, actorId, text: range.toString() };
}

describe('mention store', () => {
  it('registers ranges under the page-visible name and a styled name, and clears both', () => {
    document.body.innerHTML = '<p>MSS and NSB</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const store = createMentionStore(10);
    store.setStrengths(new Map([['b', 'strong']]));
    expect(store.add([mentionOf(text, 0, 3), mentionOf(text, 8, 11, 'b')])).toBe(2);
    const registry = CSS.highlights as unknown as Map<string, Set<unknown>>;
    expect(registry.get('counterclaim-mention')?.size).toBe(2);
    expect(registry.get('counterclaim-mention-weak')?.size).toBe(1);
    expect(registry.get('counterclaim-mention-strong')?.size).toBe(1);
    expect(store.inNode(text)).toHaveLength(2);
    expect(Object.fromEntries(store.countsByActor())).toEqual({ a: 1, b: 1 });
    store.clear();
    expect(registry.has('counterclaim-mention')).toBe(false);
    expect(store.size).toBe(0);
  });

  it('stops at the cap and says so', () => {
    document.body.innerHTML = '<p>MSS MSS MSS</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const store = createMentionStore(2);
    expect(store.add([mentionOf(text, 0, 3), mentionOf(text, 4, 7), mentionOf(text, 8, 11)])).toBe(2);
    expect(store.capped).toBe(true);
  });

  it('says it is capped when the cap is reached exactly, without a refusal', () => {
    // The scanner asks the matcher for no more hits than there is room for (sweep finding 3).
    document.body.innerHTML = '<p>MSS MSS MSS</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const store = createMentionStore(2);
    expect(store.add([mentionOf(text, 0, 3)])).toBe(1);
    expect(store.capped).toBe(false);
    expect(store.add([mentionOf(text, 4, 7)])).toBe(1);
    expect(store.capped).toBe(true);
    store.removeWhere((mention) => mention.range.startOffset === 4);
    expect(store.capped).toBe(false);
  });

  it('drops mentions whose text was removed or edited', () => {
    document.body.innerHTML = '<p id="a">MSS said</p><p id="b">NSB said</p>';
    const a = document.getElementById('a')!.firstChild as Text;
    const b = document.getElementById('b')!.firstChild as Text;
    const store = createMentionStore(10);
    const kept = mentionOf(b, 0, 3);
    store.add([mentionOf(a, 0, 3), kept]);
    document.getElementById('a')!.remove();
    expect(store.pruneStale()).toBe(1);
    expect(store.ordered()).toEqual([kept]);
    b.data = 'NSA said';
    expect(isStale(kept)).toBe(true);
    expect(store.pruneStale()).toBe(1);
    expect(store.inNode(b)).toEqual([]);
  });

  it('orders mentions by reading order, shadow content at its host', () => {
    document.body.innerHTML = '<p id="a">one</p><div id="host"></div><p id="c">three</p>';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>two</p>';
    const one = mentionOf(document.getElementById('a')!.firstChild as Text, 0, 3);
    const two = mentionOf(shadow.querySelector('p')!.firstChild as Text, 0, 3);
    const three = mentionOf(document.getElementById('c')!.firstChild as Text, 0, 5);
    expect([three, two, one].sort(compareMentions)).toEqual([one, two, three]);
  });
});
