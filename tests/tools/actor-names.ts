import type { PageActorSummary } from '../../src/shared/messages';

/** One line per actor found: display name, kind and mention count. */
export function describeActors(actors: readonly PageActorSummary[]): string[] {
  return actors.map((actor) => `${actor.actorId}: ${actor.mentionCount} mention(s)`);
}
