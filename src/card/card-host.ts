/**
 * The one node Counterclaim adds to a page: `<counterclaim-host>`, created the first time a card
 * opens, holding a shadow root (closed in production; open in the e2e build so tests can read
 * it) with the card's styles, the card and a polite live region.
 *
 * The host is appended to `<html>`, not `<body>`, so a single-page app that replaces the body
 * does not take it along; if a page removes it anyway it is re-attached on the next open. When the
 * `signal` it is created with aborts (the page session ends), the card closes and the host leaves
 * the page.
 */
import { h, render } from 'preact';
import type { DatasetIndex } from '../data/dataset-index';
import { OWN_HOST_TAG } from '../shared/constants';
import claimsCss from '../ui/claims.css';
import { Card } from './Card';
import cardCss from './card.css';
import { followRange } from './position';

/**
 * Pins the host's box against page CSS (inline !important beats any page rule for the element).
 * Inherited properties a page could set on it are reset inside, on the card (`all: initial`);
 * spacing is not pinned here, so readers' own text-spacing styles still apply (WCAG 1.4.12).
 */
const HOST_STYLE =
  'position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; ' +
  'z-index: 2147483647 !important; display: block !important; visibility: visible !important; opacity: 1 !important;';

export interface CardContent {
  index: DatasetIndex;
  actorId: string;
  presentActorIds: ReadonlySet<string>;
  theme: 'light' | 'dark';
}

export interface CardEvents {
  onPointerEnter(): void;
  onPointerLeave(): void;
  onFocusIn(): void;
  onFocusOut(): void;
  onCloseRequest(): void;
  /** The reader asked to see the actor in the explore page. */
  onExplore(actorId: string): void;
}

export interface CardHost {
  /** Render and place the card next to `range`; `focus` moves focus into it. */
  open(content: CardContent, range: Range, options: { focus: boolean; point?: { x: number; y: number } }): void;
  /** Remove the card (the host stays); `restoreFocus` returns focus where it was before. */
  close(restoreFocus: boolean): void;
  /** Say `text` politely to screen readers (only once the host exists). */
  announce(text: string): void;
  /** Is `node` the host (events from inside a closed shadow root are retargeted to it)? */
  isHost(node: EventTarget | null): boolean;
  readonly exists: boolean;
}

interface Mounted {
  host: HTMLElement;
  root: ShadowRoot;
  container: HTMLElement;
  live: HTMLElement;
}

export function createCardHost(doc: Document, events: CardEvents, signal: AbortSignal): CardHost {
  let mounted: Mounted | null = null;
  let returnFocus: Element | null = null;
  let stopFollowing: (() => void) | null = null;

  const mount = (): Mounted => {
    if (mounted) {
      if (!mounted.host.isConnected) doc.documentElement.append(mounted.host);
      return mounted;
    }
    const host = doc.createElement(OWN_HOST_TAG);
    host.setAttribute('style', HOST_STYLE);
    const root = host.attachShadow({ mode: __E2E__ ? 'open' : 'closed' });
    const style = doc.createElement('style');
    style.textContent = `${cardCss}\n${claimsCss}`;
    const container = doc.createElement('div');
    const live = doc.createElement('div');
    live.className = 'cc-live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    root.append(style, container, live);
    root.addEventListener('pointerover', () => events.onPointerEnter());
    root.addEventListener('pointerout', (event) => {
      const next = (event as PointerEvent).relatedTarget as Node | null;
      if (!next || !root.contains(next)) events.onPointerLeave();
    });
    root.addEventListener('focusin', () => events.onFocusIn());
    root.addEventListener('focusout', (event) => {
      const next = (event as FocusEvent).relatedTarget as Node | null;
      if (!next || !root.contains(next)) events.onFocusOut();
    });
    doc.documentElement.append(host);
    mounted = { host, root, container, live };
    return mounted;
  };

  const card = (): HTMLElement | null => (mounted?.container.firstElementChild as HTMLElement | null) ?? null;

  const cardHost: CardHost = {
    open(content, range, options) {
      const { container } = mount();
      if (options.focus && !mounted?.root.contains(doc.activeElement)) returnFocus = doc.activeElement;
      render(h(Card, { ...content, onClose: () => events.onCloseRequest(), onExplore: (id: string) => events.onExplore(id) }), container);
      const element = card();
      stopFollowing?.();
      stopFollowing = null;
      if (!element) return;
      // Hidden until Floating UI has placed it, so it never flashes at the viewport's corner.
      element.style.visibility = 'hidden';
      const focus = options.focus ? () => element.focus({ preventScroll: true }) : undefined;
      stopFollowing = followRange(range, element, options.point, focus);
    },
    close(restoreFocus) {
      stopFollowing?.();
      stopFollowing = null;
      if (!mounted) return;
      const hadFocus = mounted.root.activeElement !== null;
      render(null, mounted.container);
      if (restoreFocus && hadFocus && returnFocus instanceof HTMLElement && returnFocus.isConnected) {
        returnFocus.focus({ preventScroll: true });
      }
      returnFocus = null;
    },
    announce(text) {
      if (!mounted) return;
      const { live } = mounted;
      // A fresh live region is often not yet watched by screen readers: say it on the next tick.
      setTimeout(() => {
        live.textContent = text;
      }, 100);
    },
    isHost: (node) => mounted !== null && node === mounted.host,
    get exists() {
      return mounted !== null && mounted.host.isConnected;
    },
  };
  signal.addEventListener(
    'abort',
    () => {
      cardHost.close(false);
      mounted?.host.remove();
      mounted = null;
    },
    { once: true },
  );
  return cardHost;
}
