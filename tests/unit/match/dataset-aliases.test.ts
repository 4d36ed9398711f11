import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../../../src/data/bundled-dataset';
import { aliasPatterns } from '../../../src/data/dataset-index';
import { compileNames, contextGroups, isSubstringTerm, nameGroups } from '../../../src/match/compiled';
import { createMatcher } from '../../../src/match/matcher';
import { NameScan } from '../../../src/match/scan';
import { nameKey } from '../../../src/match/normalize';
import { buildTrie, isTerminal, keyAt, step, terminalCount } from '../../../src/match/trie';

const HAN = /\p{Script=Han}/u;

/** Running Chinese text around a name: a report's verbs, particles and clauses. */
const CHINESE_CONTEXTS = [
  ['报道称', '周一发表声明。'],
  ['据', '消息，'],
  ['他说', '没有回应'],
  ['', '表示'],
] as const;

/** The real aliases, as the content script will use them. */
describe('matcher with the bundled dataset aliases', () => {
  const patterns = aliasPatterns(BUNDLED_DATASET);
  const matcher = createMatcher(patterns);
  const found = (text: string, index: number) => matcher.findAll(text).find((h) => h.patternIndices.includes(index));

  it('finds every alias in running English text, at its exact offsets', () => {
    patterns.forEach((pattern, index) => {
      const text = `Officials said ${pattern.text} was responsible.`;
      const hit = found(text, index);
      expect(hit, `${pattern.text} in ${text}`).toBeDefined();
      expect(text.slice(hit?.start, hit?.end)).toBe(pattern.text);
    });
  });

  it('finds every alias in running Chinese text: exactly, or (where the segmenter sees no word edge) not at all, never a shorter name inside it', () => {
    patterns.forEach((pattern, index) => {
      let hits = 0;
      for (const [before, after] of CHINESE_CONTEXTS) {
        const text = `${before}${pattern.text}${after}`;
        const hit = found(text, index);
        if (hit) {
          expect(text.slice(hit.start, hit.end), text).toBe(pattern.text);
          hits++;
          continue;
        }
        // Only a Han name may be refused by the segmenter guard, and then nothing inside its span is marked.
        expect(HAN.test(pattern.text), `${pattern.text} missed in ${text}`).toBe(true);
        const span = [before.length, before.length + pattern.text.length] as const;
        const inside = matcher.findAll(text).filter((h) => h.start < span[1] && h.end > span[0]);
        expect(
          inside.map((h) => text.slice(h.start, h.end)),
          `inside ${pattern.text} in ${text}`,
        ).toEqual([]);
      }
      expect(hits, `${pattern.text} found in no Chinese context`).toBeGreaterThan(0);
    });
  });

  it('finds the same as a scan without the first-word filter, whatever follows a name or its first word', () => {
    const compiled = compileNames(patterns);
    const unfiltered = new NameScan(compiled.trie, nameGroups(compiled, patterns), null);
    const secondWords = patterns.map((p) => p.text.split(' ')[1]).filter((w): w is string => w !== undefined);
    const followers = [
      '',
      ' was',
      ' of the',
      's and',
      ', and',
      '\u00a0x',
      ' 2024',
      '-linked',
      ...secondWords.slice(0, 8).map((w) => ` ${w}`),
    ];
    let compared = 0;
    patterns.forEach((pattern, index) => {
      const firstWord = pattern.text.split(' ')[0] as string;
      const other = secondWords[index % secondWords.length] as string;
      for (const head of [pattern.text, firstWord, `${firstWord}x`, firstWord.slice(0, -1)]) {
        for (const tail of [...followers, ` ${other}`]) {
          const text = `said ${head}${tail}`;
          expect(matcher.findAll(text), text).toEqual(unfiltered.findAll(text, 2000));
          compared++;
        }
      }
    });
    expect(compared).toBeGreaterThan(10_000);
  });

  it('does not find case-sensitive aliases in lower case or inside longer words', () => {
    patterns.forEach((pattern, index) => {
      if (!pattern.caseSensitive || !/[A-Z]/.test(pattern.text)) return;
      const text = `see ${pattern.text.toLowerCase()} and ${pattern.text}X and X${pattern.text}`;
      expect(found(text, index), text).toBeUndefined();
    });
  });
});

describe('the context terms of the bundled dataset', () => {
  const patterns = aliasPatterns(BUNDLED_DATASET);
  const terms = Object.values(BUNDLED_DATASET.contextTerms ?? {})
    .flatMap((list) => list ?? [])
    .filter((term) => !isSubstringTerm(term));
  const compiled = compileNames(patterns, terms);
  const filtered = new NameScan(compiled.trie, contextGroups(compiled), compiled.contextWords);
  const unfiltered = new NameScan(compiled.trie, contextGroups(compiled), null);

  it('are found with the first-word filter exactly where they are found without it', () => {
    expect(terms.length).toBeGreaterThan(20);
    let found = 0;
    for (const term of terms) {
      const first = term.split(' ')[0] as string;
      for (const head of [term, first, `${first}s`, first.slice(0, -1)]) {
        for (const tail of ['', ' attack', ' of the', ', and', '\u00a0x', '-linked']) {
          const text = `the ${head}${tail}`;
          const hits = filtered.findAll(text, 1);
          expect(hits, text).toEqual(unfiltered.findAll(text, 1));
          found += hits.length;
        }
      }
    }
    expect(found).toBeGreaterThan(terms.length);
  });
});

describe('the trie of the bundled names', () => {
  it("numbers nodes breadth-first: each node's children are consecutive, their units ascending, and every key walks to its own terminal", () => {
    const keys = [...new Set(aliasPatterns(BUNDLED_DATASET).map((p) => nameKey(p.text)))].filter((k) => k !== '');
    const { trie, keyOrder } = buildTrie(keys);
    const nodes = trie.units.length;
    expect(trie.first).toHaveLength(nodes + 1);
    expect(trie.first[0]).toBe(1);
    expect(trie.first[nodes]).toBe(nodes);
    for (let node = 0; node < nodes; node++) {
      const [from, to] = [trie.first[node] as number, trie.first[node + 1] as number];
      expect(to, `node ${node}`).toBeGreaterThanOrEqual(from);
      for (let child = from + 1; child < to; child++) expect(trie.units[child] as number).toBeGreaterThan(trie.units[child - 1] as number);
    }
    // Key ids follow the terminals' node order; keyOrder maps each id back to its key.
    expect([...keyOrder].sort((a, b) => a - b)).toEqual(keys.map((_, index) => index));
    expect(terminalCount(trie.terminalBits, trie.keyBase)).toBe(keys.length);
    const ends = keys.map((key) => {
      let node = 0;
      for (let i = 0; i < key.length; i++) node = step(node, key.charCodeAt(i), trie.root, trie.first, trie.units);
      expect(isTerminal(trie.terminalBits, node), key).toBe(true);
      expect(keys[keyOrder[keyAt(trie, node)] as number]).toBe(key);
      return node;
    });
    // Every terminal is some key's end, and the ids rise with the nodes.
    const terminals = Array.from({ length: nodes }, (_, node) => node).filter((node) => isTerminal(trie.terminalBits, node));
    expect(terminals).toEqual([...ends].sort((a, b) => a - b));
    expect(terminals.map((node) => keyAt(trie, node))).toEqual(terminals.map((_, rank) => rank));
    // A unit with no edge: no child, whether below or above the node's units.
    expect(step(trie.root[0x61] as number, 0x01, trie.root, trie.first, trie.units)).toBe(0);
    expect(step(trie.root[0x61] as number, 0xfffe, trie.root, trie.first, trie.units)).toBe(0);
  });
});
