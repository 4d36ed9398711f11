/**
 * The matcher's trie of folded alias keys, in typed arrays: a dense table for the root (one load
 * decides whether a position can start a name at all) and, below it, nodes numbered breadth-first
 * so that each node's children have consecutive ids, their units in ascending order: a child is
 * found by a short scan of `units[first[node] .. first[node + 1])`, and the whole edge structure
 * is two small arrays (2 × 16 bits per node on the wire) rather than a hash table a third empty.
 * Plus prefilters over the first units of every key. Node 0 is the root; child ids are ≥ 1, so 0
 * means "no child". Building 5,000 keys takes a few milliseconds.
 */

/** The compiled trie. */
export interface Trie {
  readonly root: Int32Array;
  /** Per node, the id of its first child (its children are `first[node] .. first[node + 1] - 1`); one more entry than nodes. */
  readonly first: Int32Array;
  /** Per node, the unit on the edge into it; ascending among siblings. */
  readonly units: Uint16Array;
  /**
   * Bit `node & 31` of word `node >>> 5` is set when a key ends at the node (`isTerminal`). Keys
   * are numbered in node order, so a terminal's key is its rank among the terminals (`keyAt`):
   * two small tables the page copies as they are, instead of a table per node it would have to
   * fill in a loop from the terminals' list, cold, on every page.
   */
  readonly terminalBits: Int32Array;
  /** Per word of `terminalBits`: the number of terminals before its first node. */
  readonly keyBase: Int32Array;
  /** Length of the longest key: no walk goes deeper. */
  readonly maxDepth: number;
  /**
   * Prefilter over ASCII: bit (a << 14 | b << 7 | c) is set when some key starts with the folded
   * units a, b, c; `pairEnds[a << 7 | b]` when a two-unit key is exactly a, b. Most words of a page
   * are rejected by one bit test instead of a trie walk, which keeps 5,000 aliases nearly as cheap
   * as 60.
   */
  readonly triples: Uint8Array;
  readonly pairEnds: Uint8Array;
  /** Hashed bitset of every key's first two units (any script): a Bloom filter with one hash. */
  readonly pairs: Uint8Array;
  /**
   * Hashed bitset of the first four units of every key that starts with three ASCII units
   * (`quadBit(a, b, c, d)`; `d` is QUAD_END for a three-unit key), and when that fourth unit is a
   * space, of the fifth too (`AFTER_SPACE | e`). The triples let a third of a page's words
   * through at field scale ("the", "and", "for": The Dukes, Andariel, Forest Blizzard); the next
   * units turn most of them away before a walk.
   */
  readonly quads: Uint8Array;
}

/** Size of the hashed pair filter: 1 Mbit (128 KB) keeps false positives near 0.5 % at 5,000 keys. */
const PAIR_BITS = 1 << 20;
/** 2^18 bits: about 1,300 keys set under 0.5% of them, so a false pass is rare. */
const QUAD_BITS = 1 << 18;
/** The fourth "unit" of a three-unit key: no key holds U+0000. */
export const QUAD_END = 0;
/**
 * Marks the fifth unit of a key whose fourth is a space, hashed into `quads` as a fourth unit of
 * its own: a three-letter first word ("the", "new") passes only with the next word's first letter.
 */
export const AFTER_SPACE = 0x10000;

/**
 * Size of the names' first-word filter (`firstWordBits`): 2^16 bits (8 KB), a few per cent set at
 * field scale, so a word that starts no name is turned away with one bit test nearly always.
 */
const WORD_BITS = 1 << 16;
/** The "next unit" of a first word that is a whole key. */
export const WORD_END = 0;

/**
 * Sizes of the tables every trie has whatever its keys (`packed.ts` rebuilds them at these sizes):
 * the root (one entry per UTF-16 unit), the ASCII triple bitset, the two-unit key table, and the
 * hashed pair filter.
 */
export const TABLE_SIZES = {
  root: 0x10000,
  tripleBytes: 1 << 18,
  pairEndBytes: 1 << 14,
  pairBytes: PAIR_BITS >>> 3,
  quadBytes: QUAD_BITS >>> 3,
  wordBytes: WORD_BITS >>> 3,
} as const;

/** The bit of units (a, b) in `Trie.pairs`. */
export function pairBit(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca6b)) >>> 12;
}

/** The bit of `quads` for a key starting with the units a, b, c, d. */
export function quadBit(a: number, b: number, c: number, d: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca6b) ^ Math.imul(c + 7, 0xc2b2ae35) ^ Math.imul(d + 13, 0x27d4eb2f)) >>> 14;
}

/** The first-word hash of a word whose first folded unit is `unit` (then `wordHashStep` per unit). */
export function wordHashStart(unit: number): number {
  return Math.imul(unit ^ 0x811c9dc5, 0x01000193);
}

export function wordHashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

/** The bit of a first word (its hash) followed by a space and the unit `next`, or by nothing (`WORD_END`). */
export function wordBit(hash: number, next: number): number {
  return Math.imul(hash ^ Math.imul(next + 1, 0x9e3779b1), 0x85ebca6b) >>> 16;
}

/**
 * The first-word filter of `keys`: for each key, its units up to its first space with the unit
 * after that space, or the whole key with `WORD_END`. The walk over a word followed by a space
 * reads exactly those units, so a word and next unit whose bit is clear start no key (`NameScan`).
 */
export function firstWordBits(keys: Iterable<string>): Uint8Array {
  const bits = new Uint8Array(TABLE_SIZES.wordBytes);
  for (const key of keys) {
    let hash = wordHashStart(key.charCodeAt(0));
    let i = 1;
    while (i < key.length && key.charCodeAt(i) !== 0x20) hash = wordHashStep(hash, key.charCodeAt(i++));
    setBit(bits, wordBit(hash, i < key.length ? key.charCodeAt(i + 1) : WORD_END));
  }
  return bits;
}

export function setBit(bits: Uint8Array, bit: number): void {
  bits[bit >>> 3] = (bits[bit >>> 3] as number) | (1 << (bit & 7));
}

export function hasBit(bits: Uint8Array, bit: number): boolean {
  return ((bits[bit >>> 3] as number) & (1 << (bit & 7))) !== 0;
}

/** Whether a key ends at `node`. */
export function isTerminal(terminalBits: Int32Array, node: number): boolean {
  return (((terminalBits[node >>> 5] as number) >>> (node & 31)) & 1) !== 0;
}

/** The key ending at `node` (a terminal): its rank among the terminals in node order. */
export function keyAt(trie: Trie, node: number): number {
  const word = node >>> 5;
  const below = (trie.terminalBits[word] as number) & ~(-1 << (node & 31));
  return (trie.keyBase[word] as number) + bitCount(below);
}

/** How many keys end in the trie (the terminals). */
export function terminalCount(terminalBits: Int32Array, keyBase: Int32Array): number {
  const last = terminalBits.length - 1;
  return last < 0 ? 0 : (keyBase[last] as number) + bitCount(terminalBits[last] as number);
}

function bitCount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Child of `node` on `unit`, or 0. The walk's inner step: pass the trie's arrays, not the trie.
 * Below the first level most nodes have one or two children, so a scan beats hashing.
 */
export function step(node: number, unit: number, root: Int32Array, first: Int32Array, units: Uint16Array): number {
  if (node === 0) return root[unit] as number;
  const end = first[node + 1] as number;
  for (let child = first[node] as number; child < end; child++) {
    const edge = units[child] as number;
    if (edge === unit) return child;
    if (edge > unit) return 0;
  }
  return 0;
}

/** A trie and the order of its keys. */
export interface BuiltTrie {
  readonly trie: Trie;
  /** Per key id (`keyAt`: the terminals' node order), the index in `keys` of that key. */
  readonly keyOrder: Int32Array;
}

/** Compile `keys` (non-empty folded strings, distinct); each gets the id `keyAt` gives its terminal. */
export function buildTrie(keys: readonly string[]): BuiltTrie {
  let maxDepth = 0;
  for (const key of keys) maxDepth = Math.max(maxDepth, key.length);
  const builder = new TrieBuilder();
  keys.forEach((key, index) => builder.insert(key, index));
  return builder.finish(maxDepth);
}

class TrieBuilder {
  /** Per node (in insertion order): its children by unit, and the key ending there or -1. */
  private readonly children: Map<number, number>[] = [new Map<number, number>()];
  private readonly ends: number[] = [-1];
  private readonly triples = new Uint8Array(TABLE_SIZES.tripleBytes);
  private readonly pairEnds = new Uint8Array(TABLE_SIZES.pairEndBytes);
  private readonly pairs = new Uint8Array(TABLE_SIZES.pairBytes);
  private readonly quads = new Uint8Array(TABLE_SIZES.quadBytes);

  insert(key: string, index: number): void {
    this.markPrefix(key);
    let node = 0;
    for (let i = 0; i < key.length; i++) node = this.child(node, key.charCodeAt(i));
    this.ends[node] = index;
  }

  /** The nodes renumbered breadth-first, siblings by unit (see the file comment). */
  finish(maxDepth: number): BuiltTrie {
    const { triples, pairEnds, pairs, quads } = this;
    const count = this.children.length;
    const root = new Int32Array(TABLE_SIZES.root);
    const first = new Int32Array(count + 1);
    const units = new Uint16Array(count);
    const terminal = new Int32Array(count).fill(-1);
    terminal[0] = this.ends[0] as number;
    const order = [0];
    let next = 1;
    for (let id = 0; id < order.length; id++) {
      first[id] = next;
      const byUnit = [...(this.children[order[id] as number] as Map<number, number>)].sort((x, y) => x[0] - y[0]);
      for (const [unit, child] of byUnit) {
        units[next] = unit;
        terminal[next] = this.ends[child] as number;
        if (id === 0) root[unit] = next;
        order.push(child);
        next++;
      }
    }
    first[count] = count;
    const words = (count + 31) >>> 5;
    const terminalBits = new Int32Array(words);
    const keyBase = new Int32Array(words);
    const keyOrder: number[] = [];
    for (let node = 0; node < count; node++) {
      if ((node & 31) === 0) keyBase[node >>> 5] = keyOrder.length;
      const key = terminal[node] as number;
      if (key < 0) continue;
      terminalBits[node >>> 5] = (terminalBits[node >>> 5] as number) | (1 << (node & 31));
      keyOrder.push(key);
    }
    return {
      trie: { root, first, units, terminalBits, keyBase, maxDepth, triples, pairEnds, pairs, quads },
      keyOrder: Int32Array.from(keyOrder),
    };
  }

  private markPrefix(key: string): void {
    if (key.length < 2) return;
    const a = key.charCodeAt(0);
    const b = key.charCodeAt(1);
    setBit(this.pairs, pairBit(a, b));
    if ((a | b) >= 0x80) return;
    if (key.length === 2) {
      this.pairEnds[(a << 7) | b] = 1;
      return;
    }
    const c = key.charCodeAt(2);
    if (c >= 0x80) return;
    setBit(this.triples, (a << 14) | (b << 7) | c);
    const d = key.length === 3 ? QUAD_END : key.charCodeAt(3);
    setBit(this.quads, quadBit(a, b, c, d));
    // "the dukes": after a first word of three letters, the next word's first unit too.
    if (d === 0x20) setBit(this.quads, quadBit(a, b, c, AFTER_SPACE | key.charCodeAt(4)));
  }

  /** The child of `node` on `unit`, created if missing. */
  private child(node: number, unit: number): number {
    const children = this.children[node] as Map<number, number>;
    const existing = children.get(unit);
    if (existing !== undefined) return existing;
    const created = this.children.length;
    this.children.push(new Map<number, number>());
    this.ends.push(-1);
    children.set(unit, created);
    return created;
  }
}
