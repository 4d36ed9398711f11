/**
 * What the content script needs to find names, and nothing else: every name with its actor and
 * rule flags, the blockers, and the context vocabulary. The background compiles it once per
 * dataset and sends it to each page; the records themselves (claims, quotes, sources) stay in the
 * background and travel only when a card opens (`sliceForActor`).
 *
 * Compact on purpose: names are `[text, actor index, flags]` tuples, so the message stays small
 * at field scale (over a thousand names) and needs no per-page parsing beyond JSON.
 */
import type { MatchPattern } from '../match/types';
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
  return index.names.map(([text, actor, flags]) => ({
    text,
    actorId: actor < 0 ? '' : (index.actorIds[actor] ?? ''),
    caseSensitive: (flags & NAME_FLAGS.caseSensitive) !== 0,
    foldDiacritics: (flags & NAME_FLAGS.foldDiacritics) !== 0,
    ...((flags & NAME_FLAGS.properCase) !== 0 ? { properCase: true } : {}),
    ...((flags & NAME_FLAGS.gated) !== 0 ? { gated: true } : {}),
    ...((flags & NAME_FLAGS.blocker) !== 0 ? { blocker: true } : {}),
    ...((flags & NAME_FLAGS.signal) !== 0 ? { signal: true } : {}),
  }));
}
