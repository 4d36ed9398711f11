/**
 * Alias sets for the benchmark: the real dataset's aliases, and a generated set of 5,000 mixed
 * Latin/CJK aliases that contains the real ones, so both sets find the same mentions and their
 * cost ratio isolates the number of aliases.
 */
import { aliasPatterns } from '../../src/data/dataset-index';
import { BUNDLED_DATASET } from '../../src/data/bundled-dataset';
import type { MatchPattern } from '../../src/match/types';
import { createRandom } from '../unit/hostile/dataset-mutations';

/** Size of the large alias set named by issue 4. */
export const GENERATED_ALIAS_COUNT = 5000;

/** The aliases the extension ships with, as the content script compiles them. */
export function realPatterns(): MatchPattern[] {
  return [...aliasPatterns(BUNDLED_DATASET)];
}

const SYLLABLES = ['ka', 'lo', 'mer', 'vin', 'tra', 'sol', 'dex', 'qua', 'ril', 'zen', 'bor', 'nyx', 'pha', 'gul', 'te', 'os'];
const SUFFIXES = ['Group', 'Bureau', 'Command', 'Team', 'Panda', 'Typhoon', 'Security', 'Labs', 'Unit', 'Office'];
const UPPER = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

type Random = () => number;

function pickFrom<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function word(random: Random): string {
  const count = 2 + Math.floor(random() * 2);
  let out = '';
  for (let i = 0; i < count; i += 1) out += pickFrom(random, SYLLABLES);
  return out[0]?.toUpperCase() + out.slice(1);
}

function latinName(random: Random): MatchPattern {
  const text = `${word(random)} ${random() < 0.5 ? word(random) : pickFrom(random, SUFFIXES)}`;
  return { text, actorId: 'generated', caseSensitive: false, foldDiacritics: true };
}

function acronym(random: Random): MatchPattern {
  let text = '';
  // Four letters or more: random three-letter acronyms (CEO, USA) would add real mentions and blur the ratio.
  for (let i = 0; i < 4 + Math.floor(random() * 3); i += 1) text += pickFrom(random, UPPER);
  if (random() < 0.4) text += `-${Math.floor(random() * 900) + 10}`;
  return { text, actorId: 'generated', caseSensitive: true, foldDiacritics: false };
}

/** Han characters from the common block, 3–6 long: realistic unit and agency names are that long. */
function cjkName(random: Random): MatchPattern {
  let text = '';
  for (let i = 0; i < 3 + Math.floor(random() * 4); i += 1) text += String.fromCharCode(0x4e00 + Math.floor(random() * 0x51a0));
  return { text, actorId: 'generated', caseSensitive: false, foldDiacritics: false };
}

/** The real aliases plus generated ones up to `count`: 45% names, 25% acronyms, 30% Chinese. */
export function generatedPatterns(real: readonly MatchPattern[], count = GENERATED_ALIAS_COUNT, seed = 5000): MatchPattern[] {
  const random = createRandom(seed);
  const seen = new Set(real.map((p) => p.text.toLowerCase()));
  const out = [...real];
  while (out.length < count) {
    const roll = random();
    const pattern = roll < 0.45 ? latinName(random) : roll < 0.7 ? acronym(random) : cjkName(random);
    const key = pattern.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(pattern);
  }
  return out;
}
