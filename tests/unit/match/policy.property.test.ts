import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSubstringTerm, mayHoldSubstringTerm } from '../../../src/match/compiled';
import { createContextTest, isInAddress, isProperCase, isSpaceUnit } from '../../../src/match/policy';

/**
 * The local rules read characters in place, for speed. These references are the rules as first
 * written (RegExp splits, a RegExp per character; the address token since stopped at CJK text),
 * kept here as the specification: on random text over an alphabet of every character class the
 * rules distinguish, both must agree. The token's length bound is tested on its own.
 */
const isCased = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();
const isUpper = (ch: string) => isCased(ch) && ch === ch.toUpperCase() && ch !== ch.toLowerCase();
const words = (text: string) => text.split(/[\s\u00A0\-\u2010-\u2015_.'\u2019·]+/u).filter((w) => w.length > 0);

function referenceProperCase(name: string, found: string): boolean {
  const want = words(name);
  const got = words(found);
  if (!got.some((w) => [...w].some(isUpper))) return !want.some((w) => [...w].some(isUpper));
  if (want.length !== got.length) {
    const first = [...(want[0] ?? '')][0] ?? '';
    const firstFound = [...(got[0] ?? '')][0] ?? '';
    return !isUpper(first) || isUpper(firstFound);
  }
  return want.every((w, i) => !isUpper([...w][0] ?? '') || isUpper([...(got[i] as string)][0] ?? ''));
}

/** The token: the candidate and what around it is neither white space nor of the CJK blocks on (U+2E80). */
const inToken = (ch: string) => !/\s/u.test(ch) && ch.charCodeAt(0) < 0x2e80;

function referenceInAddress(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && inToken(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && inToken(text[to] as string)) to++;
  const token = text
    .slice(from, to)
    .replace(/^[(["'«“‘]+/u, '')
    .replace(/[),.;:!?'"\]}»”’]+$/u, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(token) || /^www\./i.test(token)) return true;
  const at = token.indexOf('@');
  if (at > 0 && token.indexOf('.', at) > at + 1) return true;
  if (/^[\w-]+(?:\.[\w-]+)+[/\\]/.test(token) || /^(?:~|\.{1,2})?[/\\]|^[a-z]:\\/i.test(token)) return true;
  return (token.match(/[/\\]/g) ?? []).length >= 2;
}

/** Letters of both cases and uncased ones, every kind of separator, address marks, an astral letter. */
const ALPHABET = [
  ...'aBcDxyZQ09ÉéßДдΣσ国',
  ...' \t\n\u00a0\u2009\u3000',
  ..."-‐–—_.'’·",
  ...'/\\@:~,;()"«»',
  'www.',
  'WWW.',
  'https://',
  '𝐀',
  '𐐀',
  '𐐨',
];
const text = (maxLength: number) => fc.array(fc.constantFrom(...ALPHABET), { maxLength }).map((parts) => parts.join(''));

describe('local rules read in place, as the RegExp rules read', () => {
  it('isProperCase agrees with the reference', () => {
    fc.assert(
      fc.property(text(8), text(8), (name, found) => {
        expect(isProperCase(name, found)).toBe(referenceProperCase(name, found));
      }),
      { numRuns: 20_000 },
    );
  });

  it('isProperCase accepts a name written exactly as itself (the finder skips the check then)', () => {
    fc.assert(
      fc.property(text(12), (name) => {
        expect(isProperCase(name, name)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('isInAddress agrees with the reference', () => {
    fc.assert(
      fc.property(text(14), fc.nat(), fc.nat(), (page, a, b) => {
        const start = page.length === 0 ? 0 : a % page.length;
        const end = start + (page.length === start ? 0 : b % (page.length - start));
        expect(isInAddress(page, start, end)).toBe(referenceInAddress(page, start, end));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('white space as code', () => {
  it('isSpaceUnit is /\\s/u on every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceUnit(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('the context test skips its substring terms only where none can be', () => {
  it("mayHoldSubstringTerm is true for every character of the substring terms' scripts, BMP and astral", () => {
    const missed: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (isSubstringTerm(ch) && !mayHoldSubstringTerm(ch)) missed.push(cp);
    }
    expect(missed).toEqual([]);
    // And it does skip ordinary text: Latin, curly quotes and dashes included.
    expect(mayHoldSubstringTerm('North Korean “hackers” — again, in Café Zürich')).toBe(false);
    expect(mayHoldSubstringTerm('朝鲜')).toBe(true);
  });

  it('finds a substring term as before, and none in text without those scripts', () => {
    const test = createContextTest(['黑客', '해킹', 'APT组织'], () => false);
    expect(test('朝鲜黑客组织')).toBe(true);
    expect(test('북한의 해킹을')).toBe(true);
    expect(test('the APT组织 said')).toBe(true);
    expect(test('the APT group said')).toBe(false);
  });
});
