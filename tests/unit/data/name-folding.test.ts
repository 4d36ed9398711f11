/**
 * One folding of names for the validator's alias-collision check, the matcher's trie and search.
 * When the validator folded less than the matcher, two actors named "Groupe Société Alpha" and
 * "Groupe Societe Alpha" passed validation and the matcher credited every hit to both.
 */
import { describe, expect, it } from 'vitest';
import { aliasPatterns } from '../../../src/data/dataset-index';
import type { Dataset } from '../../../src/data/schema';
import { createMatcher } from '../../../src/match/matcher';
import { minimal, problemsOf } from './helpers';

/** The minimal dataset plus two accused groups whose names differ only by accents. */
function accentedPair(shared?: boolean): Dataset {
  const d = minimal();
  for (const [id, text] of [
    ['g-accented', 'Groupe Société Alpha'],
    ['g-plain', 'Groupe Societe Alpha'],
  ] as const) {
    d.actors.push({
      id,
      displayName: text,
      kind: 'threat-group',
      affiliation: 'Z',
      description: 'A group.',
      names: [{ text, lang: 'en', match: 'proper', ...(shared === undefined ? {} : { shared }) }],
    });
    d.claims[0]!.accused.push(id);
  }
  return d;
}

describe('one name folding for validation, matching and search', () => {
  it('rejects two actors whose names differ only by diacritics, naming both records', () => {
    expect(problemsOf(accentedPair())).toEqual([
      { path: '$.actors[3].names[0].text', message: expect.stringContaining('also belongs to "g-accented" ($.actors[2].names[0])') },
    ]);
  });

  it('rejects names that differ only in dashes, apostrophes, width or invisible characters', () => {
    for (const [a, b] of [
      ['Cho Jung-tai', 'Cho Jung–tai'],
      ["O'Brien Group", 'O’Brien Group'],
      ['APT-Q-20', 'ＡＰＴ-Ｑ-２０'],
      ['Volt Typhoon', 'Volt Ty\u00adphoon'],
    ] as const) {
      const d = minimal();
      d.actors[0]!.names.push({ text: a, lang: 'en', match: 'proper' });
      d.actors[1]!.names.push({ text: b, lang: 'en', match: 'proper' });
      expect(
        problemsOf(d)
          .map((p) => p.message)
          .join('\n'),
        `${a} / ${b}`,
      ).toContain('also belongs to "a-one"');
    }
  });

  it('accepts the pair when both aliases are marked shared, and then the matcher credits both', () => {
    const d = accentedPair(true);
    expect(problemsOf(d)).toEqual([]);
    const matcher = createMatcher(aliasPatterns(d));
    const [hit] = matcher.findAll('Reports blamed Groupe Societe Alpha.');
    expect(hit?.patternIndices.map((i) => matcher.patterns.at(i)?.actorId)).toEqual(['g-accented', 'g-plain']);
  });

  it('gives every hit in a dataset the validator accepts to one actor, unless the alias is shared', () => {
    const d = minimal();
    d.actors[1]!.names.push({ text: 'Groupe Société Alpha', lang: 'en', match: 'proper' });
    expect(problemsOf(d)).toEqual([]);
    const matcher = createMatcher(aliasPatterns(d));
    for (const text of ['Groupe Societe Alpha', 'GROUPE SOCIÉTÉ ALPHA', 'AAA and Bravo Group']) {
      for (const hit of matcher.findAll(text)) {
        expect(new Set(hit.patternIndices.map((i) => matcher.patterns.at(i)?.actorId)).size, text).toBe(1);
      }
    }
  });
});
