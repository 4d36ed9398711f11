/**
 * What the content script needs to find names, and nothing else: every name with its actor and
 * rule flags, the blockers, and the context vocabulary. The background compiles it once per
 * dataset and sends it to each page; the records themselves (claims, quotes, sources) stay in the
 * background and travel only when a card opens (`sliceForActor`).
 *
 * Names are `[text, actor index, flags]` tuples. What travels to a page is the packed form
 * (`packMatchIndex`): strings, and the names already compiled, so a page neither folds a name nor
 * builds a trie (`openMatchIndex`).
 */
import { compileNames, isSubstringTerm, type CompiledNames } from '../match/compiled';
import { packCompiledNames, unpackCompiledNames } from '../match/packed';
import type { MatchPattern, PatternList } from '../match/types';
import { actorStrengths, type Strength } from './evidence-strength';
import type { Alias, Dataset } from './schema';

/** Bits of a name's flags. */
export const NAME_FLAGS = {
  caseSensitive: 1,
  foldDiacritics: 2,
  properCase: 4,
  gated: 8,
  blocker: 16,
  signal: 32,
} as const;

/** `[text, index into actorIds (-1 for a blocker), flags]`. */
export type IndexedName = readonly [text: string, actor: number, flags: number];

export interface MatchIndex {
  readonly actorIds: readonly string[];
  /** Per actor (same order): the display name, for announcements without the record. */
  readonly displayNames: readonly string[];
  /** Per actor: the strongest evidence among its claims, which the mark's style shows. */
  readonly strengths: readonly Strength[];
  readonly names: readonly IndexedName[];
  readonly contextTerms: readonly string[];
}

/** The flags of one name, from its rule: exact case, proper-name case, CJK; gate; diacritics. */
export function nameFlags(alias: Pick<Alias, 'match' | 'foldDiacritics' | 'gate'>): number {
  let flags = 0;
  if (alias.match === 'exact') flags |= NAME_FLAGS.caseSensitive;
  if (alias.match === 'proper') flags |= NAME_FLAGS.properCase;
  if (alias.foldDiacritics ?? alias.match === 'proper') flags |= NAME_FLAGS.foldDiacritics;
  if (alias.gate !== undefined) flags |= NAME_FLAGS.gated;
  return flags;
}

export function compileMatchIndex(dataset: Dataset): MatchIndex {
  const actorIds: string[] = [];
  const displayNames: string[] = [];
  const strengths: Strength[] = [];
  const strengthOf = actorStrengths(dataset);
  const names: IndexedName[] = [];
  for (const actor of dataset.actors) {
    if (actor.names.length === 0) continue;
    const index = actorIds.push(actor.id) - 1;
    displayNames.push(actor.displayName);
    strengths.push(strengthOf.get(actor.id) ?? 'weak');
    // An ungated name of a hacker group tells the gate the text is about cyber operations.
    const signals = actor.kind === 'threat-group';
    for (const alias of actor.names) {
      const flags = nameFlags(alias);
      names.push([alias.text, index, signals && (flags & NAME_FLAGS.gated) === 0 ? flags | NAME_FLAGS.signal : flags]);
    }
  }
  for (const blocker of dataset.blockers ?? []) names.push([blocker.text, -1, nameFlags(blocker) | NAME_FLAGS.blocker]);
  const contextTerms = Object.values(dataset.contextTerms ?? {}).flatMap((terms) => terms ?? []);
  return { actorIds, displayNames, strengths, names, contextTerms };
}

/** The matcher's patterns for an index (blockers get an empty actor id; the finder drops them). */
export function patternsOf(index: MatchIndex): MatchPattern[] {
  return index.names.map(([text, actor, flags]) => patternOf(text, actor, flags, index.actorIds));
}

/** One pattern from its flags; every flag present, so all patterns share one object shape. */
function patternOf(text: string, actor: number, flags: number, actorIds: readonly string[]): MatchPattern {
  return {
    text,
    actorId: actor < 0 ? '' : (actorIds[actor] ?? ''),
    caseSensitive: (flags & NAME_FLAGS.caseSensitive) !== 0,
    foldDiacritics: (flags & NAME_FLAGS.foldDiacritics) !== 0,
    properCase: (flags & NAME_FLAGS.properCase) !== 0,
    gated: (flags & NAME_FLAGS.gated) !== 0,
    blocker: (flags & NAME_FLAGS.blocker) !== 0,
    signal: (flags & NAME_FLAGS.signal) !== 0,
  };
}

/**
 * The match index as the background sends it to a page: strings and bytes only, and the names
 * already compiled (`compileNames`, packed by `packCompiledNames`). A page's content script is a
 * fresh, cold script world; handing it the trie ready-made keeps its start-up nearly as short with
 * a thousand names as with fifty, and strings cross the message channel far cheaper than a
 * thousand small arrays.
 */
export interface PackedMatchIndex {
  /** Newline-joined (no name, id or term holds a line break: `packMatchIndex` checks). */
  readonly actorIds: string;
  readonly displayNames: string;
  readonly strengths: string;
  readonly names: string;
  /**
   * The context terms a page looks for as substrings (Chinese, Japanese, Korean: `isSubstringTerm`).
   * The word-bounded ones are keys of `compiled`, so the page never sorts the vocabulary itself.
   */
  readonly substringTerms: string;
  /** One UTF-16 unit per name: its actor's index + 1 (0 for a blocker), and its flags. */
  readonly nameActors: string;
  readonly nameFlags: string;
  /** `packCompiledNames(compileNames(patternsOf(index), index.contextTerms))`. */
  readonly compiled: Uint8Array;
}

/** What a page works with: the index's lists, its names as patterns, and the compiled names. */
export interface OpenedMatchIndex extends Omit<MatchIndex, 'names' | 'contextTerms'> {
  /** Made one by one on first use (a page meets a few of the names; making all is a cold loop). */
  readonly patterns: PatternList;
  /** Some name is gated (read from the flags, without making the patterns). */
  readonly hasGated: boolean;
  /** `PackedMatchIndex.substringTerms`; the other context terms are in `compiled`. */
  readonly substringTerms: readonly string[];
  readonly compiled: CompiledNames;
}

/** The packed names as patterns, each made when first asked for. */
class PackedPatterns implements PatternList {
  private readonly made: (MatchPattern | undefined)[];

  constructor(
    private readonly texts: readonly string[],
    private readonly actors: string,
    private readonly flags: string,
    private readonly actorIds: readonly string[],
  ) {
    this.made = new Array<MatchPattern | undefined>(texts.length);
  }

  get length(): number {
    return this.texts.length;
  }

  at(index: number): MatchPattern | undefined {
    if (index < 0 || index >= this.texts.length) return undefined;
    return (this.made[index] ??= patternOf(
      this.texts[index] as string,
      this.actors.charCodeAt(index) - 1,
      this.flags.charCodeAt(index),
      this.actorIds,
    ));
  }
}

const SEPARATOR = '\n';

function joinLines(what: string, values: readonly string[]): string {
  const bad = values.find((value) => value.includes(SEPARATOR));
  if (bad !== undefined) throw new Error(`match index: a line break in ${what} ${JSON.stringify(bad)}`);
  return values.join(SEPARATOR);
}

/** Small numbers as one UTF-16 unit each (a loop: spreading a long list would overflow the stack). */
function unitsOf(values: readonly number[]): string {
  let units = '';
  for (const value of values) units += String.fromCharCode(value);
  return units;
}

/** Arguments per `Math.min`/`Math.max` call: far below any engine's limit on an argument list. */
const EXTREMES_CHUNK = 8192;

/**
 * The smallest and largest of `values` (0, -1 when empty), asked of `Math.min`/`Math.max` a chunk
 * at a time: in a page's cold script, an indexed loop over a thousand values costs more.
 */
function extremes(values: Int32Array): [number, number] {
  let lowest = 0;
  let highest = -1;
  for (let at = 0; at < values.length; at += EXTREMES_CHUNK) {
    const chunk = values.subarray(at, at + EXTREMES_CHUNK) as unknown as number[];
    lowest = Math.min(at === 0 ? Infinity : lowest, Math.min.apply(null, chunk));
    highest = Math.max(highest, Math.max.apply(null, chunk));
  }
  return [lowest, highest];
}

const splitLines = (joined: string): string[] => (joined === '' ? [] : joined.split(SEPARATOR));

export function packMatchIndex(index: MatchIndex): PackedMatchIndex {
  if (index.actorIds.length >= 0xffff) throw new Error(`match index: ${index.actorIds.length} actors, at most 65,534 fit`);
  return {
    actorIds: joinLines('actor id', index.actorIds),
    displayNames: joinLines('display name', index.displayNames),
    strengths: joinLines('strength', index.strengths),
    names: joinLines(
      'name',
      index.names.map(([text]) => text),
    ),
    substringTerms: joinLines('context term', index.contextTerms.filter(isSubstringTerm)),
    nameActors: unitsOf(index.names.map(([, actor]) => actor + 1)),
    nameFlags: unitsOf(index.names.map(([, , flags]) => flags)),
    compiled: packCompiledNames(compileNames(patternsOf(index), index.contextTerms)),
  };
}

/** Throws an Error saying what does not fit when `packed` is not a whole packing. */
export function openMatchIndex(packed: PackedMatchIndex): OpenedMatchIndex {
  const actorIds = splitLines(packed.actorIds);
  const texts = splitLines(packed.names);
  if (packed.nameActors.length !== texts.length || packed.nameFlags.length !== texts.length) {
    throw new Error(`match index: ${texts.length} names but ${packed.nameActors.length} actors and ${packed.nameFlags.length} flags`);
  }
  const compiled = unpackCompiledNames(packed.compiled);
  const [lowest, highest] = extremes(compiled.members);
  if (lowest < 0 || highest >= texts.length) {
    throw new Error(`match index: compiled names refer to names ${lowest} to ${highest} of ${texts.length}`);
  }
  let hasGated = false;
  for (let i = 0; i < texts.length && !hasGated; i++) hasGated = (packed.nameFlags.charCodeAt(i) & NAME_FLAGS.gated) !== 0;
  return {
    actorIds,
    displayNames: splitLines(packed.displayNames),
    strengths: splitLines(packed.strengths) as Strength[],
    patterns: new PackedPatterns(texts, packed.nameActors, packed.nameFlags, actorIds),
    hasGated,
    substringTerms: splitLines(packed.substringTerms),
    compiled,
  };
}
