/**
 * The names under which each actor appears on a page ("Fancy Bear" and "APT28" are one group):
 * the popup shows one row per actor and says when the page uses several of its names. Pure.
 */
import { nameKey } from '../match/normalize';

/** Most distinct names reported per actor; the popup shows a few, never a page's worth. */
export const MAX_NAMES_PER_ACTOR = 5;

/** Distinct names per actor in page order, as first written on the page. */
export function namesByActor(mentions: Iterable<{ actorId: string; text: string }>, max = MAX_NAMES_PER_ACTOR): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const seen = new Map<string, Set<string>>();
  for (const { actorId, text } of mentions) {
    // Spellings the matcher treats as one name (case, width, dashes, spaces, accents) are one.
    const folded = nameKey(text);
    let keys = seen.get(actorId);
    if (!keys) {
      keys = new Set();
      seen.set(actorId, keys);
      out.set(actorId, []);
    }
    if (keys.has(folded) || keys.size >= max) continue;
    keys.add(folded);
    out.get(actorId)?.push(text);
  }
  return out;
}
