/**
 * Compares the dataset with an outside catalogue a curator supplies: a MISP galaxy cluster
 * (`{ "values": [{ "value", "meta": { "synonyms", "country", "cfr-suspected-state-sponsor" } }] }`)
 * or a STIX 2.1 bundle (`intrusion-set` objects with `aliases`, and `attributed-to` relationships
 * to `location` or `identity` objects). It lists, for a curator to review (never to apply blindly:
 * catalogues over-merge):
 * - groups there that share no name with any group here;
 * - names there that a matching group here lacks;
 * - one group there whose names belong to several groups here (or the reverse);
 * - a group attributed to a different state there and here.
 * Pure: the caller parses the file and passes the JSON.
 */
import { FULL_FOLD, normalizeAlias } from '../match/normalize';
import type { Dataset } from './schema';

/** One group of the outside catalogue, reduced to what is compared. */
export interface CatalogueGroup {
  readonly label: string;
  readonly names: readonly string[];
  readonly states: readonly string[];
}

export interface CrosscheckReport {
  readonly format: 'misp' | 'stix';
  readonly groupsThere: number;
  readonly missingGroups: string[];
  readonly missingNames: { group: string; actorId: string; names: string[] }[];
  readonly splitHere: { group: string; actorIds: string[] }[];
  readonly mergedHere: { actorId: string; groups: string[] }[];
  readonly stateConflicts: { group: string; actorId: string; there: string[]; here: string[] }[];
}

const fold = (name: string) => normalizeAlias(name, FULL_FOLD);

/** Country names and codes to one key, so "China", "CN" and "PRC" compare equal. */
const COUNTRY_KEYS: Record<string, string> = {
  china: 'cn',
  cn: 'cn',
  prc: 'cn',
  "people's republic of china": 'cn',
  russia: 'ru',
  ru: 'ru',
  'russian federation': 'ru',
  'north korea': 'kp',
  kp: 'kp',
  dprk: 'kp',
  "democratic people's republic of korea": 'kp',
  iran: 'ir',
  ir: 'ir',
  'islamic republic of iran': 'ir',
  'united states': 'us',
  us: 'us',
  usa: 'us',
  'united states of america': 'us',
  'south korea': 'kr',
  kr: 'kr',
  'republic of korea': 'kr',
  vietnam: 'vn',
  'viet nam': 'vn',
  vn: 'vn',
  india: 'in',
  in: 'in',
  pakistan: 'pk',
  pk: 'pk',
  belarus: 'by',
  by: 'by',
  lebanon: 'lb',
  lb: 'lb',
  taiwan: 'tw',
  tw: 'tw',
  turkey: 'tr',
  tr: 'tr',
  türkiye: 'tr',
  'united arab emirates': 'ae',
  uae: 'ae',
  ae: 'ae',
  israel: 'il',
  il: 'il',
  'united kingdom': 'gb',
  uk: 'gb',
  gb: 'gb',
};

export function countryKey(name: string): string {
  const key = name.trim().toLowerCase().replace(/^the /, '');
  return COUNTRY_KEYS[key] ?? key;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Reads a MISP cluster or a STIX bundle; undefined when the JSON is neither. */
export function readCatalogue(json: unknown): { format: 'misp' | 'stix'; groups: CatalogueGroup[] } | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const root = json as Record<string, unknown>;
  if (Array.isArray(root.values)) {
    const groups = root.values.flatMap((entry): CatalogueGroup[] => {
      if (typeof entry !== 'object' || entry === null) return [];
      const e = entry as { value?: unknown; meta?: Record<string, unknown> };
      if (typeof e.value !== 'string') return [];
      const label = e.value.replace(/ - G\d{4}$/, '');
      const meta = e.meta ?? {};
      const states = [
        ...strings(meta['cfr-suspected-state-sponsor']),
        ...(meta['cfr-suspected-state-sponsor'] === undefined ? strings(meta.country) : []),
      ];
      return [{ label, names: [label, ...strings(meta.synonyms)], states }];
    });
    return { format: 'misp', groups };
  }
  if (root.type === 'bundle' && Array.isArray(root.objects)) {
    const objects = root.objects.filter((o): o is Record<string, unknown> => typeof o === 'object' && o !== null);
    const byId = new Map(objects.map((o) => [String(o.id), o]));
    const attributed = new Map<string, string[]>();
    for (const rel of objects.filter((o) => o.type === 'relationship' && o.relationship_type === 'attributed-to')) {
      const target = byId.get(String(rel.target_ref));
      const named = target?.country ?? target?.name;
      const state = typeof named === 'string' ? named : undefined;
      if (state) attributed.set(String(rel.source_ref), [...(attributed.get(String(rel.source_ref)) ?? []), state]);
    }
    const groups = objects
      .filter((o) => o.type === 'intrusion-set' && typeof o.name === 'string')
      .map((o) => ({
        label: o.name as string,
        names: [o.name as string, ...strings(o.aliases)],
        states: attributed.get(String(o.id)) ?? [],
      }));
    return { format: 'stix', groups };
  }
  return undefined;
}

export function crosscheck(dataset: Dataset, catalogue: { format: 'misp' | 'stix'; groups: readonly CatalogueGroup[] }): CrosscheckReport {
  const groups = dataset.actors.filter((a) => a.kind === 'threat-group');
  const owner = new Map<string, Set<string>>();
  for (const actor of groups)
    for (const alias of actor.names) owner.set(fold(alias.text), (owner.get(fold(alias.text)) ?? new Set()).add(actor.id));
  for (const actor of groups) owner.set(fold(actor.displayName), (owner.get(fold(actor.displayName)) ?? new Set()).add(actor.id));
  const statesHere = statesOfGroups(dataset);
  const report: CrosscheckReport = {
    format: catalogue.format,
    groupsThere: catalogue.groups.length,
    missingGroups: [],
    missingNames: [],
    splitHere: [],
    mergedHere: [],
    stateConflicts: [],
  };
  const thereByActor = new Map<string, string[]>();
  for (const group of catalogue.groups) {
    const actorIds = new Set(group.names.flatMap((n) => [...(owner.get(fold(n)) ?? [])]));
    if (actorIds.size === 0) {
      report.missingGroups.push(group.label);
      continue;
    }
    if (actorIds.size > 1) report.splitHere.push({ group: group.label, actorIds: [...actorIds].sort() });
    for (const actorId of actorIds) {
      thereByActor.set(actorId, [...(thereByActor.get(actorId) ?? []), group.label]);
      const missing = [...new Set(group.names.filter((n) => !(owner.get(fold(n))?.has(actorId) ?? false)))];
      if (missing.length > 0 && actorIds.size === 1) report.missingNames.push({ group: group.label, actorId, names: missing });
      const there = [...new Set(group.states.map(countryKey))].sort();
      const here = [...(statesHere.get(actorId) ?? [])].sort();
      if (there.length > 0 && here.length > 0 && !there.some((s) => here.includes(s)))
        report.stateConflicts.push({ group: group.label, actorId, there, here });
    }
  }
  for (const [actorId, labels] of thereByActor) if (labels.length > 1) report.mergedHere.push({ actorId, groups: labels });
  return report;
}

/** Country keys of the states each group is accused with, from the claims. */
function statesOfGroups(dataset: Dataset): Map<string, Set<string>> {
  const states = new Map(dataset.actors.filter((a) => a.kind === 'state').map((a) => [a.id, a]));
  const out = new Map<string, Set<string>>();
  for (const claim of dataset.claims) {
    const keys = claim.accused
      .filter((id) => states.has(id))
      .map((id) => COUNTRY_KEYS[id] ?? countryKey(states.get(id)?.affiliation ?? id));
    for (const id of claim.accused) {
      if (states.has(id)) continue;
      const set = out.get(id) ?? new Set<string>();
      keys.forEach((k) => set.add(k));
      out.set(id, set);
    }
  }
  return out;
}

export function formatCrosscheck(report: CrosscheckReport): string[] {
  return [
    `${report.format}: ${report.groupsThere} groups there`,
    `groups there sharing no name with a group here (${report.missingGroups.length}): ${report.missingGroups.join(', ')}`,
    `names there missing here (${report.missingNames.length} groups):`,
    ...report.missingNames.map((m) => `  ${m.actorId} ← ${m.group}: ${m.names.join(', ')}`),
    `one group there, several here (${report.splitHere.length}):`,
    ...report.splitHere.map((s) => `  ${s.group} → ${s.actorIds.join(', ')}`),
    `one group here, several there (${report.mergedHere.length}):`,
    ...report.mergedHere.map((m) => `  ${m.actorId} ← ${m.groups.join(', ')}`),
    `attributed to different states (${report.stateConflicts.length}):`,
    ...report.stateConflicts.map((c) => `  ${c.actorId} (${c.group}): there ${c.there.join('/')}, here ${c.here.join('/')}`),
  ];
}
