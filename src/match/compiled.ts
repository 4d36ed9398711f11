/**
 * Everything the matcher compiles from a name list, in typed arrays only: the trie of folded keys
 * and, per key, which patterns share it and whether it is a context term. Typed arrays so that
 * the background can compile once and send the result to every page packed (`packed.ts`), and the
 * page only copies arrays instead of folding 1,000+ names and building a trie in a cold script.
 *
 * The context vocabulary's word-bounded terms ("hackers", "malware") live in the same trie as the
 * names, marked per key: one trie and one set of prefilter tables per page instead of two. A scan
 * sees only its own side's keys (`GroupTable`): a key of the other side is a terminal without a
 * group, which the walk passes over exactly as if the key were not in the trie.
 */
import { nameKey } from './normalize';
import { buildTrie, firstWordBits, type Trie } from './trie';
import type { MatchPattern, PatternList } from './types';
import { createGroup, type PatternGroup } from './verify';

export interface CompiledNames {
  readonly trie: Trie;
  /** Per key `k`: the patterns with that key are `members[groupStart[k]] … members[groupStart[k + 1] - 1]`. */
  readonly groupStart: Int32Array;
  readonly members: Int32Array;
  /** Per key: its length in UTF-16 units (the CJK guard depends on it). */
  readonly keyLength: Int32Array;
  /** Per key: 1 when a word-bounded context term has this key. */
  readonly contextKey: Uint8Array;
  /**
   * The names' first words (`firstWordBits`), context terms left out: most words a walk would
   * follow for a few units on a news page ("security", "ministry", "hackers") start no name.
   */
  readonly nameWords: Uint8Array;
  /** The same filter for the word-bounded context terms. */
  readonly contextWords: Uint8Array;
}

/** The patterns (or context terms) behind each trie terminal, for one kind of scan. */
export interface GroupTable {
  /** No key has a group: a scan cannot find anything. */
  readonly empty: boolean;
  /** The group of key `key`, or null when the key belongs to the other side. */
  at(key: number): PatternGroup | null;
}

/** Word-bounded context terms go into the trie; CJK and Hangul terms are found by substring. */
const SUBSTRING_SCRIPT = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Whether a context term is looked for as a substring (CJK, Hangul) rather than a bounded word. */
export function isSubstringTerm(term: string): boolean {
  return SUBSTRING_SCRIPT.test(term);
}

/**
 * Every UTF-16 unit of `SUBSTRING_SCRIPT`'s scripts lies in these ranges (Hangul Jamo, then U+2E80
 * on, surrogates included): a text with none of them holds no substring term. A plain range class,
 * so a page's context test compiles no Unicode property tables to ask it.
 */
const SUBSTRING_SCRIPT_UNITS = /[\u1100-\u11ff\u2e80-\uffff]/;

/** False when `text` certainly holds no substring term (most Latin-script text), without a search per term. */
export function mayHoldSubstringTerm(text: string): boolean {
  return SUBSTRING_SCRIPT_UNITS.test(text);
}

/** Compile `patterns` (and the word-bounded ones of `contextTerms`) into one trie with its key tables. */
export function compileNames(patterns: PatternList, contextTerms: readonly string[] = []): CompiledNames {
  const keyed = new Map<string, number[]>();
  for (let index = 0; index < patterns.length; index++) {
    const key = nameKey((patterns.at(index) as MatchPattern).text);
    if (key === '') continue;
    const members = keyed.get(key);
    if (members) members.push(index);
    else keyed.set(key, [index]);
  }
  const contextKeys = new Set<string>();
  for (const term of contextTerms) {
    const key = nameKey(term);
    if (key === '' || isSubstringTerm(term)) continue;
    contextKeys.add(key);
    if (!keyed.has(key)) keyed.set(key, []);
  }
  const keys = [...keyed.keys()];
  const { trie, keyOrder } = buildTrie(keys);
  const groupStart = new Int32Array(keys.length + 1);
  const members = new Int32Array(keys.reduce((sum, key) => sum + (keyed.get(key) as number[]).length, 0));
  const keyLength = new Int32Array(keys.length);
  const contextKey = new Uint8Array(keys.length);
  let at = 0;
  keyOrder.forEach((input, k) => {
    const key = keys[input] as string;
    groupStart[k] = at;
    for (const index of keyed.get(key) as number[]) members[at++] = index;
    keyLength[k] = key.length;
    if (contextKeys.has(key)) contextKey[k] = 1;
  });
  groupStart[keys.length] = at;
  const nameWords = firstWordBits(keys.filter((key) => (keyed.get(key) as number[]).length > 0));
  return { trie, groupStart, members, keyLength, contextKey, nameWords, contextWords: firstWordBits(contextKeys) };
}

/**
 * The names' side: per key, the patterns sharing it. Groups are made on a key's first hit: a page
 * meets few of the keys, and making all of them up front is most of a cold start.
 */
export function nameGroups(compiled: CompiledNames, patterns: PatternList): GroupTable {
  const { groupStart, members } = compiled;
  const keys = groupStart.length - 1;
  const groups: (PatternGroup | null | undefined)[] = new Array<PatternGroup | null | undefined>(keys);
  return {
    // Every name's key has a group of at least that name: no members, no groups. (Counting the
    // groups instead was a loop over every key in each page's cold start.)
    empty: members.length === 0,
    at(key) {
      let group = groups[key];
      if (group === undefined) {
        const from = groupStart[key] as number;
        const to = groupStart[key + 1] as number;
        group = from === to ? null : createGroup(compiled.keyLength[key] as number, Array.from(members.subarray(from, to)), patterns);
        groups[key] = group;
      }
      return group;
    },
  };
}

/** The context side: a key is a context term or not; any case, diacritics folded. */
export function contextGroups(compiled: CompiledNames): GroupTable {
  const { contextKey, keyLength } = compiled;
  const groups = new Map<number, PatternGroup>();
  return {
    empty: !contextKey.includes(1),
    at(key) {
      if (contextKey[key] !== 1) return null;
      let group = groups.get(key);
      if (group === undefined) {
        group = { indices: CONTEXT_INDICES, needsVerify: false, modes: [], forms: [], fixed: [], length: keyLength[key] as number };
        groups.set(key, group);
      }
      return group;
    },
  };
}

/** A context hit says only "a term is here": every context group reports index 0. */
const CONTEXT_INDICES: readonly number[] = Object.freeze([0]);
