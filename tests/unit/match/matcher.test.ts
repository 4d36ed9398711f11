import { describe, expect, it, vi } from 'vitest';
import { NameScan } from '../../../src/match/scan';
import { createMatcher } from '../../../src/match/matcher';
import { MAX_HITS_PER_CALL } from '../../../src/match/limits';
import type { MatchPattern } from '../../../src/match/types';

/** A case-insensitive alias that folds diacritics (proper names). */
const name = (text: string, actorId = text): MatchPattern => ({ text, actorId, caseSensitive: false, foldDiacritics: true });
/** A case-sensitive alias (acronyms). */
const acronym = (text: string, actorId = text): MatchPattern => ({ text, actorId, caseSensitive: true, foldDiacritics: true });

const PATTERNS: MatchPattern[] = [
  acronym('MSS', 'mss'),
  acronym('APT41', 'apt41'),
  acronym('ICEFCOM', 'icefcom'),
  name('Information, Communications, and Electronic Force Command', 'icefcom'),
  name('Electronic Force Command', 'efc'),
  name('Cho Jung-tai', 'cho'),
  name('APT-Q-20', 'apt-q-20'),
  name('Lazarus Group', 'lazarus'),
  name('Lazarus', 'lazarus'),
  name('Information Security', 'infosec'),
  name('安天', 'antiy'),
  name('国家安全部', 'mss'),
  name('ラザルス', 'lazarus'),
  { text: 'Société Générale', actorId: 'sg', caseSensitive: false, foldDiacritics: false },
  name('Sophos', 'sophos'),
];
const matcher = createMatcher(PATTERNS);

/** How many trie walks `m` makes to scan `text`. */
function walksOf(m: ReturnType<typeof createMatcher>, text: string): number {
  const walk = vi.spyOn(NameScan.prototype as unknown as { walk: () => boolean }, 'walk');
  try {
    m.findAll(text);
    return walk.mock.calls.length;
  } finally {
    walk.mockRestore();
  }
}

/** Matched substrings and actor ids, in order. */
function found(text: string, m = matcher): string[] {
  return m.findAll(text).map((hit) => `${text.slice(hit.start, hit.end)}=${m.patterns.at(hit.patternIndex)?.actorId}`);
}

describe('createMatcher / findAll: normalisation', () => {
  it('matches full-width text (NFKC)', () => {
    expect(found('Analysts blamed ＭＳＳ today')).toEqual(['ＭＳＳ=mss']);
  });

  it('treats NBSP and newlines inside a name as a space', () => {
    expect(found('Premier Cho\u00a0Jung-tai said')).toEqual(['Cho\u00a0Jung-tai=cho']);
    expect(found('Premier Cho\n   Jung-tai said')).toEqual(['Cho\n   Jung-tai=cho']);
  });

  it('ignores a soft hyphen or zero-width character inside a name', () => {
    expect(found('the Laz\u00adarus Group')).toEqual(['Laz\u00adarus Group=lazarus']);
    expect(found('the Laza\u200brus Group')).toEqual(['Laza\u200brus Group=lazarus']);
  });

  it('unifies dashes: APT‑Q‑20 with any hyphen or dash', () => {
    for (const dash of ['-', '‐', '‑', '‒', '–', '—', '−']) {
      const text = `tracked as APT${dash}Q${dash}20 by`;
      expect(found(text)).toEqual([`APT${dash}Q${dash}20=apt-q-20`]);
    }
  });

  it('folds diacritics only for aliases that allow it', () => {
    const m = createMatcher([
      { text: 'Société Générale', actorId: 'strict', caseSensitive: false, foldDiacritics: false },
      { text: 'Müller Group', actorId: 'loose', caseSensitive: false, foldDiacritics: true },
    ]);
    expect(found('Societe Generale and Société Générale', m)).toEqual(['Société Générale=strict']);
    expect(found('Muller Group and Müller Group', m)).toEqual(['Muller Group=loose', 'Müller Group=loose']);
  });

  it('accepts decomposed accents for a strict alias and covers the combining mark', () => {
    const text = 'at Socie\u0301te\u0301 Ge\u0301ne\u0301rale.';
    expect(found(text)).toEqual(['Socie\u0301te\u0301 Ge\u0301ne\u0301rale=sg']);
  });
});

describe('createMatcher / findAll: boundaries', () => {
  it('does not find an acronym inside a longer word', () => {
    expect(found('MSSQL AMSS MSSs xMSS MSS2')).toEqual([]);
  });

  it('does not find APT41 in APT410', () => {
    expect(found('APT410 and APT4100')).toEqual([]);
    expect(found('APT41, not APT410')).toEqual(['APT41=apt41']);
  });

  it('does not continue across a soft hyphen inside a word', () => {
    expect(found('MSS\u00adQL')).toEqual([]);
  });

  it('finds Latin next to Han: Han–Latin is a boundary', () => {
    expect(found('报道称MSS周一发表声明')).toEqual(['MSS=mss']);
    expect(found('据APT41组织')).toEqual(['APT41=apt41']);
  });

  it('finds a name with a possessive, covering only the name', () => {
    const text = "ICEFCOM's budget and ICEFCOM’s staff and ICEFCOMʼs units";
    const hits = matcher.findAll(text);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['ICEFCOM', 'ICEFCOM', 'ICEFCOM']);
  });

  it('finds names between punctuation and quotes', () => {
    expect(found('(MSS) “Lazarus” [APT41]')).toEqual(['MSS=mss', 'Lazarus=lazarus', 'APT41=apt41']);
  });

  it('treats Cyrillic next to Latin as the same kind (no boundary)', () => {
    expect(found('MSSд')).toEqual([]);
  });
});

describe('createMatcher / findAll: case', () => {
  it('matches acronyms only in their own case', () => {
    expect(found('mss Mss mSS')).toEqual([]);
    expect(found('/news/mss-report')).toEqual([]);
    expect(found('the MSS')).toEqual(['MSS=mss']);
  });

  it('matches proper names in any case', () => {
    expect(found('LAZARUS GROUP and lazarus group')).toEqual(['LAZARUS GROUP=lazarus', 'lazarus group=lazarus']);
  });
});

describe('createMatcher / findAll: leftmost-longest', () => {
  it('prefers the longest alias at a position', () => {
    const text = 'the Information, Communications, and Electronic Force Command (ICEFCOM)';
    expect(found(text)).toEqual(['Information, Communications, and Electronic Force Command=icefcom', 'ICEFCOM=icefcom']);
  });

  it('falls back to a shorter alias when the longer one is cut short', () => {
    expect(found('Lazarus Groupies')).toEqual(['Lazarus=lazarus']);
    expect(found('the Electronic Force Command')).toEqual(['Electronic Force Command=efc']);
  });

  it('prefers the leftmost start over a longer later one', () => {
    // "Information Security" starts first; "Electronic…" would overlap nothing here, but the
    // leftmost rule decides between overlapping candidates.
    expect(found('Information Security Electronic Force Command')).toEqual([
      'Information Security=infosec',
      'Electronic Force Command=efc',
    ]);
  });

  it('finds two names side by side', () => {
    expect(found('MSS APT41')).toEqual(['MSS=mss', 'APT41=apt41']);
    expect(found('MSS/APT41')).toEqual(['MSS=mss', 'APT41=apt41']);
    expect(found('国家安全部安天')).toEqual(['国家安全部=mss', '安天=antiy']);
  });

  it('returns offsets in the original text, non-overlapping and ascending', () => {
    const text = 'Ｘ\u00ad MSS, Lazarus Group.';
    const hits = matcher.findAll(text);
    expect(hits.map(({ start, end }) => [start, end])).toEqual([
      [3, 6],
      [8, 21],
    ]);
  });
});

describe('createMatcher / findAll: CJK', () => {
  it('matches Chinese aliases inside running text', () => {
    expect(found('中国国家安全部周一表示')).toEqual(['国家安全部=mss']);
    expect(found('安天公司发布报告')).toEqual(['安天=antiy']);
  });

  it('rejects a short Han name straddling two words (平安|天津)', () => {
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    // The premise of the test: ICU splits the text this way.
    expect([...segmenter.segment('平安天津')].map((s) => s.segment)).toEqual(['平安', '天津']);
    expect([...segmenter.segment('安天公司发布报告')].map((s) => s.segment).slice(0, 3)).toEqual(['安', '天', '公司']);
    expect(found('中国平安天津分公司')).toEqual([]);
    expect(found('平安天津')).toEqual([]);
  });

  it('accepts a short Han name delimited by punctuation or Latin without segmenting', () => {
    expect(found('“安天”称')).toEqual(['安天=antiy']);
    expect(found('Antiy (安天) said')).toEqual(['安天=antiy']);
  });

  it('matches Japanese katakana names', () => {
    expect(found('北朝鮮のラザルスが')).toEqual(['ラザルス=lazarus']);
  });
});

describe('createMatcher / findAll: duplicate aliases', () => {
  it('reports every pattern with identical normalised text', () => {
    const m = createMatcher([name('Sandworm', 'gru-74455'), name('SANDWORM', 'sandworm-team'), name('Other', 'x')]);
    const [hit] = m.findAll('the Sandworm team');
    expect(hit?.patternIndex).toBe(0);
    expect(hit?.patternIndices).toEqual([0, 1]);
  });

  it('keeps only the patterns whose case rule accepts the text', () => {
    const m = createMatcher([acronym('MSS', 'acronym'), name('Mss', 'name')]);
    expect(m.findAll('the MSS')[0]?.patternIndices).toEqual([0, 1]);
    expect(m.findAll('the mss')[0]?.patternIndices).toEqual([1]);
  });
});

describe('createMatcher / findAll: limits and edge cases', () => {
  it('stops at the limit', () => {
    const text = 'MSS '.repeat(10);
    expect(matcher.findAll(text, { limit: 3 })).toHaveLength(3);
    expect(matcher.findAll(text, { limit: 0 })).toHaveLength(0);
  });

  it('caps hits per call by default', () => {
    expect(matcher.findAll('MSS '.repeat(MAX_HITS_PER_CALL + 10))).toHaveLength(MAX_HITS_PER_CALL);
  });

  it('handles empty input and empty pattern lists', () => {
    expect(matcher.findAll('')).toEqual([]);
    expect(createMatcher([]).findAll('MSS')).toEqual([]);
    expect(createMatcher([name('  \u200b ')]).findAll('anything')).toEqual([]);
  });

  it('handles astral characters around names', () => {
    expect(found('𠀀MSS𠀀 😀Lazarus😀')).toEqual(['MSS=mss', 'Lazarus=lazarus']);
  });

  it('cost does not depend on the number of aliases (smoke: 5,000 aliases build and match)', () => {
    const many: MatchPattern[] = [...PATTERNS];
    for (let i = 0; many.length < 5000; i++) many.push(name(`Generated Actor ${i.toString(36)}`));
    const big = createMatcher(many);
    expect(big.findAll('Generated Actor zz and MSS')).toHaveLength(2);
  });
});

describe('createMatcher / findAll: the first-word filter', () => {
  const shared = createMatcher([
    name('Security Service of Ukraine'),
    name('Waterbug'),
    acronym('GRU'),
    name('Fancy Bear'),
    name('Ministry of State Security'),
  ]);
  const walked = (text: string): number => walksOf(shared, text);

  it('walks no word that starts no name: a longer word, or a name’s first word followed by another word', () => {
    expect(walked('water and security officials at the ministry said')).toBe(0);
    expect(walked('fancy dress')).toBe(0);
    expect(walked('security')).toBe(0);
  });

  it('reads on from the space after a word it turned away: a name may start right there', () => {
    expect(found('water GRU, security GRU and fancy GRU', shared)).toEqual(['GRU=GRU', 'GRU=GRU', 'GRU=GRU']);
  });

  it('walks, and finds, a first word followed by the next word of a name, and a whole-word name', () => {
    expect(found('the Security Service of Ukraine and Waterbug', shared)).toEqual([
      'Security Service of Ukraine=Security Service of Ukraine',
      'Waterbug=Waterbug',
    ]);
    expect(walked('Fancy Bear')).toBe(1);
  });

  it('leaves to the walk what it cannot read as a plain word and a space', () => {
    // An NBSP is a space to both; a soft hyphen, a second space and a dash are the walk's to read.
    expect(found('Fancy\u00a0Bear, Fan\u00adcy Bear, Fancy  Bear, Fancy\u2010Bear and GRU\u2019s', shared)).toEqual([
      'Fancy\u00a0Bear=Fancy Bear',
      'Fan\u00adcy Bear=Fancy Bear',
      'Fancy  Bear=Fancy Bear',
      'GRU=GRU',
    ]);
  });
});

describe('createMatcher / findAll: the four-unit prefilter', () => {
  const shared = createMatcher([name('Andariel'), name('The Dukes'), acronym('GRU'), name('Forest Blizzard'), name('Thallium')]);

  it('finds names whatever the unit after their first three', () => {
    expect(found('Andariel, The Dukes; GRU. GRU-linked GRU\u00a0officers (GRU) GRU', shared)).toEqual([
      'Andariel=Andariel',
      'The Dukes=The Dukes',
      'GRU=GRU',
      'GRU=GRU',
      'GRU=GRU',
      'GRU=GRU',
      'GRU=GRU',
    ]);
    // A soft hyphen or a second space at the fourth unit is left to the walk, which skips it.
    expect(found('Anda\u00adriel and The  Dukes', shared)).toEqual(['Anda\u00adriel=Andariel', 'The  Dukes=The Dukes']);
  });

  it('turns away words that share a name’s first three letters before walking the trie', () => {
    expect(walksOf(shared, 'and for that forum, thanks to the report')).toBe(0);
    // "The Dukes" starts with "the d": "the dossier" passes every filter and is walked. "gru" is
    // a whole key, but "grumpy" is a longer word, which the first-word filter turns away.
    expect(walksOf(shared, 'the dossier, grumpy')).toBe(1);
    expect(walksOf(shared, 'grumpy and GRU')).toBe(1);
  });
});
