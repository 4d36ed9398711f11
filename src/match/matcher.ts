/**
 * The multi-name matcher: every alias in one pass over the text.
 *
 * Design (why not a textbook Aho–Corasick): names must start on a boundary, so in spaced scripts
 * only word starts and punctuation can begin a match. The matcher scans the text once, classifying
 * each unit with two typed-array loads, and at each possible start walks one trie of fully folded
 * aliases (their `nameKey`: case and diacritics folded, NFKC, unified spaces/dashes/apostrophes —
 * see `normalize.ts`) directly over the original text, normalising on the fly. The walk is bounded by
 * the longest alias, so matching is O(text × longest alias) in the worst case and, on real text,
 * a small constant per character — independent of the number of aliases. No normalised copy of
 * the text is made, so offsets need no mapping: hits are in the original text's UTF-16 units.
 *
 * Leftmost-longest: the first start with any acceptable match wins, and at that start the longest
 * acceptable alias. A candidate is acceptable when:
 * 1. its end is a boundary (a spaced-script letter/digit must not continue into another one;
 *    Han/kana next to Latin is a boundary; a possessive apostrophe is a boundary);
 * 2. for Han-edged candidates that touch other Han characters, `Intl.Segmenter` puts a word
 *    boundary at those edges (安天 not in 平安|天津, 国家安全部 not in 国家安全|部门); a Han name the
 *    guard rejects also keeps any name from starting inside it (国安局 not in 美国安局);
 * 3. at least one alias with that folded text accepts the text's case and diacritics.
 * A failed longer candidate falls back to the shorter ones at the same start.
 *
 * Most words of a page start no name: prefilters turn them away before a walk, by their first
 * three or four units and, for a plain word followed by a space, by the whole word and the next
 * word's first unit (the first-word filter, one per side: names, context terms).
 *
 * The parts: `trie.ts` (the keys in typed arrays, and prefilters), `scan.ts` (the loop and the
 * walk, rule 1), `cjk-guard.ts` (rule 2), `verify.ts` (rule 3: per-pattern rules), and
 * `boundaries.ts` (character classes around a candidate).
 */
import { compileNames, nameGroups, type CompiledNames } from './compiled';
import { MAX_HITS_PER_CALL } from './limits';
import { NameScan } from './scan';
import type { FindAllOptions, MatchHit, Matcher, PatternList } from './types';

export type { FindAllOptions, MatchHit, MatchPattern, Matcher, PatternList } from './types';

/**
 * Compile `patterns` into a matcher (or take them `compiled` already: `compiled.ts`, `packed.ts`).
 * Patterns whose text normalises to nothing are ignored.
 * Hits report indices into `patterns`; aliases with identical normalised text share hits (see
 * `MatchHit.patternIndices`).
 */
export function createMatcher(patterns: PatternList, compiled: CompiledNames = compileNames(patterns)): Matcher {
  const scan = new NameScan(compiled.trie, nameGroups(compiled, patterns), compiled.nameWords);
  return {
    patterns,
    findAll: (text: string, options?: FindAllOptions): MatchHit[] => scan.findAll(text, options?.limit ?? MAX_HITS_PER_CALL),
  };
}
