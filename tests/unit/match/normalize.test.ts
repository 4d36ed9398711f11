import { describe, expect, it } from 'vitest';
import { CharClass, FULL_FOLD, classifyCodePoint, normalizeAlias } from '../../../src/match/normalize';
import { normalizeText, originalRange } from './normalize-text';

const STRICT = { foldCase: false, foldDiacritics: false };
const CASE_ONLY = { foldCase: true, foldDiacritics: false };

describe('normalizeText', () => {
  it('applies NFKC per character: full-width letters and ligatures', () => {
    expect(normalizeText('ＭＳＳ', STRICT).text).toBe('MSS');
    expect(normalizeText('ﬁle', STRICT).text).toBe('file');
  });

  it('folds case only when asked', () => {
    expect(normalizeText('MSS Group', STRICT).text).toBe('MSS Group');
    expect(normalizeText('MSS Group', CASE_ONLY).text).toBe('mss group');
  });

  it('collapses any whitespace run (NBSP, newline, tab, ideographic space) to one space', () => {
    expect(normalizeText('a\u00a0\u00a0b\n\t c\u3000d').text).toBe('a b c d');
  });

  it('removes zero-width characters and the soft hyphen', () => {
    expect(normalizeText('In\u00adfor\u200bma\u200ct\u200di\u2060o\ufeffn').text).toBe('information');
  });

  it('unifies apostrophes and dashes', () => {
    expect(normalizeText('O’Neil Oʼs ′ ＇').text).toBe("o'neil o's ' '");
    expect(normalizeText('a‐b‑c‒d–e—f−g－h').text).toBe('a-b-c-d-e-f-g-h');
  });

  it('folds Latin diacritics only when asked, including letters without a decomposition', () => {
    expect(normalizeText('Société Łódź Ørsted', CASE_ONLY).text).toBe('société łódź ørsted');
    expect(normalizeText('Société Łódź Ørsted', FULL_FOLD).text).toBe('societe lodz orsted');
    expect(normalizeText('Socie\u0301te\u0301', FULL_FOLD).text).toBe('societe');
  });

  it('keeps CJK text as is', () => {
    expect(normalizeText('国家安全部').text).toBe('国家安全部');
  });

  it('maps every output unit back to its source character', () => {
    const source = 'Ｍ\u00adS\u00a0\u00a0ﬁ';
    const n = normalizeText(source);
    expect(n.text).toBe('ms fi');
    expect(Array.from(n.starts)).toEqual([0, 2, 3, 5, 5]);
    expect(Array.from(n.ends)).toEqual([1, 3, 5, 6, 6]);
    expect(originalRange(n, 0, 2)).toEqual([0, 3]);
    expect(originalRange(n, 3, 5)).toEqual([5, 6]);
  });

  it('returns plain lower-case ASCII unchanged, with identity offsets', () => {
    const n = normalizeText('plain text');
    expect(n.text).toBe('plain text');
    expect(n.starts[6]).toBe(6);
    expect(n.ends[6]).toBe(7);
  });

  it('handles astral characters as one code point', () => {
    const n = normalizeText('𝐌SS');
    expect(n.text).toBe('mss');
    expect(Array.from(n.starts)).toEqual([0, 2, 3]);
  });
});

describe('normalizeAlias', () => {
  it('equals normalizeText, trimmed and recomposed', () => {
    for (const alias of ['  Cho\u00a0Jung‑tai ', 'ＡＰＴ–Ｑ–２０', 'Socie\u0301te\u0301 Générale', '国家 安全部']) {
      for (const options of [STRICT, CASE_ONLY, FULL_FOLD]) {
        expect(normalizeAlias(alias, options)).toBe(normalizeText(alias, options).text.trim().normalize('NFC'));
      }
    }
  });
});

describe('classifyCodePoint', () => {
  const cls = (ch: string) => classifyCodePoint(ch.codePointAt(0) as number);

  it('separates spaced-script word characters from Han, kana and Hangul', () => {
    expect(cls('a')).toBe(CharClass.Word);
    expect(cls('Ж')).toBe(CharClass.Word);
    expect(cls('7')).toBe(CharClass.Word);
    expect(cls('国')).toBe(CharClass.Han);
    expect(cls('カ')).toBe(CharClass.Unspaced);
    expect(cls('ー')).toBe(CharClass.Unspaced);
    expect(cls('한')).toBe(CharClass.Hangul);
  });

  it('treats apostrophes as punctuation even where Unicode calls them letters', () => {
    expect(cls('ʼ')).toBe(CharClass.Other);
    expect(cls('’')).toBe(CharClass.Other);
  });

  it('knows spaces and ignorables', () => {
    expect(cls('\u00a0')).toBe(CharClass.Space);
    expect(cls('\u200b')).toBe(CharClass.Ignorable);
    expect(cls('\ufeff')).toBe(CharClass.Ignorable);
  });
});
