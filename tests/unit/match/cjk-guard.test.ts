/**
 * The CJK guard segments a small window around each Han candidate instead of the whole clause
 * (`CJK_GUARD_CONTEXT` characters each side). Its answers must be those of the whole clause, on
 * real Chinese pages of the corpus sample and on the benchmark's generated paragraphs (long clauses
 * of random Han characters, where every window is cut by the margin, not the clause).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CjkGuard } from '../../../src/match/cjk-guard';
import { CJK_GUARD_CONTEXT } from '../../../src/match/limits';
import { CharClass, INFO_CLASS_MASK, unitInfo } from '../../../src/match/normalize';
import { generatePage } from '../../bench/generated-page';

const SAMPLE = join(__dirname, '..', '..', 'fixtures', 'corpus-sample');
const CHINESE_PAGES = ['gmw.html', 'pixnet.html', 'qq.html', 'youth.html'];
/** Names of one to four characters: the guard asks both edges of each. */
const NAME_LENGTHS = [1, 2, 3, 4];

const isHan = (c: number) => (unitInfo(c) & INFO_CLASS_MASK) === CharClass.Han;

/** Maximal runs of Han units in `text`, at least `min` long. */
function hanClauses(text: string, min: number): string[] {
  const clauses: string[] = [];
  let from = -1;
  for (let i = 0; i <= text.length; i++) {
    const han = i < text.length && isHan(text.charCodeAt(i));
    if (han && from < 0) from = i;
    if (!han && from >= 0) {
      if (i - from >= min) clauses.push(text.slice(from, i));
      from = -1;
    }
  }
  return clauses;
}

function pageText(html: string): string {
  return html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

function clauseBoundaries(clause: string): Set<number> {
  const boundaries = new Set<number>([clause.length]);
  for (const { index } of segmenter.segment(clause)) boundaries.add(index);
  return boundaries;
}

/** Candidates inside each clause whose answer differs from the whole clause's segmentation. */
function disagreements(clauses: readonly string[], guard: CjkGuard): { asked: number; differ: string[] } {
  const differ: string[] = [];
  let asked = 0;
  for (const clause of clauses) {
    const boundaries = clauseBoundaries(clause);
    for (let start = 1; start < clause.length - 1; start++) {
      for (const length of NAME_LENGTHS) {
        const end = start + length;
        if (end >= clause.length) break;
        asked++;
        const expected = boundaries.has(start) && boundaries.has(end);
        if (guard.passes(clause, start, end, CharClass.Han, length) !== expected)
          differ.push(`${clause.slice(0, start)}|${clause.slice(start, end)}|${clause.slice(end)}`);
      }
    }
  }
  return { asked, differ };
}

const realClauses = CHINESE_PAGES.flatMap((file) => hanClauses(pageText(readFileSync(join(SAMPLE, file), 'utf8')), 6));
const generatedClauses = hanClauses(pageText(generatePage(['安天', '国家安全部'], 60_000)), 100);

describe('CjkGuard: a window answers as the whole clause', () => {
  it('has clauses to check: real ones and long generated ones', () => {
    expect(realClauses.length).toBeGreaterThan(200);
    expect(generatedClauses.length).toBeGreaterThan(5);
  });

  it(`gives the whole clause's answer with ${CJK_GUARD_CONTEXT} characters each side, on real and generated clauses`, () => {
    const real = disagreements(realClauses, new CjkGuard());
    const generated = disagreements(generatedClauses, new CjkGuard());
    expect(real.asked).toBeGreaterThan(5000);
    expect(generated.asked).toBeGreaterThan(2000);
    expect(real.differ).toEqual([]);
    expect(generated.differ).toEqual([]);
  });

  it('differs from it with one character each side: the margin matters', () => {
    const { differ } = disagreements([...realClauses, ...generatedClauses], new CjkGuard(1));
    expect(differ.length).toBeGreaterThan(0);
  });
});
