/**
 * How marked names look, and how that look reaches the page without touching its DOM.
 *
 * `::highlight()` rules only apply from a stylesheet of the document, and a `<style>` element
 * would change the page's DOM. A constructed stylesheet in `document.adoptedStyleSheets` does
 * not: no node, nothing in `outerHTML`. Both Chromium and Firefox (checked in 153 ESR) accept one
 * from a content script. It is adopted only once the first name is marked and dropped when the
 * extension is turned off, so pages without names see no change at all. (A page script can still
 * see the sheet in `document.adoptedStyleSheets`; the alternative without even that trace, a
 * manifest `content_scripts.css` file, would inject on every page including switched-off sites.)
 *
 * Every range is in the registry under HIGHLIGHT_NAME (unstyled; what tests and the page count)
 * and under one styled name that encodes the evidence status of the strongest claim involving
 * the actor: solid underline for independently corroborated, dashed for the accuser's own
 * indicators, dotted for the rest.
 */
import { STRENGTHS, type Strength } from '../data/evidence-strength';
import { HIGHLIGHT_NAME } from '../shared/constants';
import type { HighlightStyle } from '../shared/settings';

export type PageTheme = 'light' | 'dark';

/** The styled highlight name of a strength. */
export function styledHighlightName(strength: Strength): string {
  return `${HIGHLIGHT_NAME}-${strength}`;
}

const LINE_STYLE: Readonly<Record<Strength, string>> = { strong: 'solid', mid: 'dashed', weak: 'dotted' };

/**
 * Mark colours: a blue with at least 4.5:1 against typical light page backgrounds (#2457a6 on
 * white ≈ 7:1) and a light blue with the same against dark ones (#8cb8ff on #121212 ≈ 9:1).
 */
const COLORS: Readonly<Record<PageTheme, { line: string; fill: string }>> = {
  light: { line: '#2457a6', fill: 'rgba(36, 87, 166, 0.14)' },
  dark: { line: '#8cb8ff', fill: 'rgba(140, 184, 255, 0.22)' },
};

/** The stylesheet text for a setting and page theme (pure). */
export function highlightCss(style: HighlightStyle, theme: PageTheme): string {
  if (style === 'none') return '';
  const { line, fill } = COLORS[theme];
  return STRENGTHS.map((strength) => {
    const name = styledHighlightName(strength);
    if (style === 'background') return `::highlight(${name}){background-color:${fill};}`;
    return (
      `::highlight(${name}){text-decoration-line:underline;text-decoration-style:${LINE_STYLE[strength]};` +
      `text-decoration-color:${line};text-decoration-thickness:${strength === 'weak' ? 2 : 1}px;}`
    );
  }).join('\n');
}

/** Parse `rgb(…)`/`rgba(…)` as returned by getComputedStyle; null for anything else. */
export function parseRgb(value: string): { r: number; g: number; b: number; a: number } | null {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!match) return null;
  const alphaText = match[4];
  const a = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a };
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function relativeLuminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * Light or dark page, from the first opaque background of body, then html. Transparent all the
 * way means the canvas: white unless the page opts into a dark `color-scheme`.
 */
export function detectPageTheme(doc: Document): PageTheme {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const colour = parseRgb(view.getComputedStyle(element).backgroundColor);
    if (colour && colour.a >= 0.5) return relativeLuminance(colour) < 0.2 ? 'dark' : 'light';
  }
  const scheme = view.getComputedStyle(doc.documentElement).colorScheme;
  return scheme.includes('dark') && !scheme.includes('light') ? 'dark' : 'light';
}

/** Our one adopted stylesheet: created on first use, re-adopted if the page replaced the list. */
export interface HighlightSheet {
  /** Set the rules and make sure the sheet is adopted. */
  apply(css: string): void;
  /** Un-adopt the sheet; the page's list is as before. */
  remove(): void;
}

export function createHighlightSheet(doc: Document): HighlightSheet {
  let sheet: CSSStyleSheet | null = null;
  let text = '';
  return {
    apply(css) {
      sheet ??= new CSSStyleSheet();
      if (css !== text) {
        sheet.replaceSync(css);
        text = css;
      }
      if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    },
    remove() {
      if (sheet && doc.adoptedStyleSheets.includes(sheet)) {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    },
  };
}
