import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/match/matcher';
import type { MatchPattern } from '../../../src/match/types';

/**
 * Property: random text (letters, spaces, punctuation, CJK) with names inserted at random
 * positions, separated by boundaries, yields exactly the inserted names at their offsets.
 * The filler alphabet shares no first letters with the names, so it cannot contain one.
 */
const PATTERNS: MatchPattern[] = [
  { text: 'MSS', actorId: 'mss', caseSensitive: true, foldDiacritics: true },
  { text: 'APT41', actorId: 'apt41', caseSensitive: true, foldDiacritics: true },
  { text: 'Lazarus Group', actorId: 'lazarus', caseSensitive: false, foldDiacritics: true },
  { text: 'Volt Typhoon', actorId: 'volt', caseSensitive: false, foldDiacritics: true },
  { text: 'Cho Jung-tai', actorId: 'cho', caseSensitive: false, foldDiacritics: true },
  { text: 'Société Générale', actorId: 'sg', caseSensitive: false, foldDiacritics: false },
  { text: '国家安全部', actorId: 'mss', caseSensitive: false, foldDiacritics: true },
  { text: '卓榮泰', actorId: 'cho', caseSensitive: false, foldDiacritics: true },
];
const LATIN_NAMES = new Set([0, 1, 2, 3, 4, 5]);
const matcher = createMatcher(PATTERNS);

const FILLER_LETTERS = 'bdfhknrwxyzBDFHKNRWXYZ0123456789éü';
const FILLER_HAN = '的是在有和这报道称周一表示发布了说明人';
const SEPARATORS = [' ', '  ', '\u00a0', '\n', '\t', ', ', '. ', ' (', ') ', ' “', '” ', ' — ', '，', '。', '、', '/'];
const SPACES = [' ', '\u00a0', '\n', '  ', '\u3000'];
const DASHES = ['-', '‐', '‑', '–', '—', '−'];

type Item = { kind: 'filler'; text: string } | { kind: 'name'; index: number; text: string };

const latinFiller = fc
  .array(fc.constantFrom(...FILLER_LETTERS), { minLength: 1, maxLength: 8 })
  .map((chars): Item => ({ kind: 'filler', text: chars.join('') }));
const hanFiller = fc
  .array(fc.constantFrom(...FILLER_HAN), { minLength: 1, maxLength: 8 })
  .map((chars): Item => ({ kind: 'filler', text: chars.join('') }));

/** A surface form of a name: case, whitespace and dash variants as pages write them. */
const nameItem = fc
  .record({
    index: fc.integer({ min: 0, max: PATTERNS.length - 1 }),
    upper: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
    space: fc.constantFrom(...SPACES),
    dash: fc.constantFrom(...DASHES),
    softHyphenAt: fc.option(fc.integer({ min: 1, max: 2 })),
  })
  .map(({ index, upper, space, dash, softHyphenAt }): Item => {
    const pattern = PATTERNS[index] as MatchPattern;
    let text = pattern.text.replace(/ /g, space).replace(/-/g, dash);
    if (!pattern.caseSensitive) {
      text = [...text].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');
    }
    if (softHyphenAt !== null) text = text.slice(0, softHyphenAt) + '\u00ad' + text.slice(softHyphenAt);
    return { kind: 'name', index, text };
  });

const item = fc.oneof({ arbitrary: nameItem, weight: 2 }, { arbitrary: latinFiller, weight: 3 }, { arbitrary: hanFiller, weight: 2 });

const isHan = (ch: string | undefined) => ch !== undefined && /\p{scx=Han}/u.test(ch);

/** Gluing two items without a separator is a boundary only for Latin name next to Han. */
function canGlue(left: Item, right: Item): boolean {
  const leftLatinName = left.kind === 'name' && LATIN_NAMES.has(left.index);
  const rightLatinName = right.kind === 'name' && LATIN_NAMES.has(right.index);
  return (leftLatinName && isHan(right.text[0])) || (rightLatinName && isHan(left.text.at(-1)));
}

describe('matcher property', () => {
  it('finds exactly the inserted names at the right offsets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ item, separator: fc.constantFrom(...SEPARATORS), glue: fc.boolean() }), { minLength: 1, maxLength: 40 }),
        (parts) => {
          let text = '';
          const expected: [number, number, number][] = [];
          parts.forEach(({ item: current, separator, glue }, i) => {
            const previous = parts[i - 1]?.item;
            if (previous) text += glue && canGlue(previous, current) ? '' : separator;
            if (current.kind === 'name') expected.push([text.length, text.length + current.text.length, current.index]);
            text += current.text;
          });
          const actual = matcher.findAll(text).map((hit) => [hit.start, hit.end, hit.patternIndex]);
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never reports an acronym inside a longer word', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FILLER_LETTERS), fc.boolean(), (letter, before) => {
        const text = before ? `${letter}MSS` : `MSS${letter}`;
        expect(matcher.findAll(text)).toEqual([]);
      }),
    );
  });
});
