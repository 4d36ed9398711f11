/**
 * The last rule of a match: the trie finds a candidate by its folded key, and verification decides
 * which of the patterns sharing that key accept the text as written — its case and diacritics, as
 * each pattern's `caseSensitive` and `foldDiacritics` ask. Only aliases that keep case or
 * diacritics pay for it; it runs on candidates, not on the text.
 *
 * A new per-pattern rule (a case mode, a context gate) belongs here: give the group what the rule
 * needs at build time (`createGroup`) and check it in `verify`.
 */
import { FOLD_ALL, FOLD_CASE, FOLD_DIACRITICS, foldName, type FoldMode } from './normalize';
import type { MatchPattern, PatternList } from './types';

/** Patterns that share one folded key: one trie terminal, several patterns. */
export interface PatternGroup {
  /** Every pattern with this key, ascending; frozen so hits can share it. */
  readonly indices: readonly number[];
  /** False when every pattern folds both case and diacritics: no per-hit check needed. */
  readonly needsVerify: boolean;
  /** Per pattern (parallel to `indices`): its fold mode and the alias in that mode ('' in `FOLD_ALL`: the trie compared it). */
  readonly modes: readonly FoldMode[];
  readonly forms: readonly string[];
  /**
   * Per pattern: its form folds to itself, so a text written exactly as the form is accepted
   * without folding it (an acronym as the data writes it, the usual case on a page).
   */
  readonly fixed: readonly boolean[];
  /** Length of the key: decides whether the CJK segmenter guard applies. */
  readonly length: number;
}

/** The fold mode a pattern is compared in: what it leaves unfolded is checked on each hit. */
export function patternFoldMode(pattern: MatchPattern): FoldMode {
  return (pattern.caseSensitive ? 0 : FOLD_CASE) | (pattern.foldDiacritics ? FOLD_DIACRITICS : 0);
}

/** The group of `members` (indices into `patterns`) whose key is `keyLength` units long. */
export function createGroup(keyLength: number, members: readonly number[], patterns: PatternList): PatternGroup {
  const modes: FoldMode[] = [];
  const forms: string[] = [];
  const fixed: boolean[] = [];
  for (const index of members) {
    const pattern = patterns.at(index) as MatchPattern;
    const mode = patternFoldMode(pattern);
    const form = mode === FOLD_ALL ? '' : foldName(pattern.text, mode);
    modes.push(mode);
    forms.push(form);
    fixed.push(mode !== FOLD_ALL && foldName(form, mode) === form);
  }
  return {
    indices: Object.freeze([...members]),
    needsVerify: modes.some((mode) => mode !== FOLD_ALL),
    modes,
    forms,
    fixed,
    length: keyLength,
  };
}

/** The text folded in each mode, per `verify` call: a scratch list, so a candidate allocates no list. */
const folded: (string | undefined)[] = [undefined, undefined, undefined, undefined];

/**
 * The patterns of `group` that accept `text[start, end)` as written, or null when none does. It
 * runs on every candidate whose key has a case- or diacritic-keeping alias, so it makes a list
 * only when some patterns accept and some do not.
 */
export function verify(group: PatternGroup, text: string, start: number, end: number): readonly number[] | null {
  if (!group.needsVerify) return group.indices;
  const slice = text.slice(start, end);
  folded.fill(undefined);
  let accepted: number[] | null = null;
  for (let k = 0; k < group.indices.length; k++) {
    if (accepts(group, k, slice)) accepted?.push(group.indices[k] as number);
    // The first refused pattern: every one before it was accepted.
    else accepted ??= group.indices.slice(0, k);
  }
  if (accepted === null) return group.indices;
  return accepted.length === 0 ? null : accepted;
}

function accepts(group: PatternGroup, k: number, slice: string): boolean {
  const mode = group.modes[k] as FoldMode;
  if (mode === FOLD_ALL) return true;
  const form = group.forms[k] as string;
  if (group.fixed[k] === true && slice === form) return true;
  return (folded[mode] ??= foldName(slice, mode)) === form;
}
