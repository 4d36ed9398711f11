/**
 * Moving through the marked names from the keyboard (Alt+Shift+N / Alt+Shift+P, forwarded by the
 * background) and the popup's "show on the page": scroll the name into view, say where it is, and
 * open its card with focus inside.
 */
import { t } from '../shared/i18n';
import type { Mention, MentionStore } from './mentions';
import { pageGeometry, type SpanGeometry } from './spans';

/** What navigation acts on; the page session provides it. */
export interface NavigationTarget {
  readonly store: Pick<MentionStore, 'ordered'>;
  /** The mention whose card is open, or null. */
  current(): Mention | null;
  /** The actor's display name, for what the card's live region says. */
  nameOf(actorId: string): string | undefined;
  /** Open `mention`'s card with focus inside, the live region saying `announcement`. */
  open(mention: Mention, announcement: string): void;
}

export interface Navigator {
  /** Go to the next (1) or previous (-1) visible name; false when there is none. */
  step(direction: 1 | -1): boolean;
  /** Go to the first name of `actorId`; false when the page does not name it. */
  revealActor(actorId: string): boolean;
}

/** The part of the window navigation reads and scrolls; a test passes its own. */
export type NavigationView = Pick<Window, 'innerHeight' | 'scrollBy'>;

/**
 * The name to step to. From a known name (the open card's, else the last one stepped to), the
 * next or previous in reading order, wrapping around; from none, the first name at or below the
 * top of the viewport (forwards) or the last at or above its bottom (backwards).
 *
 * @param visible the names in reading order that have boxes (text hidden by the page has none)
 */
export function pickStep(
  visible: readonly Mention[],
  from: Mention | null,
  direction: 1 | -1,
  viewportHeight: number,
  geometry: SpanGeometry = pageGeometry,
): Mention | undefined {
  if (visible.length === 0) return undefined;
  const at = from ? visible.indexOf(from) : -1;
  if (at >= 0) return visible[(at + direction + visible.length) % visible.length];
  const box = (m: Mention) => geometry.box(m.range);
  if (direction === 1) return visible.find((m) => (box(m)?.top ?? -1) >= 0) ?? visible[0];
  return [...visible].reverse().find((m) => (box(m)?.bottom ?? Infinity) <= viewportHeight) ?? visible[visible.length - 1];
}

export function createNavigator(target: NavigationTarget, view: NavigationView, geometry: SpanGeometry = pageGeometry): Navigator {
  let lastStepped: Mention | null = null;

  /** Scroll a name into view (nested scrollers first, then the window to centre it). */
  const reveal = (mention: Mention) => {
    const element = mention.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const rect = geometry.box(mention.range);
    if (rect && (rect.top < 0 || rect.bottom > view.innerHeight))
      view.scrollBy({ top: rect.top - view.innerHeight / 2, behavior: 'instant' });
  };

  const goTo = (mention: Mention) => {
    lastStepped = mention;
    reveal(mention);
    const ordered = target.store.ordered();
    const name = target.nameOf(mention.actorId) ?? mention.text;
    target.open(mention, t('announce_step', ordered.indexOf(mention) + 1, ordered.length, name));
  };

  return {
    step(direction) {
      // Only names the reader can see: text hidden by the page's CSS has no boxes.
      const visible = target.store.ordered().filter((m) => geometry.rects(m.range).length > 0);
      const next = pickStep(visible, target.current() ?? lastStepped, direction, view.innerHeight, geometry);
      if (!next) return false;
      goTo(next);
      return true;
    },
    revealActor(actorId) {
      const first = target.store.ordered().find((m) => m.actorId === actorId);
      if (!first) return false;
      goTo(first);
      return true;
    },
  };
}
