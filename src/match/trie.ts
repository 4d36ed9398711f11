/**
 * The matcher's trie of folded alias keys, in typed arrays: a dense table for the root (one load
 * decides whether a position can start a name at all) and an open-addressing hash of
 * (node, unit) → child for the rest, plus prefilters over the first units of every key. Node 0 is
 * the root; child ids are ≥ 1, so 0 means "no child". Building 5,000 keys takes a few
 * milliseconds.
 */

/** The compiled trie. */
export interface Trie {
  readonly root: Int32Array;
  /** Triples (node, unit, child) per slot; child 0 marks an empty slot. */
  readonly slots: Int32Array;
  readonly mask: number;
  readonly shift: number;
  /** Per node: the index of the key ending there, or -1. */
  readonly terminal: Int32Array;
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
}

/** Size of the hashed pair filter: 1 Mbit (128 KB) keeps false positives near 0.5 % at 5,000 keys. */
const PAIR_BITS = 1 << 20;

/**
 * Sizes of the tables every trie has whatever its keys (`packed.ts` rebuilds them at these sizes):
 * the root (one entry per UTF-16 unit), the ASCII triple bitset, the two-unit key table, and the
 * hashed pair filter.
 */
export const TABLE_SIZES = { root: 0x10000, tripleBytes: 1 << 18, pairEndBytes: 1 << 14, pairBytes: PAIR_BITS >>> 3 } as const;

/** The bit of units (a, b) in `Trie.pairs`. */
export function pairBit(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca6b)) >>> 12;
}

export function setBit(bits: Uint8Array, bit: number): void {
  bits[bit >>> 3] = (bits[bit >>> 3] as number) | (1 << (bit & 7));
}

export function hasBit(bits: Uint8Array, bit: number): boolean {
  return ((bits[bit >>> 3] as number) & (1 << (bit & 7))) !== 0;
}

/** Slot of (node, unit) in a table of 2^(32 - shift) slots: multiplicative hashing. */
function hashSlot(node: number, unit: number, shift: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit + 1, 0x85ebca6b)) >>> shift;
}

/**
 * Where (node, unit) lives in `slots`: the base index of its triple, or of the empty slot where
 * it would go (linear probing). The one probing loop, shared by insertion and lookup.
 */
function findSlot(slots: Int32Array, mask: number, shift: number, node: number, unit: number): number {
  let slot = hashSlot(node, unit, shift);
  for (;;) {
    const base = slot * 3;
    if (slots[base + 2] === 0 || (slots[base] === node && slots[base + 1] === unit)) return base;
    slot = (slot + 1) & mask;
  }
}

/** Child of `node` on `unit`, or 0. The walk's inner step: pass the trie's arrays, not the trie. */
export function step(node: number, unit: number, root: Int32Array, slots: Int32Array, mask: number, shift: number): number {
  if (node === 0) return root[unit] as number;
  return slots[findSlot(slots, mask, shift, node, unit) + 2] as number;
}

/** Compile `keys` (non-empty folded strings, distinct); key `i` ends at a node whose terminal is `i`. */
export function buildTrie(keys: readonly string[]): Trie {
  let totalUnits = 0;
  let maxDepth = 0;
  for (const key of keys) {
    totalUnits += key.length;
    maxDepth = Math.max(maxDepth, key.length);
  }
  const builder = new TrieBuilder(nextPowerOfTwo(Math.max(16, totalUnits * 2)), totalUnits + 1);
  keys.forEach((key, index) => builder.insert(key, index));
  return builder.finish(maxDepth);
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

class TrieBuilder {
  private readonly root = new Int32Array(TABLE_SIZES.root);
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  private readonly terminal: Int32Array;
  private readonly triples = new Uint8Array(TABLE_SIZES.tripleBytes);
  private readonly pairEnds = new Uint8Array(TABLE_SIZES.pairEndBytes);
  private readonly pairs = new Uint8Array(TABLE_SIZES.pairBytes);
  private nodes = 1;

  constructor(capacity: number, maxNodes: number) {
    this.slots = new Int32Array(capacity * 3);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
    this.terminal = new Int32Array(maxNodes).fill(-1);
  }

  insert(key: string, index: number): void {
    this.markPrefix(key);
    let node = 0;
    for (let i = 0; i < key.length; i++) node = this.child(node, key.charCodeAt(i));
    this.terminal[node] = index;
  }

  finish(maxDepth: number): Trie {
    const { root, triples, pairEnds, pairs } = this;
    const terminal = this.terminal.slice(0, this.nodes);
    return { root, ...this.compactEdges(), terminal, maxDepth, triples, pairEnds, pairs };
  }

  /**
   * The edge table sized by the real edge count. The builder starts from an upper bound (every
   * unit of every key a new edge); names share prefixes, so the field-scale data's 9,999 edges fit
   * in 16,384 slots at most three-quarters full instead of 32,768 (196 kB less on every page).
   */
  private compactEdges(): { slots: Int32Array; mask: number; shift: number } {
    let edges = 0;
    for (let base = 2; base < this.slots.length; base += 3) if (this.slots[base] !== 0) edges++;
    const capacity = nextPowerOfTwo(Math.max(16, Math.ceil((edges * 4) / 3)));
    if (capacity * 3 >= this.slots.length) return { slots: this.slots, mask: this.mask, shift: this.shift };
    const slots = new Int32Array(capacity * 3);
    const mask = capacity - 1;
    const shift = 32 - Math.log2(capacity);
    for (let base = 0; base < this.slots.length; base += 3) {
      const child = this.slots[base + 2] as number;
      if (child === 0) continue;
      const node = this.slots[base] as number;
      const unit = this.slots[base + 1] as number;
      const at = findSlot(slots, mask, shift, node, unit);
      slots[at] = node;
      slots[at + 1] = unit;
      slots[at + 2] = child;
    }
    return { slots, mask, shift };
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
  }

  /** The child of `node` on `unit`, created if missing. */
  private child(node: number, unit: number): number {
    if (node === 0) {
      const existing = this.root[unit] as number;
      if (existing !== 0) return existing;
      this.root[unit] = this.nodes;
      return this.nodes++;
    }
    const base = findSlot(this.slots, this.mask, this.shift, node, unit);
    const existing = this.slots[base + 2] as number;
    if (existing !== 0) return existing;
    this.slots[base] = node;
    this.slots[base + 1] = unit;
    this.slots[base + 2] = this.nodes;
    return this.nodes++;
  }
}
