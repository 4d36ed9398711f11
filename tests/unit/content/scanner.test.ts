// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMentionStore, type MentionStore } from '../../../src/content/mentions';
import { createScanner, type Scanner } from '../../../src/content/scanner';
import { createMatcher } from '../../../src/match/matcher';
import type { MatchPattern } from '../../../src/match/types';
import { OWN_HOST_TAG } from '../../../src/shared/constants';
import { installHighlightStub, installStaticRange, mutationsDelivered } from './dom-helpers';

const acronym = (text: string, actorId: string): MatchPattern => ({ text, actorId, caseSensitive: true, foldDiacritics: true });
const matcher = createMatcher([
  acronym('MSS', 'mss'),
  acronym('ICEFCOM', 'icefcom'),
  { text: 'Cho Jung-tai', actorId: 'cho', caseSensitive: false, foldDiacritics: true },
]);

beforeAll(() => {
  installHighlightStub();
});

const sessions: AbortController[] = [];

afterEach(() => {
  for (const session of sessions.splice(0)) session.abort();
  document.body.replaceChildren();
});

interface Started {
  scanner: Scanner;
  store: MentionStore;
  session: AbortController;
  /** Resolves the next time the scanner's queue runs empty. */
  idle(): Promise<void>;
  idleCount(): number;
}

function start(html: string, cap = 100): Started {
  document.body.innerHTML = html;
  const store = createMentionStore(cap);
  const session = new AbortController();
  sessions.push(session);
  let waiting: (() => void)[] = [];
  let idles = 0;
  const scanner = createScanner({
    doc: document,
    matcher,
    store,
    cap,
    signal: session.signal,
    onIdle: () => {
      idles += 1;
      const done = waiting;
      waiting = [];
      for (const resolve of done) resolve();
    },
  });
  return {
    scanner,
    store,
    session,
    idle: () => new Promise<void>((resolve) => waiting.push(resolve)),
    idleCount: () => idles,
  };
}

const texts = (store: MentionStore) => store.ordered().map((m) => `${m.actorId}:${m.text}`);

describe('page scanner', () => {
  it('marks every name of the page in reading order, and is idle once its queue runs empty', async () => {
    const { scanner, store, idle } = start('<p>MSS accused <b>Cho</b> Jung-tai.</p><p>ICEFCOM denied it.</p>');
    const done = idle();
    // A short page may be scanned in one slice, before scanAll returns: wait for idle either way.
    scanner.scanAll();
    await done;
    expect(scanner.busy).toBe(false);
    expect(texts(store)).toEqual(['mss:MSS', 'cho:Cho Jung-tai', 'icefcom:ICEFCOM']);
    expect(scanner.stats.slices).toBeGreaterThan(0);
    expect(scanner.stats.firstEnd).toBeGreaterThanOrEqual(scanner.stats.firstStart);
  });

  it('scans added paragraphs in a batch, drops marks of edited text, and rescans a block once', async () => {
    const { scanner, store, idle } = start('<p id="a">MSS said so.</p>');
    let done = idle();
    scanner.scanAll();
    await done;
    done = idle();
    const added = document.createElement('p');
    added.textContent = 'ICEFCOM replied.';
    document.body.append(added);
    ((document.getElementById('a') as HTMLElement).firstChild as Text).data = 'Nobody said so.';
    await done;
    expect(texts(store)).toEqual(['icefcom:ICEFCOM']);
  });

  describe('with StaticRange marks, as in browsers', () => {
    let removeStaticRange: () => void = () => undefined;
    beforeEach(() => {
      removeStaticRange = installStaticRange();
    });
    afterEach(() => removeStaticRange());

    /** Scan `html` to idle; returns the page's first text node with the scanner. */
    async function scanned(html: string): Promise<Started & { node: Text }> {
      const started = start(html);
      const done = started.idle();
      started.scanner.scanAll();
      await done;
      return { ...started, node: (document.getElementById('a') as HTMLElement).firstChild as Text };
    }

    it('unmarks an edited text node before the next frame, not a batch later', async () => {
      const { scanner, store, idle, node } = await scanned('<p id="a">MSS said so. ICEFCOM too.</p>');
      expect(store.ordered()[0]?.range).toBeInstanceOf(StaticRange);
      // Text inserted before both names: the spans would now cover "Yes" and "terday MS".
      const done = idle();
      const delivered = mutationsDelivered(node.parentNode as Node);
      node.insertData(0, 'Yesterday ');
      await delivered;
      // The observer callback (before any frame) has unmarked both; the batch has not run yet.
      expect(texts(store)).toEqual([]);
      expect(scanner.busy).toBe(true);
      await done;
      expect(texts(store)).toEqual(['mss:MSS', 'icefcom:ICEFCOM']);
      expect(store.ordered().map((m) => m.range.startOffset)).toEqual([10, 23]);
    });

    it('keeps the marks of a text node edited after its names', async () => {
      const { store, node } = await scanned('<p id="a">MSS said so.</p>');
      const delivered = mutationsDelivered(node.parentNode as Node);
      node.appendData(' And more.');
      await delivered;
      expect(texts(store)).toEqual(['mss:MSS']);
    });
  });

  it('scans a name joined by a removal, and open shadow roots; never its own host', async () => {
    const { scanner, store, idle } = start(
      `<p id="p">Cho <i id="x">(x)</i>Jung-tai</p><div id="host"></div><${OWN_HOST_TAG}>MSS</${OWN_HOST_TAG}>`,
    );
    const root = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<p>ICEFCOM in a component</p>';
    let done = idle();
    scanner.scanAll();
    await done;
    expect(texts(store)).toEqual(['icefcom:ICEFCOM']);
    expect(scanner.shadowRoots).toEqual([root]);
    done = idle();
    (document.getElementById('x') as HTMLElement).remove();
    await done;
    expect(texts(store)).toEqual(['cho:Cho Jung-tai', 'icefcom:ICEFCOM']);
  });

  it('stops at the page cap', async () => {
    const { scanner, store, idle } = start(`<p>${'MSS '.repeat(10)}</p><p>ICEFCOM</p>`, 4);
    const done = idle();
    scanner.scanAll();
    await done;
    expect(store.size).toBe(4);
    expect(store.capped).toBe(true);
    expect(texts(store)).not.toContain('icefcom:ICEFCOM');
  });

  it('stops observing and forgets queued work when its session ends', async () => {
    const { scanner, store, idle, session, idleCount } = start('<p>MSS</p>');
    const done = idle();
    scanner.scanAll();
    await done;
    session.abort();
    const delivered = mutationsDelivered(document.body);
    document.body.insertAdjacentHTML('beforeend', '<p>ICEFCOM</p>');
    await delivered;
    expect(scanner.busy).toBe(false);
    scanner.scanAll();
    expect(texts(store)).toEqual(['mss:MSS']);
    expect(idleCount()).toBe(1);
  });
});
