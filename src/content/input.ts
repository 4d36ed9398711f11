/**
 * The reader's pointer, touch and keyboard, turned into hover events:
 * - a mouse or pen moving over the page is hit-tested once per animation frame (a pointermove
 *   burst costs one caret lookup per frame, not one per event);
 * - a tap opens a name's card at once (no hover on touch screens) and a tap elsewhere closes it;
 * - Escape closes an open card, and the key goes no further when it did.
 * Every listener is removed, and a pending frame cancelled, when `signal` aborts.
 */
import type { HoverController } from './hover';
import type { Mention } from './mentions';

export interface Point {
  x: number;
  y: number;
}

/** What input acts on; the page session provides it. */
export interface InputTarget {
  readonly hover: Pick<HoverController<Mention>, 'pointerOn' | 'pointerOff' | 'openNow' | 'closeNow' | 'escape'>;
  /** The mention under a viewport point, or null. */
  mentionAt(x: number, y: number): Mention | null;
  /** False while nothing is marked: the pointer is then not hit-tested at all. */
  hasMentions(): boolean;
  /** Is `target` the card's host (events from inside its closed shadow root are retargeted to it)? */
  isCard(target: EventTarget | null): boolean;
  /** Where the pointer last was: a card opened by pointer sits against the line under it. */
  pointAt(point: Point): void;
  /** The pointer is on a name: fetch the card module while the open delay runs. */
  prefetchCard(): void;
}

export function listenToInput(doc: Document, target: InputTarget, signal: AbortSignal): void {
  const view = doc.defaultView as Window;
  let frame = 0;
  let x = 0;
  let y = 0;
  let over: EventTarget | null = null;
  const probe = () => {
    frame = 0;
    if (target.isCard(over) || !target.hasMentions()) return;
    const mention = target.mentionAt(x, y);
    if (mention) {
      target.prefetchCard();
      target.hover.pointerOn(mention);
    } else target.hover.pointerOff();
  };
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      ({ clientX: x, clientY: y, target: over } = event);
      target.pointAt({ x, y });
      if (frame === 0) frame = view.requestAnimationFrame(probe);
    },
    { passive: true, signal },
  );
  doc.documentElement.addEventListener('pointerleave', () => target.hover.pointerOff(), { passive: true, signal });
  doc.addEventListener(
    'pointerup',
    (event) => {
      if (event.pointerType !== 'touch' || target.isCard(event.target)) return;
      const mention = target.mentionAt(event.clientX, event.clientY);
      target.pointAt({ x: event.clientX, y: event.clientY });
      if (mention) target.hover.openNow(mention, { focus: false });
      else target.hover.closeNow();
    },
    { passive: true, signal },
  );
  view.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && target.hover.escape()) {
        event.stopPropagation();
        event.preventDefault();
      }
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => view.cancelAnimationFrame(frame), { once: true });
}
