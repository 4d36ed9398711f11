// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCardHost, type CardEvents } from '../../../src/card/card-host';
import { createDatasetIndex } from '../../../src/data/dataset-index';
import { OWN_HOST_TAG } from '../../../src/shared/constants';
import { uiDataset } from '../ui/fixture-dataset';

const index = createDatasetIndex(uiDataset());
const sessions: AbortController[] = [];

beforeAll(() => {
  // The test build's open shadow root, so the test can look inside (production: closed).
  vi.stubGlobal('__E2E__', true);
});

afterEach(() => {
  for (const session of sessions.splice(0)) session.abort();
  document.body.replaceChildren();
});

function setup() {
  document.body.innerHTML = '<p>The agency said so.</p>';
  const text = document.querySelector('p')?.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 4);
  range.setEnd(text, 10);
  const events: string[] = [];
  const record = (name: string) => () => void events.push(name);
  const handlers: CardEvents = {
    onPointerEnter: record('enter'),
    onPointerLeave: record('leave'),
    onFocusIn: record('focusin'),
    onFocusOut: record('focusout'),
    onCloseRequest: record('close'),
    onExplore: record('explore'),
  };
  const session = new AbortController();
  sessions.push(session);
  const card = createCardHost(document, handlers, session.signal);
  const open = () => card.open({ index, actorId: 'agency', presentActorIds: new Set(), theme: 'light' }, range, { focus: false });
  return { card, events, session, open };
}

const hosts = () => document.querySelectorAll(OWN_HOST_TAG);
const shadow = () => (hosts()[0] as HTMLElement).shadowRoot as ShadowRoot;

describe('card host', () => {
  it('adds nothing to the page until a card opens, then one pinned host on <html>', () => {
    const { card, open } = setup();
    expect(hosts()).toHaveLength(0);
    expect(card.exists).toBe(false);
    open();
    expect(hosts()).toHaveLength(1);
    const host = hosts()[0] as HTMLElement;
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.getAttribute('style')).toContain('position: fixed !important');
    expect(card.exists).toBe(true);
    expect(card.isHost(host)).toBe(true);
    expect(card.isHost(document.body)).toBe(false);
  });

  it('renders the actor’s card with its styles inside the shadow root, and empties it on close', () => {
    const { card, open } = setup();
    open();
    // The styles sit in the shadow root (vitest loads the CSS files as empty text).
    expect(shadow().firstElementChild?.localName).toBe('style');
    expect(shadow().querySelector('[role="dialog"]')?.textContent).toContain('Agency');
    card.close(false);
    expect(shadow().querySelector('[role="dialog"]')).toBeNull();
    expect(hosts()).toHaveLength(1);
  });

  it('re-attaches a host the page removed, and reports pointer and close requests', () => {
    const { card, events, open } = setup();
    open();
    (hosts()[0] as HTMLElement).remove();
    expect(card.exists).toBe(false);
    open();
    expect(hosts()).toHaveLength(1);
    shadow()
      .querySelector('[role="dialog"]')
      ?.dispatchEvent(new Event('pointerover', { bubbles: true }));
    (shadow().querySelector('button.cc-close') as HTMLButtonElement).click();
    expect(events).toEqual(['enter', 'close']);
  });

  it('leaves the page when its session ends', () => {
    const { session, card, open } = setup();
    open();
    session.abort();
    expect(hosts()).toHaveLength(0);
    expect(card.exists).toBe(false);
  });
});
