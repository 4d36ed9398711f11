/**
 * Pages built to hurt a content script (issue 7), generated at test time instead of stored:
 * 100,000 text nodes, one 5 MB text node, 5,000 levels of nested inline elements, and text that
 * changes on every animation frame. Each is dense with real names, so the per-page mention cap
 * is reached where noted.
 */

export interface HostilePage {
  file: string;
  description: string;
  html: string;
  /** More names than the mention cap: the count must stop exactly at the cap. */
  exceedsCap: boolean;
  /** The page keeps changing: scanning never settles for good, so only bounds are checked. */
  animated: boolean;
}

const FILLER = 'Officials said the statement offered no technical evidence and analysts disputed the timing of the claims. ';
const NAMES = ['MSS', 'ICEFCOM', 'Ministry of State Security', '国家安全部', 'Cho Jung-tai'];

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

/** 1,000 paragraphs of 100 text nodes each; a name in every 20th node (5,000 names > cap). */
function manyTextNodes(): HostilePage {
  const paragraphs: string[] = [];
  let node = 0;
  for (let p = 0; p < 1000; p += 1) {
    const parts: string[] = [];
    for (let i = 0; i < 50; i += 1) {
      const name = node % 20 === 0 ? ` ${NAMES[(node / 20) % NAMES.length]} ` : ' ';
      parts.push(`word${node}${name}<b>b${node + 1}</b>`);
      node += 2;
    }
    paragraphs.push(`<p>${parts.join('')}</p>`);
  }
  return {
    file: 'hostile-100k-text-nodes.html',
    description: '100,000 text nodes',
    html: page('100,000 text nodes', paragraphs.join('\n')),
    exceedsCap: true,
    animated: false,
  };
}

/** One text node of 5 MB with a name every ~1,300 characters (about 4,000 names: over the cap). */
function fiveMegabyteNode(): HostilePage {
  const chunk = FILLER.repeat(12);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < 5 * 1024 * 1024; i += 1) {
    const piece = `${chunk}${NAMES[i % NAMES.length]} `;
    parts.push(piece);
    length += piece.length;
  }
  return {
    file: 'hostile-5mb-text-node.html',
    description: 'one 5 MB text node',
    html: page('5 MB text node', `<p>${parts.join('')}</p>`),
    exceedsCap: true,
    animated: false,
  };
}

/**
 * 5,000 nested inline elements, built by a page script: the HTML parser would cut the nesting at
 * 512 levels (Chromium) before the content script ever saw it. Plus 1,000 nested blocks: not
 * more, because Chromium 156 itself stops responding laying out 3,000 nested divs with text, with
 * or without any extension (measured: 2,000 lay out in under a millisecond, 3,000 not in 60 s).
 */
function deepNesting(): HostilePage {
  const script = `
    let parent = document.getElementById('root');
    for (let i = 0; i < 5000; i += 1) {
      const el = document.createElement(i % 2 ? 'span' : 'b');
      el.append(i % 50 === 0 ? 'level ' + i + ' MSS ' : 'level ' + i + ' ');
      parent.append(el);
      parent = el;
    }
    parent.append('the bottom names ICEFCOM');
    let block = document.getElementById('blocks');
    for (let i = 0; i < 1000; i += 1) {
      const el = document.createElement('div');
      if (i % 100 === 0) el.append('block ' + i + ' Ministry of State Security ');
      block.append(el);
      block = el;
    }`;
  const body = `<p id="root">Start </p><div id="blocks"></div><script>${script}</script>`;
  return {
    file: 'hostile-deep-nesting.html',
    description: '5,000 nested inline elements (and 1,000 nested blocks)',
    html: page('Deep nesting', body),
    exceedsCap: false,
    animated: false,
  };
}

/** A paragraph whose text is replaced on every animation frame, alternating with and without names. */
function animatedText(): HostilePage {
  const script = `
    const target = document.getElementById('ticker');
    const names = ${JSON.stringify(NAMES)};
    window.__frames = 0;
    function tick() {
      window.__frames += 1;
      target.textContent = window.__frames % 2 ? 'Update ' + window.__frames + ': ' + names[window.__frames % names.length] + ' said nothing.' : 'Update ' + window.__frames + ': no names here.';
      for (const cell of document.querySelectorAll('.cell')) cell.firstChild.data = 'cell ' + window.__frames + ' MSS';
      requestAnimationFrame(tick);
    }
    requestAnimationFrame(tick);`;
  const cells = Array.from({ length: 200 }, (_, i) => `<li class="cell">cell ${i} MSS</li>`).join('');
  const body = `<p id="ticker">Starting</p><ul>${cells}</ul><p>${FILLER} MSS and ICEFCOM stay put.</p><script>${script}</script>`;
  return {
    file: 'hostile-animated-text.html',
    description: 'text changing every animation frame (201 nodes)',
    html: page('Animated text', body),
    exceedsCap: false,
    animated: true,
  };
}

export function hostilePages(): HostilePage[] {
  return [manyTextNodes(), fiveMegabyteNode(), deepNesting(), animatedText()];
}
