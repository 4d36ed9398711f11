import { afterEach, describe, expect, it } from 'vitest';
import { evidenceLabel, formatPartialDate, stanceLabel, stanceTone } from '../../../src/ui/labels';
import { linkableUrl } from '../../../src/ui/safe-url';
import { setTestLocale } from '../setup-i18n';

afterEach(() => setTestLocale('en'));

describe('formatPartialDate', () => {
  it('keeps the precision of the date, in the reader’s locale', () => {
    expect(formatPartialDate('2025-03-17')).toBe('17 March 2025');
    expect(formatPartialDate('2025-03')).toBe('March 2025');
    expect(formatPartialDate('2025')).toBe('2025');
    expect(formatPartialDate('unknown')).toBe('date unknown');
    expect(formatPartialDate('2025-03-17', { locale: 'en-US' })).toBe('March 17, 2025');
    expect(formatPartialDate('2025-03-17', { short: true })).toBe('17 Mar 2025');
  });

  it('in Chinese: 年月日, partial dates still partial', () => {
    setTestLocale('zh_TW');
    expect(formatPartialDate('2025-03-17')).toBe('2025年3月17日');
    expect(formatPartialDate('2025-03')).toBe('2025年3月');
    expect(formatPartialDate('2025')).toBe('2025年');
    expect(formatPartialDate('unknown')).toBe('日期不詳');
    setTestLocale('zh_CN');
    expect(formatPartialDate('unknown')).toBe('日期不详');
  });

  it('shows anything malformed as given or as the year', () => {
    expect(formatPartialDate('yesterday')).toBe('yesterday');
    expect(formatPartialDate('2025-13')).toBe('2025');
  });
});

describe('enum labels', () => {
  it('come from the catalogue, and an unknown value (an import) shows as itself', () => {
    expect(stanceLabel('declines-to-comment')).toBe('Declined to comment');
    expect(evidenceLabel('unverifiable-by-press')).toBe('Unverifiable by press');
    expect(stanceLabel('shrugs' as never)).toBe('shrugs');
    setTestLocale('zh_TW');
    expect(stanceLabel('denies')).toBe('否認');
  });

  it('colour stances by what they do to the claim', () => {
    expect(stanceTone('denies')).toBe('pushback');
    expect(stanceTone('corroborates')).toBe('support');
    expect(stanceTone('declines-to-comment')).toBe('neutral');
    expect(stanceTone('none')).toBe('neutral');
  });
});

describe('linkableUrl', () => {
  it('accepts absolute http(s) URLs only', () => {
    expect(linkableUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(linkableUrl('http://example.org/')).toBe('http://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      '/relative',
      'example.org',
      'ftp://example.org/',
      ' JavaScript:alert(1)',
    ]) {
      expect(linkableUrl(bad)).toBeNull();
    }
  });
});
