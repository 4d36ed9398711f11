import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../src/background/badge-text';

describe('badgeText', () => {
  it('shows nothing for no actors and counts up to 99', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(-1)).toBe('');
    expect(badgeText(Number.NaN)).toBe('');
    expect(badgeText(1)).toBe('1');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
  });
});
