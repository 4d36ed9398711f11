/**
 * Dataset statistics for curators and closing notes (`counterclaim stats [--json]`): what the data
 * covers and how its names are ruled. Pure: takes a validated dataset, returns plain counts.
 */
import type { Actor, Dataset } from './schema';

export interface DatasetStats {
  actors: { total: number; byKind: Record<string, number> };
  /** Threat groups whose claims accuse a state, counted per state (a group may count for two). */
  groups: { total: number; stateLinked: number; byState: Record<string, number>; withClaim: number; withoutClaim: string[] };
  names: {
    total: number;
    byLang: Record<string, number>;
    byRule: Record<string, number>;
    gated: number;
    shared: number;
    withUsedBy: number;
    withSource: number;
  };
  blockers: number;
  contextTerms: Record<string, number>;
  episodes: number;
  claims: { total: number; byClaimantKind: Record<string, number>; byBasis: Record<string, number>; accusingState: number };
  responses: { total: number; byStance: Record<string, number> };
  evidence: { total: number; byStatus: Record<string, number> };
  sources: { total: number; byTier: Record<string, number>; withTitle: number };
  quotes: number;
}

function bump(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

export function datasetStats(dataset: Dataset): DatasetStats {
  const actorsById = new Map<string, Actor>(dataset.actors.map((a) => [a.id, a]));
  const kindOf = (id: string) => actorsById.get(id)?.kind ?? 'unknown';
  const byKind: Record<string, number> = {};
  const names = {
    total: 0,
    byLang: {} as Record<string, number>,
    byRule: {} as Record<string, number>,
    gated: 0,
    shared: 0,
    withUsedBy: 0,
    withSource: 0,
  };
  for (const actor of dataset.actors) {
    bump(byKind, actor.kind);
    for (const alias of actor.names) {
      names.total++;
      bump(names.byLang, alias.lang);
      bump(names.byRule, alias.gate === undefined ? alias.match : `${alias.match}+${alias.gate}`);
      if (alias.gate !== undefined) names.gated++;
      if (alias.shared === true) names.shared++;
      if ((alias.usedBy?.length ?? 0) > 0) names.withUsedBy++;
      if (alias.sourceId !== undefined) names.withSource++;
    }
  }
  const statesOfGroup = new Map<string, Set<string>>();
  const claimedGroups = new Set<string>();
  const claims = {
    total: dataset.claims.length,
    byClaimantKind: {} as Record<string, number>,
    byBasis: {} as Record<string, number>,
    accusingState: 0,
  };
  for (const claim of dataset.claims) {
    for (const kind of new Set(claim.claimants.map(kindOf))) bump(claims.byClaimantKind, kind);
    for (const basis of claim.basis ?? ['unstated']) bump(claims.byBasis, basis);
    const states = claim.accused.filter((id) => kindOf(id) === 'state');
    if (states.length > 0) claims.accusingState++;
    for (const id of claim.accused.filter((a) => kindOf(a) === 'threat-group')) {
      claimedGroups.add(id);
      const set = statesOfGroup.get(id) ?? new Set<string>();
      states.forEach((s) => set.add(s));
      statesOfGroup.set(id, set);
    }
  }
  const groupIds = dataset.actors.filter((a) => a.kind === 'threat-group').map((a) => a.id);
  const byState: Record<string, number> = {};
  for (const states of statesOfGroup.values()) states.forEach((s) => bump(byState, s));
  const byStance: Record<string, number> = {};
  dataset.responses.forEach((r) => bump(byStance, r.stance));
  const byStatus: Record<string, number> = {};
  dataset.evidence.forEach((e) => bump(byStatus, e.status));
  const byTier: Record<string, number> = {};
  dataset.sources.forEach((s) => bump(byTier, s.tier));
  const contextTerms: Record<string, number> = {};
  for (const [lang, terms] of Object.entries(dataset.contextTerms ?? {})) contextTerms[lang] = terms?.length ?? 0;
  const quotes = [...dataset.claims, ...dataset.responses, ...dataset.evidence].reduce((n, item) => n + item.sourceRefs.length, 0);
  return {
    actors: { total: dataset.actors.length, byKind },
    groups: {
      total: groupIds.length,
      stateLinked: groupIds.filter((id) => (statesOfGroup.get(id)?.size ?? 0) > 0).length,
      byState,
      withClaim: groupIds.filter((id) => claimedGroups.has(id)).length,
      withoutClaim: groupIds.filter((id) => !claimedGroups.has(id)),
    },
    names,
    blockers: dataset.blockers?.length ?? 0,
    contextTerms,
    episodes: dataset.episodes.length,
    claims,
    responses: { total: dataset.responses.length, byStance },
    evidence: { total: dataset.evidence.length, byStatus },
    sources: { total: dataset.sources.length, byTier, withTitle: dataset.sources.filter((s) => s.title !== null).length },
    quotes,
  };
}

/** The stats as indented text lines, largest counts first. */
export function formatStats(stats: DatasetStats): string[] {
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  return [
    `actors ${stats.actors.total}: ${list(stats.actors.byKind)}`,
    `groups ${stats.groups.total}, state-linked ${stats.groups.stateLinked}, with a claim ${stats.groups.withClaim}`,
    `  by accused state: ${list(stats.groups.byState)}`,
    ...(stats.groups.withoutClaim.length > 0 ? [`  without a claim: ${stats.groups.withoutClaim.join(', ')}`] : []),
    `names ${stats.names.total} (gated ${stats.names.gated}, shared ${stats.names.shared}, with users ${stats.names.withUsedBy}, with a source ${stats.names.withSource})`,
    `  by language: ${list(stats.names.byLang)}`,
    `  by rule: ${list(stats.names.byRule)}`,
    `blockers ${stats.blockers}; context terms: ${list(stats.contextTerms)}`,
    `episodes ${stats.episodes}`,
    `claims ${stats.claims.total}, accusing a state ${stats.claims.accusingState}`,
    `  by claimant kind: ${list(stats.claims.byClaimantKind)}`,
    `  by basis: ${list(stats.claims.byBasis)}`,
    `responses ${stats.responses.total}: ${list(stats.responses.byStance)}`,
    `evidence ${stats.evidence.total}: ${list(stats.evidence.byStatus)}`,
    `sources ${stats.sources.total} (with a title ${stats.sources.withTitle}): ${list(stats.sources.byTier)}`,
    `quotes ${stats.quotes}`,
  ];
}
