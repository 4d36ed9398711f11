/**
 * One actor's share of the dataset: what its card shows, and nothing more. The actor; every claim
 * it makes, is accused in, or responds to; those claims' responses, evidence and episodes; the
 * sources all of these cite (names' sources, catalogue pages, overlaps too); and every actor they
 * mention, for names (with their names' sources; other actors' overlaps stay out, they would
 * pull in actors the card never shows). The card builds its index from this, so a page never
 * holds the dataset. The slice is itself a valid dataset: every reference in it resolves.
 */
import type { Actor, Dataset, SourceRef } from './schema';

export function sliceForActor(dataset: Dataset, actorId: string): Dataset | undefined {
  const actor = dataset.actors.find((a) => a.id === actorId);
  if (actor === undefined) return undefined;
  const respondedTo = new Set(dataset.responses.filter((r) => r.by === actorId).map((r) => r.claimId));
  const claims = dataset.claims.filter((c) => c.claimants.includes(actorId) || c.accused.includes(actorId) || respondedTo.has(c.id));
  const claimIds = new Set(claims.map((c) => c.id));
  const responses = dataset.responses.filter((r) => claimIds.has(r.claimId));
  const evidence = dataset.evidence.filter((e) => claimIds.has(e.claimId));
  const episodeIds = new Set(claims.flatMap((c) => (c.episode === undefined ? [] : [c.episode])));
  const actorIds = new Set<string>([actorId]);
  for (const c of claims) [...c.claimants, ...c.accused].forEach((id) => actorIds.add(id));
  for (const r of responses) actorIds.add(r.by);
  for (const overlap of actor.overlaps ?? []) actorIds.add(overlap.actor);
  const sourceIds = new Set<string>();
  const cite = (refs: readonly SourceRef[]) => refs.forEach((r) => sourceIds.add(r.sourceId));
  [...claims, ...responses, ...evidence].forEach((item) => cite(item.sourceRefs));
  actor.overlaps?.forEach((overlap) => sourceIds.add(overlap.sourceId));
  // Close over what the records point at: the actors' names cite sources and name their users,
  // sources name their publishers, who have names of their own. A few rounds reach the fixed point.
  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a]));
  for (let size = -1; size !== actorIds.size + sourceIds.size;) {
    size = actorIds.size + sourceIds.size;
    for (const id of [...actorIds]) {
      const a = actorsById.get(id);
      a?.names.forEach((alias) => {
        if (alias.sourceId !== undefined) sourceIds.add(alias.sourceId);
        alias.usedBy?.forEach((user) => actorIds.add(user));
      });
      a?.catalogue?.forEach((entry) => sourceIds.add(entry.sourceId));
    }
    for (const id of sourceIds) {
      const publisher = sourcesById.get(id)?.publisherId;
      if (publisher !== undefined) actorIds.add(publisher);
    }
  }
  // Other actors' overlaps stay out: they would pull in actors this card never shows.
  const actors = dataset.actors
    .filter((a) => actorIds.has(a.id))
    .map((a) => {
      if (a.id === actorId || a.overlaps === undefined) return a;
      return Object.fromEntries(Object.entries(a).filter(([key]) => key !== 'overlaps')) as Actor;
    });
  const sources = dataset.sources.filter((s) => sourceIds.has(s.id));
  return {
    version: dataset.version,
    asOf: dataset.asOf,
    episodes: dataset.episodes.filter((e) => episodeIds.has(e.id)),
    actors,
    claims,
    responses,
    evidence,
    sources,
  };
}
