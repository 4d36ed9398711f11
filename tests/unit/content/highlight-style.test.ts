// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPageTheme, highlightCss, parseRgb, relativeLuminance, styledHighlightName } from '../../../src/content/highlight-style';

describe('highlight style', () => {
  it('encodes evidence strength in the underline and switches colours by page theme', () => {
    const light = highlightCss('underline', 'light');
    expect(light).toContain(`::highlight(${styledHighlightName('strong')}){text-decoration-line:underline;text-decoration-style:solid`);
    expect(light).toContain('text-decoration-style:dashed');
    expect(light).toContain('text-decoration-style:dotted');
    expect(light).toContain('#2457a6');
    expect(highlightCss('underline', 'dark')).toContain('#8cb8ff');
    expect(highlightCss('background', 'light')).toContain('background-color:rgba(36, 87, 166, 0.14)');
    expect(highlightCss('none', 'dark')).toBe('');
  });

  it('never styles the registry name the page and tests count', () => {
    expect(highlightCss('underline', 'light')).not.toContain('::highlight(counterclaim-mention)');
  });

  it('parses computed colours and measures luminance', () => {
    expect(parseRgb('rgb(251, 250, 247)')).toEqual({ r: 251, g: 250, b: 247, a: 1 });
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseRgb('rgb(18 20 23 / 50%)')).toEqual({ r: 18, g: 20, b: 23, a: 0.5 });
    expect(parseRgb('oklch(0.5 0.1 200)')).toBeNull();
    expect(relativeLuminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1);
    expect(relativeLuminance({ r: 0, g: 0, b: 0 })).toBe(0);
  });

  it('detects a dark page from its body background, and a transparent page as light', () => {
    document.body.style.backgroundColor = 'rgb(18, 20, 23)';
    expect(detectPageTheme(document)).toBe('dark');
    document.body.style.backgroundColor = 'rgb(251, 250, 247)';
    expect(detectPageTheme(document)).toBe('light');
    document.body.style.backgroundColor = '';
    expect(detectPageTheme(document)).toBe('light');
  });
});
