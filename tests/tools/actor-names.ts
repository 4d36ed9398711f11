import { BUNDLED_DATASET } from '../../src/data/bundled-dataset';
import type { PageActorSummary } from '../../src/shared/messages';
import { kindLabel } from '../../src/ui/labels';

/** One line per actor found: display name, kind, affiliation and mention count. */
export function describeActors(actors: readonly PageActorSummary[]): string[] {
  const byId = new Map(BUNDLED_DATASET.actors.map((actor) => [actor.id, actor]));
  return actors.map((found) => {
    const actor = byId.get(found.actorId);
    if (!actor) return `${found.actorId}: ${found.mentionCount} mention(s)`;
    return `${actor.displayName} — ${kindLabel(actor.kind)}, ${actor.affiliation}: ${found.mentionCount} mention(s)`;
  });
}
