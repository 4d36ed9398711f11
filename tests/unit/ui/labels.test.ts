import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../../src/ui/labels';
import { linkableUrl } from '../../../src/ui/safe-url';

describe('formatPartialDate', () => {
  it('keeps the precision of the date', () => {
    expect(formatPartialDate('2025-03-17')).toBe('17 March 2025');
    expect(formatPartialDate('2025-03')).toBe('March 2025');
    expect(formatPartialDate('2025')).toBe('2025');
    expect(formatPartialDate('unknown')).toBe('date unknown');
  });

  it('shows anything malformed as given or as the year', () => {
    expect(formatPartialDate('yesterday')).toBe('yesterday');
    expect(formatPartialDate('2025-13')).toBe('2025');
  });
});

describe('linkableUrl', () => {
  it('accepts absolute http(s) URLs only', () => {
    expect(linkableUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(linkableUrl('http://example.org/')).toBe('http://example.org/');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'example.org', 'ftp://example.org/', ' JavaScript:alert(1)']) {
      expect(linkableUrl(bad)).toBeNull();
    }
  });
});
