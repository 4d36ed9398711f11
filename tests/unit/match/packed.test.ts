import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../../../src/data/bundled-dataset';
import { compileMatchIndex, openMatchIndex, packMatchIndex, patternsOf } from '../../../src/data/match-index';
import { compileNames, isSubstringTerm } from '../../../src/match/compiled';
import { createNameFinder } from '../../../src/match/finder';
import { PACKED_FORMAT, packCompiledNames, unpackCompiledNames } from '../../../src/match/packed';
import type { MatchPattern } from '../../../src/match/types';
import { base64ToBytes, bytesToBase64 } from '../../../src/shared/base64';
import { openMatchIndexMessage, toMatchIndexMessage } from '../../../src/shared/match-index-wire';
import type { MatchIndexMessage } from '../../../src/shared/messages';

const index = compileMatchIndex(BUNDLED_DATASET);
const patterns = patternsOf(index);

const name = (text: string, extra: Partial<MatchPattern> = {}): MatchPattern => ({
  text,
  actorId: text.toLowerCase(),
  caseSensitive: false,
  foldDiacritics: true,
  ...extra,
});

describe('packed names (what the background sends every page)', () => {
  it('unpack(pack(compiled)) is the compiled names, table for table', () => {
    const compiled = compileNames(patterns, index.contextTerms);
    const unpacked = unpackCompiledNames(packCompiledNames(compiled));
    expect(unpacked.trie.maxDepth).toBe(compiled.trie.maxDepth);
    for (const table of ['root', 'first', 'units', 'terminalBits', 'keyBase', 'triples', 'pairEnds', 'pairs', 'quads'] as const) {
      expect(unpacked.trie[table], table).toEqual(compiled.trie[table]);
    }
    for (const table of ['groupStart', 'members', 'keyLength', 'contextKey'] as const) {
      expect(unpacked[table], table).toEqual(compiled[table]);
    }
  });

  it('is a fraction of the tables it stands for: sparse tables travel as what is set', () => {
    const compiled = compileNames(patterns, index.contextTerms);
    const bytes = packCompiledNames(compiled).length;
    const tables =
      compiled.trie.root.byteLength + compiled.trie.first.byteLength + compiled.trie.triples.byteLength + compiled.trie.pairs.byteLength;
    expect(bytes).toBeLessThan(tables / 4);
  });

  it('survives the wire: the opened index finds exactly what the compiled one finds', () => {
    // Through JSON, as Chromium carries messages.
    const wire = JSON.parse(JSON.stringify(toMatchIndexMessage(index))) as MatchIndexMessage;
    const opened = openMatchIndexMessage(wire);
    expect(opened.actorIds).toEqual(index.actorIds);
    expect(opened.displayNames).toEqual(index.displayNames);
    expect(opened.strengths).toEqual(index.strengths);
    expect(opened.substringTerms).toEqual(index.contextTerms.filter(isSubstringTerm));
    expect(opened.substringTerms.length).toBeGreaterThan(0);
    expect(opened.patterns).toHaveLength(patterns.length);
    expect(Array.from({ length: opened.patterns.length }, (_, i) => opened.patterns.at(i))).toEqual(patterns);
    expect(opened.patterns.at(-1)).toBeUndefined();
    expect(opened.patterns.at(patterns.length)).toBeUndefined();
    expect(opened.hasGated).toBe(patterns.some((p) => p.gated === true));
    expect(opened.hasGated).toBe(true);
    const fromPacked = createNameFinder(opened);
    const compiledHere = createNameFinder({ patterns, contextTerms: index.contextTerms });
    const texts = [
      'Fancy Bear and APT28 hit the Democratic National Committee; Volt Typhoon lived off the land.',
      'Lazarus hackers stole crypto. Lazarus rose from the dead in the sermon.',
      '外交部发言人林剑说，美方所谓伏特台风是勒索软件组织。國家安全局表示駭客攻擊。',
      'The MSS and the NSB traded claims about ZINC and PLATINUM malware.',
    ];
    for (const text of texts) {
      expect(fromPacked.findAll(text)).toEqual(compiledHere.findAll(text));
      expect(fromPacked.hasContext?.(text)).toBe(compiledHere.hasContext?.(text));
    }
    expect(fromPacked.findAll(texts[0] as string).length).toBeGreaterThan(2);
  });

  it('keeps names and context terms apart in the one trie', () => {
    const finder = createNameFinder({
      patterns: [name('Hack', { gated: true }), name('Cyber Army')],
      contextTerms: ['hackers', 'cyber', '黑客'],
    });
    const text = 'Hack hackers cyber Cyber Army';
    expect(finder.findAll(text).map((h) => text.slice(h.start, h.end))).toEqual(['Hack', 'Cyber Army']);
    expect(finder.hasContext?.('the hackers came')).toBe(true);
    expect(finder.hasContext?.('a cyber story')).toBe(true);
    expect(finder.hasContext?.('他是黑客')).toBe(true);
    // A name is no context term: "Hack" is in the trie, not in the vocabulary ("hackers" is longer).
    expect(finder.hasContext?.('Hack the planet')).toBe(false);
    // As with a matcher of the terms alone, "cyber" is found as the first word of "Cyber Army".
    expect(finder.hasContext?.('Cyber Army')).toBe(true);
  });

  it('rejects bytes of another format or cut short, saying what does not fit', () => {
    const bytes = packCompiledNames(compileNames([name('Sandworm')]));
    const other = bytes.slice();
    new Int32Array(other.buffer, 8, 1)[0] = PACKED_FORMAT + 1;
    expect(() => unpackCompiledNames(other)).toThrow(/format/);
    expect(() => unpackCompiledNames(bytes.subarray(0, bytes.length - 8))).toThrow(/packed names/);
    expect(() => unpackCompiledNames(new Uint8Array(3))).toThrow(/cut/);
  });

  it('rejects terminal tables that do not count one terminal per key', () => {
    const compiled = compileNames([name('Sandworm'), name('Sand')]);
    const bits = compiled.trie.terminalBits.slice();
    const word = bits.findIndex((value) => value !== 0);
    bits[word] = (bits[word] as number) & ((bits[word] as number) - 1); // clear the lowest set bit
    const cut = { ...compiled, trie: { ...compiled.trie, terminalBits: bits } };
    expect(() => unpackCompiledNames(packCompiledNames(cut))).toThrow(/1 terminals for 2 keys/);
    expect(unpackCompiledNames(packCompiledNames(compiled)).keyLength).toEqual(Int32Array.of(4, 8));
  });

  it('rejects an index whose parts do not agree, and names that cannot be joined', () => {
    const packed = packMatchIndex(index);
    expect(() => openMatchIndex({ ...packed, nameFlags: packed.nameFlags.slice(1) })).toThrow(/names but/);
    const compiled = compileNames(patterns, index.contextTerms);
    for (const wrong of [patterns.length, -1]) {
      const members = compiled.members.slice();
      members[members.length - 1] = wrong;
      const bytes = packCompiledNames({ ...compiled, members });
      expect(() => openMatchIndex({ ...packed, compiled: bytes }), String(wrong)).toThrow(/refer to names/);
    }
    expect(() => packMatchIndex({ ...index, names: [['Two\nlines', 0, 0]] })).toThrow(/line break in name/);
  });

  it('round-trips bytes through base64 with or without the native codec', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) & 0xff);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(bytesToBase64(Uint8Array.of(0, 255, 1))).toBe('AP8B');
  });
});
