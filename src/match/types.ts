/**
 * Types shared by the matcher and its callers. Kept apart from `src/data` on purpose: the
 * matcher is a pure string algorithm and must not depend on the dataset model. `MatchPattern` is
 * structurally identical to the dataset's `AliasPattern`, so an `AliasPattern[]` can be passed
 * as is.
 */

/** One alias to look for. */
export interface MatchPattern {
  /** The alias as written in the data; normalised by the matcher (see `normalize.ts`). */
  readonly text: string;
  /** Opaque id of the actor the alias names; the matcher never reads it. */
  readonly actorId: string;
  /** Match only in the alias's own case (acronyms: "MSS" must not match "mss" or "Mss"). */
  readonly caseSensitive: boolean;
  /** Let unaccented text match accented aliases and vice versa ("Société" ~ "Societe"). */
  readonly foldDiacritics: boolean;
  /**
   * Precision rules, read by `policy.ts` after matching (the trie never looks at them):
   * proper-name case ("Salt Typhoon", not "salt typhoon"), a context gate (ordinary words and
   * shared acronyms count only near cyber context), or a blocker (claims its text, marks nothing).
   */
  readonly properCase?: boolean;
  readonly gated?: boolean;
  readonly blocker?: boolean;
  /** An unambiguous name of a hacker group: its presence makes the text about cyber operations. */
  readonly signal?: boolean;
}

/** One match, in UTF-16 code units of the ORIGINAL text passed to `findAll`. */
export interface MatchHit {
  /** Offset of the first character of the name. */
  readonly start: number;
  /** Offset just after the last character of the name (a possessive "'s" is not included). */
  readonly end: number;
  /** Lowest index (into the matcher's patterns) among `patternIndices`. */
  readonly patternIndex: number;
  /**
   * Every pattern that matches this span: patterns whose normalised text is identical (the same
   * alias listed for several actors, or in two spellings that normalise alike) and whose case and
   * diacritic rules accept the text. Ascending, never empty. Do not mutate: it may be shared.
   */
  readonly patternIndices: readonly number[];
  /** Set by a name finder: every accepted pattern is gated (see `policy.ts`). */
  readonly gated?: boolean;
  /** Set by a name finder: an accepted pattern is a context signal (see `policy.ts`). */
  readonly signal?: boolean;
}

/** Options of `Matcher.findAll`. */
export interface FindAllOptions {
  /** Stop after this many hits (default `MAX_HITS_PER_CALL`). */
  readonly limit?: number;
}

/**
 * Patterns by index. An array is one; a page's opened match index is another that makes each
 * pattern on first use (`data/match-index.ts`): a page meets a handful of its 1,200 names.
 */
export interface PatternList {
  readonly length: number;
  at(index: number): MatchPattern | undefined;
}

/** A compiled set of patterns; build once with `createMatcher`, reuse for every text. */
export interface Matcher {
  /** The patterns it was built from, so callers can map `patternIndex` to an actor. */
  readonly patterns: PatternList;
  /**
   * All mentions in `text`, leftmost-longest and non-overlapping, in ascending order of `start`.
   * Linear in the text (each start position walks at most the longest alias), independent of the
   * number of patterns.
   */
  findAll(text: string, options?: FindAllOptions): MatchHit[];
  /**
   * Set on a name finder with gated names (`finder.ts`): whether `text` holds a context term. Its
   * hits then carry `gated`, and callers decide them across neighbouring runs (`RunGate`).
   */
  hasContext?(text: string): boolean;
}
