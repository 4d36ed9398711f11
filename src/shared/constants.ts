/**
 * Named delays and limits, each with its reason. Timing values follow Wikimedia's Page Previews,
 * which tuned them on real readers: long enough that a pointer passing over a name does not open
 * a card, short enough that resting on it feels immediate.
 */

/** Pointer must rest this long on a name before the card opens (Page Previews uses 500–700 ms). */
export const DEFAULT_OPEN_DELAY_MS = 500;

/** Card stays this long after the pointer leaves name and card, so it can travel into the card. */
export const DEFAULT_CLOSE_DELAY_MS = 300;

/** Longest main-thread slice the scanner may take before yielding (RAIL: tasks under 50 ms). */
export const SCAN_SLICE_BUDGET_MS = 8;

/** Debounce for batches of DOM mutations: coalesces infinite-scroll bursts into one scan. */
export const MUTATION_BATCH_DELAY_MS = 250;

/** Size limit of an imported dataset file: ample for tens of thousands of claims, small enough to validate instantly. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Name of the highlight registered in CSS.highlights (the page can see the registry, not our data). */
export const HIGHLIGHT_NAME = 'counterclaim-mention';

/**
 * Tag name of the one element Counterclaim adds to a page, the card's shadow host. The card
 * creates it; the page-text walk and the scanner skip it, so the card's own text is never marked.
 */
export const OWN_HOST_TAG = 'counterclaim-host';
