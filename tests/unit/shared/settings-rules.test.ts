import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, normalizeSettings, parseSiteInput, siteKey } from '../../../src/shared/settings-rules';

describe('normalizeSettings', () => {
  it('gives the defaults for anything that is not a settings object', () => {
    for (const raw of [undefined, null, 3, 'x', []]) expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values and replaces invalid ones field by field', () => {
    expect(
      normalizeSettings({ paused: true, highlightStyle: 'background', openDelayMs: 750, closeDelayMs: 100, disabledSites: ['a.example'] }),
    ).toEqual({ paused: true, highlightStyle: 'background', openDelayMs: 750, closeDelayMs: 100, disabledSites: ['a.example'] });
    expect(normalizeSettings({ paused: 'yes', highlightStyle: 'blink', openDelayMs: Number.NaN, closeDelayMs: '5' })).toEqual(
      DEFAULT_SETTINGS,
    );
  });

  it('clamps delays to 0–5000 ms and rounds them', () => {
    expect(normalizeSettings({ openDelayMs: -20, closeDelayMs: 99_999 })).toMatchObject({ openDelayMs: 0, closeDelayMs: 5000 });
    expect(normalizeSettings({ openDelayMs: 12.6 }).openDelayMs).toBe(13);
  });

  it('stores disabled sites as site keys, once each, dropping junk', () => {
    expect(normalizeSettings({ disabledSites: ['WWW.Example.com', 'example.com', '', '  ', 7, 'news.example.org'] }).disabledSites).toEqual(
      ['example.com', 'news.example.org'],
    );
  });
});

describe('sites', () => {
  it('siteKey lower-cases and drops a leading www.', () => {
    expect(siteKey('WWW.Reuters.com')).toBe('reuters.com');
    expect(siteKey('www2.example.com')).toBe('www2.example.com');
  });

  it('parseSiteInput accepts hostnames and URLs and refuses what names no web site', () => {
    expect(parseSiteInput('news.example.com')).toBe('news.example.com');
    expect(parseSiteInput(' https://www.Example.com/story?id=1 ')).toBe('example.com');
    expect(parseSiteInput('http://127.0.0.1:8080/page')).toBe('127.0.0.1');
    expect(parseSiteInput('example.com/path')).toBe('example.com');
    for (const bad of ['', '   ', 'two words', 'ftp://example.com', 'javascript:alert(1)', 'https://'])
      expect(parseSiteInput(bad)).toBeNull();
  });

  it('isActiveOn honours pause and the site list', () => {
    const settings = normalizeSettings({ disabledSites: ['example.com'] });
    expect(isActiveOn(settings, 'www.example.com')).toBe(false);
    expect(isActiveOn(settings, 'other.example')).toBe(true);
    expect(isActiveOn({ ...settings, paused: true }, 'other.example')).toBe(false);
  });
});
