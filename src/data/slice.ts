/**
 * One actor's share of the dataset: what its card shows, and nothing more. The actor; every claim
 * it makes, is accused in, or responds to; those claims' responses, evidence and episodes; the
 * sources all of these cite (names' sources, catalogue pages, overlaps too); and every actor they
 * mention, for names. The card builds its index from this, so a page never holds the dataset.
 */
import type { Dataset, SourceRef } from './schema';

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
  for (const alias of actor.names) alias.usedBy?.forEach((id) => actorIds.add(id));
  const sourceIds = new Set<string>();
  const cite = (refs: readonly SourceRef[]) => refs.forEach((r) => sourceIds.add(r.sourceId));
  [...claims, ...responses, ...evidence].forEach((item) => cite(item.sourceRefs));
  actor.names.forEach((alias) => alias.sourceId !== undefined && sourceIds.add(alias.sourceId));
  actor.catalogue?.forEach((entry) => sourceIds.add(entry.sourceId));
  actor.overlaps?.forEach((overlap) => sourceIds.add(overlap.sourceId));
  const sources = dataset.sources.filter((s) => sourceIds.has(s.id));
  sources.forEach((s) => s.publisherId !== undefined && actorIds.add(s.publisherId));
  return {
    version: dataset.version,
    asOf: dataset.asOf,
    episodes: dataset.episodes.filter((e) => episodeIds.has(e.id)),
    actors: dataset.actors.filter((a) => actorIds.has(a.id)),
    claims,
    responses,
    evidence,
    sources,
  };
}
