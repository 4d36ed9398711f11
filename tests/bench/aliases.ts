/**
 * Name sets for the benchmark, as match indexes (src/data/match-index.ts): the form the content
 * script receives from the background and builds its name finder from. `real` is the bundled
 * dataset's index; `gen` is the same index with generated names added up to 5,000, so both find
 * the same mentions and their cost ratio isolates the number of names.
 */
import { BUNDLED_DATASET } from '../../src/data/bundled-dataset';
import { compileMatchIndex, nameFlags, type IndexedName, type MatchIndex } from '../../src/data/match-index';
import type { Dataset } from '../../src/data/schema';
import { createRandom } from '../unit/hostile/dataset-mutations';

/** Size of the large name set named by issue 4. */
export const GENERATED_ALIAS_COUNT = 5000;

/** The match index the extension sends to every page, from the bundled dataset. */
export function realIndex(dataset: Dataset = BUNDLED_DATASET): MatchIndex {
  return compileMatchIndex(dataset);
}

/** The actor names of an index (not its blockers): what the RegExp and mark.js baselines look for. */
export function actorNames(index: MatchIndex): string[] {
  return index.names.filter(([, actor]) => actor >= 0).map(([text]) => text);
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

/** A Latin multi-word name with the proper-name rule, as curated names of that kind have. */
function latinName(random: Random): { text: string; flags: number } {
  const text = `${word(random)} ${random() < 0.5 ? word(random) : pickFrom(random, SUFFIXES)}`;
  return { text, flags: nameFlags({ match: 'proper' }) };
}

function acronym(random: Random): { text: string; flags: number } {
  let text = '';
  // Four letters or more: random three-letter acronyms (CEO, USA) would add real mentions and blur the ratio.
  for (let i = 0; i < 4 + Math.floor(random() * 3); i += 1) text += pickFrom(random, UPPER);
  if (random() < 0.4) text += `-${Math.floor(random() * 900) + 10}`;
  return { text, flags: nameFlags({ match: 'exact' }) };
}

/** Han characters from the common block, 3–6 long: realistic unit and agency names are that long. */
function cjkName(random: Random): { text: string; flags: number } {
  let text = '';
  for (let i = 0; i < 3 + Math.floor(random() * 4); i += 1) text += String.fromCharCode(0x4e00 + Math.floor(random() * 0x51a0));
  return { text, flags: nameFlags({ match: 'cjk' }) };
}

/**
 * The real index plus generated names (one extra actor) up to `count` names in all: 45% Latin
 * names, 25% acronyms, 30% Chinese.
 */
export function generatedIndex(real: MatchIndex, count = GENERATED_ALIAS_COUNT, seed = 5000): MatchIndex {
  const random = createRandom(seed);
  const seen = new Set(real.names.map(([text]) => text.toLowerCase()));
  const actor = real.actorIds.length;
  const names: IndexedName[] = [...real.names];
  while (names.length < count) {
    const roll = random();
    const { text, flags } = roll < 0.45 ? latinName(random) : roll < 0.7 ? acronym(random) : cjkName(random);
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    names.push([text, actor, flags]);
  }
  return {
    ...real,
    actorIds: [...real.actorIds, 'generated'],
    displayNames: [...real.displayNames, 'Generated'],
    strengths: [...real.strengths, 'weak'],
    names,
  };
}
