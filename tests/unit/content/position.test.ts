import { describe, expect, it } from 'vitest';
import { anchorBox, placeCard, CARD_GAP_PX, VIEWPORT_MARGIN_PX } from '../../../src/content/position';

const viewport = { width: 1000, height: 800 };
const card = { width: 400, height: 300 };
const box = (left: number, top: number, width = 80, height = 20) => ({ left, top, right: left + width, bottom: top + height });

describe('placeCard', () => {
  it('puts the card below the name when it fits', () => {
    const p = placeCard(box(100, 100), card, viewport);
    expect(p).toMatchObject({ side: 'below', x: 100, y: 120 + CARD_GAP_PX, anchorVisible: true });
    expect(p.maxHeight).toBe(800 - 120 - CARD_GAP_PX - VIEWPORT_MARGIN_PX);
  });

  it('flips above when there is no room below', () => {
    const p = placeCard(box(100, 700), card, viewport);
    expect(p.side).toBe('above');
    expect(p.y).toBe(700 - CARD_GAP_PX - 300);
  });

  it('shifts left to stay in the viewport', () => {
    expect(placeCard(box(900, 100), card, viewport).x).toBe(1000 - VIEWPORT_MARGIN_PX - 400);
    expect(placeCard(box(-50, 100), card, viewport).x).toBe(VIEWPORT_MARGIN_PX);
  });

  it('caps the height on the roomier side when it fits on neither (content scrolls)', () => {
    const tall = { width: 400, height: 900 };
    const below = placeCard(box(100, 300), tall, viewport);
    expect(below.side).toBe('below');
    expect(below.maxHeight).toBe(800 - 320 - CARD_GAP_PX - VIEWPORT_MARGIN_PX);
    const above = placeCard(box(100, 680), tall, viewport);
    expect(above.side).toBe('above');
    expect(above.y).toBe(VIEWPORT_MARGIN_PX);
  });

  it('reports a name scrolled out of view', () => {
    expect(placeCard(box(100, -100), card, viewport).anchorVisible).toBe(false);
    expect(placeCard(box(100, 900), card, viewport).anchorVisible).toBe(false);
  });

  it('keeps the card inside a small (zoomed) viewport', () => {
    const small = { width: 320, height: 400 };
    const p = placeCard(box(200, 150), { width: 304, height: 380 }, small);
    expect(p.x).toBe(VIEWPORT_MARGIN_PX);
    expect(p.y + Math.min(380, p.maxHeight)).toBeLessThanOrEqual(small.height);
    expect(p.y).toBeGreaterThanOrEqual(0);
  });
});

describe('anchorBox', () => {
  it('takes the line box under the pointer of a name that wraps, else the first', () => {
    const lines = [box(900, 100, 90), box(0, 130, 60)];
    expect(anchorBox(lines, { x: 20, y: 140 })).toBe(lines[1]);
    expect(anchorBox(lines)).toBe(lines[0]);
    expect(anchorBox([], { x: 0, y: 0 })).toBeNull();
  });
});
