import { describe, expect, it } from 'vitest';
import { anchorBox } from '../../../src/card/position';

const box = (left: number, top: number, width = 80, height = 20) => ({ left, top, right: left + width, bottom: top + height });

describe('anchorBox', () => {
  it('takes the line box under the pointer of a name that wraps, else the first', () => {
    const lines = [box(900, 100, 90), box(0, 130, 60)];
    expect(anchorBox(lines, { x: 20, y: 140 })).toBe(lines[1]);
    expect(anchorBox(lines)).toBe(lines[0]);
    expect(anchorBox([], { x: 0, y: 0 })).toBeNull();
  });
});
