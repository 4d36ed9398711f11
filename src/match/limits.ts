/**
 * Limits of the matcher and the page layer, each with its reason.
 */

/**
 * Most mentions collected on one page. A news article names a few dozen actors at most; a page
 * that yields thousands (a log dump, a giant indicator list, a hostile page) would cost unbounded
 * Range objects and highlight painting for no reader benefit, so scanning stops here.
 */
export const MAX_MENTIONS_PER_PAGE = 2000;

/**
 * Default cap on hits from one `Matcher.findAll` call. One text can never usefully yield more
 * mentions than a whole page, so it shares the page cap.
 */
export const MAX_HITS_PER_CALL = MAX_MENTIONS_PER_PAGE;

/**
 * Han-edged candidates of at most this many characters are checked with a word segmenter: all of
 * them. Short names collide across word boundaries (安天 inside 平安|天津), and so do long ones
 * inside longer words (国家安全部 inside 国家安全|部门, "state security departments"). Measured over
 * the dataset's 187 Chinese names in six running-text contexts, checking every length rejects 5
 * name-in-context cases against 2 when only names of up to four characters were checked; the
 * matcher then lets no shorter name inside such a rejected one (see `NameScan`), so a miss stays a
 * miss, never a wrong highlight.
 */
export const CJK_GUARD_MAX_LENGTH = Number.POSITIVE_INFINITY;

/**
 * Characters of context the segmenter sees on each side of a Han candidate, unless the clause ends
 * sooner; a cached window answers for a position only with this much context on each side. ICU's
 * dictionary segmentation decides a boundary from a few words around it: with 8 characters each
 * side the guard answers as segmenting the whole clause for every candidate of one to four
 * characters in the corpus sample's Chinese pages and in long generated clauses (31,560 and 9,120
 * candidates, tests/unit/match/cjk-guard.test.ts); with one character, 533 differ. Each window
 * costs ~5 µs plus ~0.1 µs per character in V8 (the old 16 before and 64 after cost ~14 µs).
 */
export const CJK_GUARD_CONTEXT = 8;
