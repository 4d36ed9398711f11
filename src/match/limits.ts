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
 * Characters of context taken before a Han candidate for the segmenter window. ICU's dictionary
 * segmentation looks at a few words around a position; 16 characters is several words of Chinese.
 */
export const CJK_GUARD_CONTEXT_BEFORE = 16;

/**
 * Characters taken after a candidate; larger than the context before so that the following
 * candidates of the same sentence reuse one segmentation instead of segmenting again.
 */
export const CJK_GUARD_CONTEXT_AFTER = 64;

/** A cached window is reused only if the position has at least this much context on each side. */
export const CJK_GUARD_MIN_MARGIN = 8;
