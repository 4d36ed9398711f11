/**
 * Where the card goes, as a pure function of rectangles (after Page Previews' `createLayout`), so
 * it is tested without a browser. Coordinates are CSS pixels of the viewport (the card is
 * `position: fixed`).
 *
 * Why not Floating UI: its computePosition + flip + shift + offset is ~14 KB minified, a quarter
 * of the content script's 60 KB budget, for the dozen lines below; scroll-following is one
 * passive scroll listener in `card-host.ts`.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  x: number;
  y: number;
  side: 'below' | 'above';
  /** Height the card may take on that side; its content scrolls beyond. */
  maxHeight: number;
  /** False when the name is scrolled out of the viewport (the card is hidden meanwhile). */
  anchorVisible: boolean;
}

/** Space between the name and the card. */
export const CARD_GAP_PX = 6;
/** Space kept between the card and the viewport's edges. */
export const VIEWPORT_MARGIN_PX = 8;
/** Smallest useful card height: below this the other side is taken even if it is smaller. */
const MIN_USEFUL_HEIGHT_PX = 160;

/**
 * Below the name when the card fits there, else above when it fits there, else on the roomier
 * side with a capped height ("flip"); shifted horizontally to stay inside the viewport ("shift").
 */
export function placeCard(anchor: Box, card: Size, viewport: Size, gap = CARD_GAP_PX, margin = VIEWPORT_MARGIN_PX): Placement {
  const below = viewport.height - anchor.bottom - gap - margin;
  const above = anchor.top - gap - margin;
  let side: Placement['side'];
  if (card.height <= below) side = 'below';
  else if (card.height <= above) side = 'above';
  else side = below >= above || below >= MIN_USEFUL_HEIGHT_PX ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(card.height, room);
  const maxX = viewport.width - margin - card.width;
  const x = Math.max(margin, Math.min(anchor.left, maxX));
  const y = side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;
  const anchorVisible = anchor.bottom > 0 && anchor.top < viewport.height && anchor.right > 0 && anchor.left < viewport.width;
  return { x: Math.round(x), y: Math.round(y), side, maxHeight: Math.floor(room), anchorVisible };
}

/**
 * The line box of a (possibly multi-line) name to place against: the client rect under the
 * pointer when there is one, else the first.
 */
export function anchorBox(rects: readonly Box[], point?: { x: number; y: number }): Box | null {
  if (rects.length === 0) return null;
  if (point) {
    const hit = rects.find((r) => point.x >= r.left && point.x <= r.right && point.y >= r.top && point.y <= r.bottom);
    if (hit) return hit;
  }
  return rects[0] as Box;
}
