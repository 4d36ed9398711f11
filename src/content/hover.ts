/**
 * When the card opens and closes: a small state machine over pointer, focus and key events,
 * kept free of the DOM so it is tested with fake timers.
 *
 * - Resting on a name opens its card after `openDelayMs`; passing over it does not.
 * - Each interaction gets a token (as Page Previews' `linkDwell`): a timer whose token is no
 *   longer current does nothing, so a stale hover never opens a card.
 * - Leaving name and card closes it after `closeDelayMs`, so the pointer can travel into the
 *   card; hovering or focusing the card keeps it open (WCAG 1.4.13: hoverable, persistent).
 * - Escape closes at once (WCAG 1.4.13: dismissible); a tap opens at once.
 *
 * Its timers live until the `signal` it is created with aborts (the page session ends).
 */

export interface HoverDelays {
  openDelayMs: number;
  closeDelayMs: number;
}

export interface HoverCallbacks<T> {
  /** Show the card for `target`; `focus` when opened from the keyboard. */
  show(target: T, options: { focus: boolean }): void;
  /** Hide the card; `restoreFocus` when it was dismissed with Escape. */
  hide(options: { restoreFocus: boolean }): void;
}

export interface HoverController<T> {
  /** The pointer rests on the name `target`. */
  pointerOn(target: T): void;
  /** The pointer is over neither a name nor the card. */
  pointerOff(): void;
  cardPointerEnter(): void;
  cardPointerLeave(): void;
  cardFocusIn(): void;
  cardFocusOut(): void;
  /** Returns true when it closed a card (so the caller may consume the key). */
  escape(): boolean;
  /** Open now (a tap, a keyboard command, the popup's "show on page"). */
  openNow(target: T, options: { focus: boolean }): void;
  /** Close now without restoring focus (settings turned off, target removed). */
  closeNow(): void;
  setDelays(delays: HoverDelays): void;
  /** The target whose card is open, or null. */
  readonly current: T | null;
  /** A timer that will open or close a card, if one is running. */
  readonly pending: 'open' | 'close' | null;
}

export function createHoverController<T>(delays: HoverDelays, callbacks: HoverCallbacks<T>, signal: AbortSignal): HoverController<T> {
  let { openDelayMs, closeDelayMs } = delays;
  let token = 0;
  let pending: T | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let current: T | null = null;
  let onName = false;
  let inCard = false;
  let focusInCard = false;

  const cancelOpen = () => {
    clearTimeout(openTimer);
    openTimer = undefined;
    pending = null;
    token += 1;
  };
  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const show = (target: T, focus: boolean) => {
    cancelClose();
    current = target;
    callbacks.show(target, { focus });
  };
  const hide = (restoreFocus: boolean) => {
    cancelOpen();
    cancelClose();
    if (current === null) return false;
    current = null;
    inCard = false;
    focusInCard = false;
    callbacks.hide({ restoreFocus });
    return true;
  };
  const scheduleClose = () => {
    if (current === null || inCard || focusInCard || onName || closeTimer !== undefined) return;
    closeTimer = setTimeout(() => {
      closeTimer = undefined;
      if (!inCard && !focusInCard && !onName) hide(false);
    }, closeDelayMs);
  };
  // The session is over: nothing pending may fire, and nothing is open any more.
  signal.addEventListener(
    'abort',
    () => {
      cancelOpen();
      cancelClose();
      current = null;
    },
    { once: true },
  );

  return {
    pointerOn(target) {
      onName = true;
      if (target === current) {
        cancelOpen();
        cancelClose();
        return;
      }
      if (target === pending) return;
      // The card of another name stays until this one opens or the pointer settles elsewhere.
      cancelOpen();
      cancelClose();
      pending = target;
      const mine = token;
      openTimer = setTimeout(() => {
        openTimer = undefined;
        if (mine !== token) return;
        pending = null;
        show(target, false);
      }, openDelayMs);
    },
    pointerOff() {
      onName = false;
      if (pending !== null) cancelOpen();
      scheduleClose();
    },
    cardPointerEnter() {
      inCard = true;
      cancelClose();
    },
    cardPointerLeave() {
      inCard = false;
      scheduleClose();
    },
    cardFocusIn() {
      focusInCard = true;
      cancelClose();
    },
    cardFocusOut() {
      focusInCard = false;
      scheduleClose();
    },
    escape() {
      return hide(true);
    },
    openNow(target, options) {
      cancelOpen();
      show(target, options.focus);
    },
    closeNow() {
      hide(false);
    },
    setDelays(next) {
      ({ openDelayMs, closeDelayMs } = next);
    },
    get current() {
      return current;
    },
    get pending() {
      if (openTimer !== undefined) return 'open';
      return closeTimer !== undefined ? 'close' : null;
    },
  };
}
