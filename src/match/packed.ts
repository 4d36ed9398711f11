/**
 * `CompiledNames` as bytes, so the background compiles the names once and every page only copies
 * typed arrays (`unpackCompiledNames`) instead of folding every name and building the trie in a
 * cold script: at field scale that build was most of what the data added to a page's start-up.
 *
 * Layout: a sequence of sections, each `[count, width]` (two 32-bit words) and `count` values of
 * `width` bytes (2 when every value fits 0…65535, else 4), padded to 4 bytes. Sparse tables (the
 * root, the prefilter bitsets) travel as lists of what is set. Both ends run on the same machine
 * (background and page), so the typed arrays' native byte order is the same on both.
 *
 * The page's side runs once per page in a cold script: its loops over typed arrays are indexed, not
 * `for…of` (an iterator call per element until the engine compiles the loop).
 */
import type { CompiledNames } from './compiled';
import { hasBit, TABLE_SIZES, terminalCount, type Trie } from './trie';

/** Bumped when the layout changes: a page never unpacks bytes of another layout. */
export const PACKED_FORMAT = 5;

export function packCompiledNames(compiled: CompiledNames): Uint8Array {
  const { trie } = compiled;
  const rootEntries: number[] = [];
  trie.root.forEach((child, unit) => {
    if (child !== 0) rootEntries.push(unit, child);
  });
  const contextKeys: number[] = [];
  compiled.contextKey.forEach((flag, key) => {
    if (flag === 1) contextKeys.push(key);
  });
  return writeSections([
    Int32Array.of(PACKED_FORMAT, trie.maxDepth, trie.units.length),
    Int32Array.from(rootEntries),
    trie.first,
    Int32Array.from(trie.units),
    trie.terminalBits,
    trie.keyBase,
    setBits(trie.triples),
    setBytes(trie.pairEnds),
    setBits(trie.pairs),
    setBits(trie.quads),
    compiled.groupStart,
    compiled.members,
    compiled.keyLength,
    Int32Array.from(contextKeys),
    setBits(compiled.nameWords),
    setBits(compiled.contextWords),
  ]);
}

/** Sections of a packing: header, root entries, first, units, terminal bits, key bases, triples, pair ends, pairs, quads, groups (3), context keys, name words, context words. */
const SECTION_COUNT = 16;

/** A tuple of `N` sections. */
type Sections<N extends number, Found extends Int32Array[] = []> = Found['length'] extends N ? Found : Sections<N, [...Found, Int32Array]>;

/** Throws an Error naming what is wrong when `bytes` are not a packing of this format. */
export function unpackCompiledNames(bytes: Uint8Array): CompiledNames {
  const sections = readSections(bytes);
  if (sections.length !== SECTION_COUNT) throw new Error(`packed names: expected ${SECTION_COUNT} sections, found ${sections.length}`);
  const [
    header,
    rootEntries,
    first,
    units,
    terminalBits,
    keyBase,
    triples,
    pairEnds,
    pairs,
    quads,
    groupStart,
    members,
    keyLength,
    contextKeys,
    nameWords,
    contextWords,
  ] = sections as Sections<typeof SECTION_COUNT>;
  const [format, maxDepth = 0, nodes = 0] = header;
  if (format !== PACKED_FORMAT) throw new Error(`packed names: format ${format}, expected ${PACKED_FORMAT}`);
  if (nodes <= 0 || first.length !== nodes + 1 || units.length !== nodes || first[nodes] !== nodes) {
    throw new Error(`packed names: edge tables of ${first.length} and ${units.length} values for ${nodes} nodes`);
  }
  const words = (nodes + 31) >>> 5;
  if (terminalBits.length !== words || keyBase.length !== words) {
    throw new Error(`packed names: terminal tables of ${terminalBits.length} and ${keyBase.length} words for ${nodes} nodes`);
  }
  const keys = keyLength.length;
  if (groupStart.length !== keys + 1 || groupStart[keys] !== members.length) {
    throw new Error(`packed names: group table does not fit ${keys} keys`);
  }
  if (terminalCount(terminalBits, keyBase) !== keys) {
    throw new Error(`packed names: ${terminalCount(terminalBits, keyBase)} terminals for ${keys} keys`);
  }
  const root = new Int32Array(TABLE_SIZES.root);
  for (let i = 0; i + 1 < rootEntries.length; i += 2) root[rootEntries[i] as number] = rootEntries[i + 1] as number;
  const contextKey = new Uint8Array(keys);
  for (let i = 0; i < contextKeys.length; i++) contextKey[contextKeys[i] as number] = 1;
  const [tripleSet, pairEndSet, pairSet, quadSet, nameWordSet, contextWordSet] = prefiltersOf(
    triples,
    pairEnds,
    pairs,
    quads,
    nameWords,
    contextWords,
  );
  const trie: Trie = {
    root,
    first,
    // The constructor copies natively; `Uint16Array.from` may take the iterator path in a cold script.
    units: new Uint16Array(units),
    terminalBits,
    keyBase,
    maxDepth,
    triples: tripleSet,
    pairEnds: pairEndSet,
    pairs: pairSet,
    quads: quadSet,
  };
  return { trie, groupStart, members, keyLength, contextKey, nameWords: nameWordSet, contextWords: contextWordSet };
}

/**
 * The prefilter tables (triples, pair ends, pairs, quads) and the first-word filters (names,
 * context), in that order, from what is set in each (`setBits`, `setBytes`). The loops are written out in one function: through a helper called once per table,
 * the whole unpacking took a page's cold start 1.8–2.0 ms with the field data in Chromium, 1.1 ms
 * this way (fresh tabs, median of 31); with the 54 names' small sets it went the other way, 0.6
 * against 0.8–0.9 ms.
 */
function prefiltersOf(
  triples: Int32Array,
  pairEnds: Int32Array,
  pairs: Int32Array,
  quads: Int32Array,
  nameWords: Int32Array,
  contextWords: Int32Array,
) {
  const t = new Uint8Array(TABLE_SIZES.tripleBytes);
  const e = new Uint8Array(TABLE_SIZES.pairEndBytes);
  const p = new Uint8Array(TABLE_SIZES.pairBytes);
  const q = new Uint8Array(TABLE_SIZES.quadBytes);
  const n = new Uint8Array(TABLE_SIZES.wordBytes);
  const c = new Uint8Array(TABLE_SIZES.wordBytes);
  for (let i = 0; i < triples.length; i++) {
    const bit = triples[i] as number;
    t[bit >>> 3] = (t[bit >>> 3] as number) | (1 << (bit & 7));
  }
  for (let i = 0; i < pairEnds.length; i++) e[pairEnds[i] as number] = 1;
  for (let i = 0; i < pairs.length; i++) {
    const bit = pairs[i] as number;
    p[bit >>> 3] = (p[bit >>> 3] as number) | (1 << (bit & 7));
  }
  for (let i = 0; i < quads.length; i++) {
    const bit = quads[i] as number;
    q[bit >>> 3] = (q[bit >>> 3] as number) | (1 << (bit & 7));
  }
  for (let i = 0; i < nameWords.length; i++) {
    const bit = nameWords[i] as number;
    n[bit >>> 3] = (n[bit >>> 3] as number) | (1 << (bit & 7));
  }
  for (let i = 0; i < contextWords.length; i++) {
    const bit = contextWords[i] as number;
    c[bit >>> 3] = (c[bit >>> 3] as number) | (1 << (bit & 7));
  }
  return [t, e, p, q, n, c] as const;
}

function setBits(bits: Uint8Array): Int32Array {
  const set: number[] = [];
  bits.forEach((byte, at) => {
    if (byte === 0) return;
    for (let bit = at * 8; bit < at * 8 + 8; bit++) if (hasBit(bits, bit)) set.push(bit);
  });
  return Int32Array.from(set);
}

function setBytes(table: Uint8Array): Int32Array {
  const set: number[] = [];
  table.forEach((value, at) => {
    if (value !== 0) set.push(at);
  });
  return Int32Array.from(set);
}

/** Bytes of a section's values: 2 per value when all fit in 16 bits unsigned. */
function widthOf(values: Int32Array): 2 | 4 {
  for (const value of values) if (value < 0 || value > 0xffff) return 4;
  return 2;
}

const padded = (bytes: number) => (bytes + 3) & ~3;

function writeSections(sections: readonly Int32Array[]): Uint8Array {
  const widths = sections.map(widthOf);
  const total = sections.reduce((sum, values, i) => sum + 8 + padded(values.length * (widths[i] as number)), 0);
  const buffer = new ArrayBuffer(total);
  let at = 0;
  sections.forEach((values, i) => {
    const width = widths[i] as 2 | 4;
    new Int32Array(buffer, at, 2).set([values.length, width]);
    at += 8;
    if (width === 2) new Uint16Array(buffer, at, values.length).set(values);
    else new Int32Array(buffer, at, values.length).set(values);
    at += padded(values.length * width);
  });
  return new Uint8Array(buffer);
}

/** Each section as its own Int32Array (copied: the bytes can be dropped after). */
function readSections(bytes: Uint8Array): Int32Array[] {
  // Typed-array views need aligned offsets: copy when the bytes do not start on a 4-byte boundary.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const { buffer, byteOffset, byteLength } = aligned;
  const sections: Int32Array[] = [];
  let at = 0;
  while (at < byteLength) {
    if (at + 8 > byteLength) throw new Error(`packed names: section header cut at byte ${at}`);
    const [count = 0, width = 0] = new Int32Array(buffer, byteOffset + at, 2);
    at += 8;
    const size = count * width;
    if ((width !== 2 && width !== 4) || count < 0 || at + size > byteLength) {
      throw new Error(`packed names: section ${sections.length} (${count} × ${width} bytes) does not fit`);
    }
    sections.push(
      width === 2
        ? new Int32Array(new Uint16Array(buffer, byteOffset + at, count))
        : new Int32Array(buffer, byteOffset + at, count).slice(),
    );
    at += padded(size);
  }
  return sections;
}
