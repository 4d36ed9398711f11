// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { blockOf, collectTextRuns } from '../../../src/content/page-text';
import { mentionsIn } from '../../../src/content/scanner';
import { createMatcher } from '../../../src/match/matcher';
import type { MatchPattern } from '../../../src/match/types';

const acronym = (text: string, actorId: string): MatchPattern => ({ text, actorId, caseSensitive: true, foldDiacritics: true });
const matcher = createMatcher([acronym('MSS', 'china-mss'), acronym('ICEFCOM', 'icefcom')]);

/**
 * `depth` nested inline elements, each opening with its own text, as the sweep's
 * hostile-deep-nesting.html builds them: one text run, a name every 50 levels and at the bottom.
 */
function buildNest(depth: number): HTMLElement {
  document.body.innerHTML = '<p id="root">Start </p><p>after</p>';
  const root = document.getElementById('root') as HTMLElement;
  let parent: Element = root;
  for (let i = 0; i < depth; i += 1) {
    const el = document.createElement(i % 2 ? 'span' : 'b');
    el.append(i % 50 === 0 ? `level ${i} MSS ` : `level ${i} `);
    parent.append(el);
    parent = el;
  }
  parent.append('the bottom names ICEFCOM');
  return root;
}

/**
 * DOM reads made while reading the runs of a `depth`-deep nest: every step up the tree reads
 * `parentNode` and every tag test reads `localName`, so this counts ancestor visits without
 * instrumenting the code under test (and without timing anything).
 */
function domReadsFor(depth: number): number {
  buildNest(depth);
  const parentNode = vi.spyOn(Node.prototype, 'parentNode', 'get');
  const localName = vi.spyOn(Element.prototype, 'localName', 'get');
  collectTextRuns(document.body);
  const reads = parentNode.mock.calls.length + localName.mock.calls.length;
  vi.restoreAllMocks();
  return reads;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('deeply nested inline elements', () => {
  it('are one run, with every name found', () => {
    const depth = 3000;
    buildNest(depth);
    const runs = collectTextRuns(document.body);
    expect(runs).toHaveLength(2);
    const [nest, after] = runs;
    expect(nest?.nodes).toHaveLength(depth + 2);
    expect(nest?.text.startsWith('Start level 0 MSS level 1 level 2 ')).toBe(true);
    expect(nest?.text.endsWith('level 2999 the bottom names ICEFCOM')).toBe(true);
    expect(after?.text).toBe('after');

    const found = [...mentionsIn(document.body, matcher, 2000, () => {})];
    expect(found.map((mentions) => mentions.length)).toEqual([depth / 50 + 1, 0]);
    const names = found.flat().map(({ range }) => range.toString());
    expect(names).toEqual([...Array.from({ length: depth / 50 }, () => 'MSS'), 'ICEFCOM']);
  });

  it('are read with DOM work linear in the depth, not quadratic', () => {
    const single = domReadsFor(1000);
    const double = domReadsFor(2000);
    // A handful of reads per node; a climb to the paragraph for every text node would make it
    // hundreds per node, and doubling the depth would quadruple the count.
    expect(single).toBeLessThan(10 * 2 * 1000);
    expect(double / single).toBeLessThan(2.2);
  });
});

describe('blockOf', () => {
  it('climbs each inline element once for a batch that shares its map', () => {
    const depth = 2000;
    const root = buildNest(depth);
    const nodes = Array.from(root.querySelectorAll('b, span')).flatMap((el) => [el, el.firstChild as Node]);
    const parentNode = vi.spyOn(Node.prototype, 'parentNode', 'get');
    const known = new Map<Node, Node>();
    expect(new Set(nodes.map((node) => blockOf(node, known)))).toEqual(new Set([root]));
    // One read per node, plus one per element the first time it is climbed through.
    expect(parentNode.mock.calls.length).toBeLessThan(4 * nodes.length);
  });
});

describe('inline shadow hosts', () => {
  it('keep their light children out of the text that follows them, however deep', () => {
    document.body.innerHTML = '<p>Before <span id="host">light <b>bold <i>deep</i> more</b></span> after <b>x</b></p>';
    const host = document.getElementById('host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<slot></slot> shadow';
    const texts = collectTextRuns(document.body).map((run) => run.text);
    expect(texts).toEqual(['Before ', ' shadow', 'light bold deep more', ' after x']);
  });
});
