// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  collectTextRuns,
  findMentions,
  isIgnoredElement,
  iterateTextRuns,
  mentionsByRun,
  spanOf,
  visibleRuns,
  type TextRun,
} from '../../../src/content/page-text';
import { OWN_HOST_TAG } from '../../../src/shared/constants';
import { createMatcher } from '../../../src/match/matcher';
import { createNameFinder } from '../../../src/match/finder';
import type { Matcher } from '../../../src/match/types';
import { MAX_MENTIONS_PER_PAGE } from '../../../src/match/limits';
import type { MatchPattern } from '../../../src/match/types';

const name = (text: string, actorId: string): MatchPattern => ({ text, actorId, caseSensitive: false, foldDiacritics: true });
const acronym = (text: string, actorId: string): MatchPattern => ({ text, actorId, caseSensitive: true, foldDiacritics: true });

/** A small local alias list; the real dataset is tested separately. */
const PATTERNS: MatchPattern[] = [
  acronym('MSS', 'china-mss'),
  name('Ministry of State Security', 'china-mss'),
  name('国家安全部', 'china-mss'),
  acronym('APT41', 'apt41'),
  acronym('ICEFCOM', 'icefcom'),
  name('Information, Communications, and Electronic Force Command', 'icefcom'),
  name('Electronic Force Command', 'efc'),
  name('Cho Jung-tai', 'cho-jung-tai'),
  name('Lazarus Group', 'lazarus'),
  name('Lazarus', 'lazarus'),
  name('ラザルス', 'lazarus'),
  name('Sophos', 'sophos'),
  name('安天', 'antiy'),
  name('APT-Q-20', 'apt-q-20'),
];
const matcher = createMatcher(PATTERNS);

function setBody(html: string): HTMLElement {
  document.body.innerHTML = html;
  attachDeclarativeShadowRoots(document.body);
  return document.body;
}

/** happy-dom does not parse `<template shadowrootmode>`; attach those roots as a browser would. */
function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement as HTMLElement;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    shadow.innerHTML = template.innerHTML;
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

const texts = (runs: TextRun[]) => runs.map((run) => run.text.replace(/\s+/g, ' ').trim());

describe('collectTextRuns', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('joins inline elements into one run and records node offsets', () => {
    setBody('<p>Premier Cho <b>Jung-<i>tai</i></b> <a href="#">said</a></p>');
    const [run, ...rest] = collectTextRuns(document.body);
    expect(rest).toEqual([]);
    expect(run?.text).toBe('Premier Cho Jung-tai said');
    expect(run?.nodes.map((node) => node.data)).toEqual(['Premier Cho ', 'Jung-', 'tai', ' ', 'said']);
    expect(run?.starts).toEqual([0, 12, 17, 20, 21]);
  });

  it('breaks runs at blocks and <br>', () => {
    setBody('<div>one<p>two</p>three<br>four<li>five</li></div>');
    expect(texts(collectTextRuns(document.body))).toEqual(['one', 'two', 'three', 'four', 'five']);
  });

  it('breaks runs at unknown and custom elements', () => {
    setBody('<p>MS<x-widget>S</x-widget></p>');
    expect(texts(collectTextRuns(document.body))).toEqual(['MS', 'S']);
  });

  it('skips ignored elements', () => {
    setBody(
      '<p>a</p><script>s</script><style>s</style><noscript>n</noscript><template>t</template>' +
        '<textarea>t</textarea><input value="i"><select><option>o</option></select><button>b</button>' +
        '<svg><text>s</text></svg><object>o</object><p hidden>h</p><p style="display:none">d</p>' +
        `<${OWN_HOST_TAG}>own</${OWN_HOST_TAG}><dialog>closed</dialog><dialog open>open</dialog><p>z</p>`,
    );
    expect(texts(collectTextRuns(document.body))).toEqual(['a', 'open', 'z']);
  });

  it('ends a run at an ignored inline element (no name across a hidden span)', () => {
    setBody('<p>MS<span hidden>x</span>S</p>');
    expect(texts(collectTextRuns(document.body))).toEqual(['MS', 'S']);
  });

  it('skips contenteditable regions but not contenteditable="false"', () => {
    setBody('<div contenteditable>typed</div><div contenteditable="true"><p>typed</p></div><div contenteditable="false">shown</div>');
    expect(texts(collectTextRuns(document.body))).toEqual(['shown']);
  });

  it('returns nothing when the root is inside an ignored region', () => {
    setBody('<div contenteditable="true"><p id="inner">typed MSS</p></div><script id="s">MSS</script>');
    expect(collectTextRuns(document.getElementById('inner') as HTMLElement)).toEqual([]);
    expect(collectTextRuns((document.getElementById('s') as HTMLElement).firstChild as Text)).toEqual([]);
  });

  it('walks nothing from a root inside an editable, hidden or ignored element (a rescan after typing reads nothing)', () => {
    setBody(
      '<div contenteditable><p id="e">typed MSS</p></div><section hidden><p id="h">MSS</p></section>' +
        '<pre><span id="c">MSS</span></pre><div contenteditable="false"><p id="f">shown</p></div>',
    );
    const walked = (id: string) => [...iterateTextRuns(document.getElementById(id) as HTMLElement)].map((run) => run.text);
    expect(['e', 'h', 'c'].map(walked)).toEqual([[], [], []]);
    expect(walked('f')).toEqual(['shown']);
  });

  it('keeps ruby base text together, skipping annotations', () => {
    setBody('<p><ruby>国家<rt>guó jiā</rt><rp>(</rp></ruby>安全部</p>');
    expect(texts(collectTextRuns(document.body))).toEqual(['国家安全部']);
  });

  it('reads open shadow roots, then the light DOM, in separate runs', () => {
    setBody('<div id="h"><template shadowrootmode="open"><p>shadow <slot></slot></p></template><span>light</span></div>');
    const runs = collectTextRuns(document.body);
    expect(texts(runs)).toEqual(['shadow', 'light']);
    const shadowRoot = (document.getElementById('h') as HTMLElement).shadowRoot;
    expect(runs[0]?.nodes[0]?.getRootNode()).toBe(shadowRoot);
  });

  it('does not read shadow roots when asked not to, and never reads closed ones', () => {
    setBody(
      '<div><template shadowrootmode="open"><p>open</p></template></div><div><template shadowrootmode="closed"><p>closed</p></template></div>',
    );
    expect(texts(collectTextRuns(document.body))).toEqual(['open']);
    expect(collectTextRuns(document.body, { shadowRoots: false })).toEqual([]);
  });

  it('reads slot fallback only when nothing is assigned', () => {
    setBody(
      '<div><template shadowrootmode="open"><slot>fallback one</slot></template><b>assigned</b></div>' +
        '<div><template shadowrootmode="open"><slot>fallback two</slot></template></div>',
    );
    expect(texts(collectTextRuns(document.body))).toEqual(['assigned', 'fallback two']);
  });

  it('accepts Document, Element, ShadowRoot and Text roots', () => {
    setBody('<p id="p">hello <b>there</b></p><div id="h"><template shadowrootmode="open">inside</template></div>');
    expect(texts(collectTextRuns(document))).toEqual(['hello there', 'inside']);
    expect(texts(collectTextRuns(document.getElementById('p') as HTMLElement))).toEqual(['hello there']);
    const shadow = (document.getElementById('h') as HTMLElement).shadowRoot as ShadowRoot;
    expect(texts(collectTextRuns(shadow))).toEqual(['inside']);
    expect(texts(collectTextRuns((document.getElementById('p') as HTMLElement).firstChild as Text))).toEqual(['hello']);
  });

  it('honours a caller-supplied skipElement', () => {
    setBody('<p class="ad">ad</p><p>story</p>');
    expect(texts(collectTextRuns(document.body, { skipElement: (el) => el.classList.contains('ad') }))).toEqual(['story']);
  });

  it('drops whitespace-only runs', () => {
    setBody('<div>\n  <p>text</p>\n  </div>');
    expect(texts(collectTextRuns(document.body))).toEqual(['text']);
  });
});

describe('iterateTextRuns', () => {
  it('is lazy: a caller can stop after the first run', () => {
    setBody('<p>one</p><p>two</p><p>three</p>');
    const iterator = iterateTextRuns(document.body);
    expect(iterator.next().value?.text).toBe('one');
    expect(iterator.next().value?.text).toBe('two');
  });

  it('decides by tag only: text of elements ignored for an attribute stays in the run, for visibleRuns to cut', () => {
    setBody('<p>M<span hidden>S</span>S</p><p style="display:none">APT41</p>');
    expect([...iterateTextRuns(document.body)].map((run) => run.text)).toEqual(['MSS', 'APT41']);
    expect(texts(collectTextRuns(document.body))).toEqual(['M', 'S']);
  });

  it('starts a run at its first printable text: leading white-space nodes are not kept', () => {
    setBody('<div>\n  <b> </b>Fancy <i>Bear</i>\n</div>');
    const [run] = [...iterateTextRuns(document.body)];
    expect(run?.text).toBe('Fancy Bear\n');
    expect(run?.nodes.map((node) => node.data)).toEqual(['Fancy ', 'Bear', '\n']);
    expect(run?.starts).toEqual([0, 6, 10]);
  });

  it('tells onShadowHost of open shadow roots it does not enter', () => {
    setBody(
      '<div id="a"><template shadowrootmode="open"><p>inside</p></template></div><p>light</p><x-card id="b"><template shadowrootmode="open">x</template></x-card>',
    );
    const hosts: string[] = [];
    const runs = [...iterateTextRuns(document.body, { shadowRoots: false, onShadowHost: (host) => hosts.push(host.id) })];
    expect(runs.map((run) => run.text)).toEqual(['light']);
    expect(hosts).toEqual(['a', 'b']);
  });
});

describe('visibleRuns', () => {
  const only = (html: string) => {
    setBody(html);
    const runs = [...iterateTextRuns(document.body)];
    expect(runs).toHaveLength(1);
    return runs[0] as TextRun;
  };

  it('returns the run itself when nothing in it is ignored', () => {
    const run = only('<p>Cho <b style="border: none">Jung-tai</b></p>');
    expect(visibleRuns(run)).toEqual([run]);
    expect(visibleRuns(run)[0]).toBe(run);
  });

  it('cuts out hidden, display:none and contenteditable text, splitting the run there', () => {
    const run = only(
      '<p>one <span hidden>x</span>two <b style="display: none">y</b>three <i contenteditable="">z</i>four <u contenteditable="false">five</u></p>',
    );
    const pieces = visibleRuns(run);
    expect(pieces.map((piece) => piece.text)).toEqual(['one ', 'two ', 'three ', 'four five']);
    expect(pieces[3]?.starts).toEqual([0, 5]);
  });

  it('returns nothing when all of the run is ignored, also through a shadow host', () => {
    expect(visibleRuns(only('<div hidden><p>gone</p></div>'))).toEqual([]);
    setBody('<div hidden id="h"><template shadowrootmode="open"><p>in a hidden host</p></template></div>');
    const shadow = (document.getElementById('h') as HTMLElement).shadowRoot as ShadowRoot;
    const [run] = [...iterateTextRuns(shadow)];
    expect(run?.text).toBe('in a hidden host');
    expect(visibleRuns(run as TextRun)).toEqual([]);
  });
});

describe('isIgnoredElement', () => {
  it('recognises the own host and hidden elements', () => {
    expect(isIgnoredElement(document.createElement(OWN_HOST_TAG))).toBe(true);
    const p = document.createElement('p');
    expect(isIgnoredElement(p)).toBe(false);
    p.hidden = true;
    expect(isIgnoredElement(p)).toBe(true);
  });
});

describe('spanOf', () => {
  it('maps offsets across nodes, preferring the inside of each node at a boundary', () => {
    setBody('<p>Cho <b>Jung-tai</b> said</p>');
    const [run] = collectTextRuns(document.body);
    const { range, text } = spanOf(run as TextRun, 0, 12);
    expect(range.toString()).toBe('Cho Jung-tai');
    expect(text).toBe('Cho Jung-tai');
    expect(range.startContainer).toBe(run?.nodes[0]);
    expect(range.endContainer).toBe(run?.nodes[1]);
    const inner = spanOf(run as TextRun, 4, 12).range;
    expect(inner.startContainer).toBe(run?.nodes[1]);
    expect(inner.startOffset).toBe(0);
    expect(inner.endContainer).toBe(run?.nodes[1]);
    expect(inner.endOffset).toBe(8);
  });

  it('marks a run gapped only where the walk skipped text between two of its nodes', () => {
    const runOfBody = (html: string) => {
      setBody(html);
      return collectTextRuns(document.body)[0] as TextRun;
    };
    expect(runOfBody('<p>Cho <b>Jung-tai</b> said</p>').gapped).toBeUndefined();
    expect(runOfBody('<p><ruby>x<rt>y</rt></ruby>Cho Jung-tai</p>').gapped).toBe(true);
    expect(runOfBody('<p>Cho <ruby>Jung<rt>zhèng</rt></ruby>-tai</p>').gapped).toBe(true);
    // Skipped before the first node: nothing lies between two nodes.
    expect(runOfBody('<p><rt>y</rt>Cho <b>Jung-tai</b></p>').gapped).toBeUndefined();
  });

  it('clamps out-of-range offsets', () => {
    setBody('<p>abc</p>');
    const [run] = collectTextRuns(document.body);
    expect(spanOf(run as TextRun, -5, 99).range.toString()).toBe('abc');
    expect(spanOf(run as TextRun, -5, 99).text).toBe('abc');
  });
});

describe('findMentions', () => {
  it('returns one Range per name, across inline tags', () => {
    setBody('<p>Premier Cho <b>Jung-tai</b> and the <a>MSS</a>.</p>');
    const mentions = findMentions(collectTextRuns(document.body), matcher);
    expect(mentions.map((m) => [m.range.toString(), matcher.patterns.at(m.patternIndex)?.actorId])).toEqual([
      ['Cho Jung-tai', 'cho-jung-tai'],
      ['MSS', 'china-mss'],
    ]);
    expect(mentions[0]?.runIndex).toBe(0);
  });

  it("gives each mention its Range's text: in one node, across inline tags, across a skipped <rt>", () => {
    setBody('<p>the MSS, Cho <b>Jung-tai</b> and Cho <ruby>Jung<rt>zhèng</rt></ruby>-tai</p>');
    const mentions = findMentions(collectTextRuns(document.body), matcher);
    expect(mentions.map((m) => m.text)).toEqual(['MSS', 'Cho Jung-tai', 'Cho Jungzhèng-tai']);
    for (const mention of mentions) expect(mention.text).toBe(mention.range.toString());
  });

  it('finds no name in text ignored for an attribute, nor across it', () => {
    setBody('<p>M<span hidden>S</span>S and <b style="display:none">APT41</b> <i contenteditable>ICEFCOM</i> Sophos</p>');
    const mentions = findMentions(iterateTextRuns(document.body), matcher);
    expect(mentions.map((m) => m.range.toString())).toEqual(['Sophos']);
  });

  it('yields one array per run, mentions or none', () => {
    setBody('<p>nothing</p><p>the MSS</p><p>nothing</p>');
    expect([...mentionsByRun(iterateTextRuns(document.body), matcher)].map((found) => found.length)).toEqual([0, 1, 0]);
  });

  it('stops at the cap', () => {
    setBody('<p>MSS MSS MSS</p><p>MSS MSS</p>');
    expect(findMentions(collectTextRuns(document.body), matcher, { cap: 4 })).toHaveLength(4);
  });

  it('caps by default at MAX_MENTIONS_PER_PAGE', () => {
    setBody(`<p>${'MSS '.repeat(MAX_MENTIONS_PER_PAGE + 5)}</p>`);
    expect(findMentions(collectTextRuns(document.body), matcher)).toHaveLength(MAX_MENTIONS_PER_PAGE);
  });
});

interface ExpectedMention {
  text: string;
  actorId: string;
  pattern: string;
}

const FIXTURES = join(__dirname, '../../fixtures/pages');

describe('fixture pages (HTML with expected mentions as JSON)', () => {
  // Only pages with a baseline: the folder is shared with end-to-end fixtures that have none.
  const files = readdirSync(FIXTURES);
  const pages = files.filter((file) => file.endsWith('.html') && files.includes(file.replace(/\.html$/, '.expected.json')));

  it('has fixtures', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });

  for (const page of pages) {
    it(`finds exactly the expected mentions in ${page}`, () => {
      const html = readFileSync(join(FIXTURES, page), 'utf8');
      const expected = JSON.parse(readFileSync(join(FIXTURES, page.replace(/\.html$/, '.expected.json')), 'utf8')) as ExpectedMention[];
      document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
      attachDeclarativeShadowRoots(document.body);
      const mentions = findMentions(collectTextRuns(document), matcher);
      const actual = mentions.map((m) => {
        const pattern = matcher.patterns.at(m.patternIndex) as MatchPattern;
        return { text: m.range.toString(), actorId: pattern.actorId, pattern: pattern.text };
      });
      expect(actual).toEqual(expected);
    });
  }
});

describe('mentionsByRun with gated names', () => {
  const finder = createNameFinder({
    patterns: [
      { text: 'Lazarus', actorId: 'lazarus', caseSensitive: false, foldDiacritics: true, gated: true },
      { text: 'APT28', actorId: 'apt28', caseSensitive: true, foldDiacritics: true, signal: true },
    ],
    contextTerms: ['hackers'],
  });

  /** The finder, counting the context asked of each text. */
  const counting = (): { matcher: Matcher; asked: Map<string, number> } => {
    const asked = new Map<string, number>();
    const hasContext = (text: string) => {
      asked.set(text, (asked.get(text) ?? 0) + 1);
      return finder.hasContext?.(text) ?? false;
    };
    return { matcher: { ...finder, hasContext }, asked };
  };

  it('decides every gated hit by its own neighbours, the gate stopping and starting again between them', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `paragraph ${i}`);
    paragraphs[3] = 'APT28 was named.';
    paragraphs[5] = 'Lazarus, two runs after a signal name: kept.';
    paragraphs[15] = 'Lazarus, far from any signal: dropped.';
    paragraphs[19] = 'Lazarus, its look-behind the look-ahead of the last: dropped.';
    paragraphs[24] = 'The hackers were busy.';
    paragraphs[26] = 'Lazarus, two runs after a context word: kept.';
    paragraphs[29] = 'Lazarus, three runs after it: dropped.';
    paragraphs[37] = 'Lazarus, two runs before a context word: kept.';
    paragraphs[39] = 'More hackers.';
    setBody(paragraphs.map((text) => `<p>${text}</p>`).join(''));
    const { matcher, asked } = counting();
    const out = [...mentionsByRun(iterateTextRuns(document.body), matcher)];
    expect(out).toHaveLength(40);
    expect(out.flatMap((found) => found.map((m) => m.runIndex))).toEqual([3, 5, 26, 37]);
    // Context is asked only near gated hits, and once per run, however many gates saw the run.
    expect(Math.max(...asked.values())).toBe(1);
    expect(asked.has('paragraph 10')).toBe(false);
  });
});
