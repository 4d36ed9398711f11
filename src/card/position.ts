/**
 * Where the card goes: next to the name, via Floating UI (`computePosition` with offset, flip,
 * shift, size and hide; `autoUpdate` follows scrolling, resizing and layout changes). It lives in
 * the lazily loaded card module, so it costs the content script nothing until a card opens.
 *
 * The anchor is a virtual element over the mention's Range: the line box under the pointer for a
 * name that wraps, so the card opens beside the part the reader pointed at.
 *
 * The card is moved with `transform`, never `left`/`top`: the Layout Instability API (the page's
 * Cumulative Layout Shift, which publishers are ranked by) counts a visible element whose layout
 * position changes, and the card follows the name as the reader scrolls. A transform is not a
 * layout shift. And it is shown only once its place has settled: the first placement measures
 * the card before `size` has fitted it, so `flip` may choose the other side; a second pass with
 * the fitted height decides, and the reader never sees the card jump.
 */
import { autoUpdate, computePosition, flip, hide, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space between the name and the card. */
export const CARD_GAP_PX = 6;
/** Space kept between the card and the viewport's edges. */
export const VIEWPORT_MARGIN_PX = 8;
/** Below this the card does not shrink further; its content scrolls inside it. */
const MIN_CARD_HEIGHT_PX = 120;

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

/** A plain rect object: DOMRect's fields are prototype getters, which object spread would drop. */
function toClientRect(box: Box) {
  const { left, top, right, bottom } = box;
  return { left, top, right, bottom, x: left, y: top, width: right - left, height: bottom - top };
}

/** A Floating UI reference for a Range; scroll ancestors come from the name's element. */
export function rangeReference(range: Range, point?: { x: number; y: number }): VirtualElement {
  const box = () => anchorBox([...range.getClientRects()], point) ?? range.getBoundingClientRect();
  return {
    getBoundingClientRect: () => toClientRect(box()),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
}

async function placeOnce(reference: VirtualElement, card: HTMLElement, reveal: boolean): Promise<void> {
  const { x, y, middlewareData } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(CARD_GAP_PX),
      flip({ padding: VIEWPORT_MARGIN_PX }),
      shift({ padding: VIEWPORT_MARGIN_PX }),
      size({
        padding: VIEWPORT_MARGIN_PX,
        apply({ availableHeight }) {
          card.style.maxHeight = `${Math.max(MIN_CARD_HEIGHT_PX, Math.floor(availableHeight))}px`;
        },
      }),
      hide(),
    ],
  });
  card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  if (!reveal) return;
  // A name scrolled out of view takes its card with it, until it scrolls back.
  card.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
}

/**
 * Keep `card` next to `range` until the returned cleanup is called. `onFirstPlaced` runs once the
 * card has its first position (it is hidden until then, and a hidden element cannot take focus).
 */
export function followRange(range: Range, card: HTMLElement, point?: { x: number; y: number }, onFirstPlaced?: () => void): () => void {
  const reference = rangeReference(range, point);
  let placed = false;
  return autoUpdate(reference, card, () => {
    const settled = placed ? Promise.resolve() : placeOnce(reference, card, false);
    void settled
      .then(() => placeOnce(reference, card, true))
      .then(() => {
        if (placed) return;
        placed = true;
        onFirstPlaced?.();
      });
  });
}
