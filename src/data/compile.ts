/**
 * Compiles curated record files into one dataset.
 *
 * Curators edit one file per actor, group or episode under `src/data/records/` (see
 * docs/data-curation.md). Each file is a partial dataset: any of `actors`, `episodes`, `claims`,
 * `responses`, `evidence`, `sources`. `meta.json` carries `version`, `asOf`, `contextTerms` and
 * `blockers`. Compiling concatenates the lists in file order; a source may be defined in several
 * files (an article cited by two episodes) only if every definition is identical. The result is
 * then validated like any imported dataset, so problems point at the compiled path and the file.
 */
import type { Problem } from './validate';

/** One record file as read: its path (for messages) and its parsed JSON. */
export interface RecordFile {
  readonly path: string;
  readonly json: unknown;
}

const LISTS = ['episodes', 'actors', 'claims', 'responses', 'evidence', 'sources'] as const;
const META_KEYS = ['version', 'asOf', 'contextTerms', 'blockers'] as const;

/** The compiled (not yet validated) dataset, and problems found while compiling. */
export interface CompileResult {
  readonly dataset: Record<string, unknown>;
  readonly problems: Problem[];
  /** For each compiled record, `list[index]` → the file it came from. */
  readonly origin: ReadonlyMap<string, string>;
}

/** Merges record files; `meta` is the file holding version, asOf and the matcher vocabulary. */
export function compileRecords(meta: RecordFile, files: readonly RecordFile[]): CompileResult {
  const problems: Problem[] = [];
  const dataset: Record<string, unknown> = {};
  const origin = new Map<string, string>();
  const metaJson = asObject(meta, problems);
  for (const key of META_KEYS) if (metaJson[key] !== undefined) dataset[key] = metaJson[key];
  const lists: Record<string, unknown[]> = Object.fromEntries(LISTS.map((k) => [k, []]));
  const sourceDefs = new Map<string, { json: string; path: string }>();
  for (const file of files) {
    const json = asObject(file, problems);
    for (const key of Object.keys(json)) {
      if (!(LISTS as readonly string[]).includes(key))
        problems.push({ path: file.path, message: `unknown key "${key}"; a record file holds only ${LISTS.join(', ')}` });
    }
    for (const key of LISTS) {
      const items = json[key];
      if (items === undefined) continue;
      if (!Array.isArray(items)) {
        problems.push({ path: `${file.path}: ${key}`, message: 'must be an array' });
        continue;
      }
      for (const item of items) {
        if (key === 'sources' && !addSource(item, file.path, sourceDefs, problems)) continue;
        origin.set(`${key}[${lists[key]!.length}]`, file.path);
        lists[key]!.push(item);
      }
    }
  }
  for (const key of LISTS) dataset[key] = lists[key];
  return { dataset, problems, origin };
}

/** True when the source is new; a repeated identical definition is dropped, a differing one reported. */
function addSource(item: unknown, path: string, defs: Map<string, { json: string; path: string }>, problems: Problem[]): boolean {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  if (typeof id !== 'string') return true;
  const json = JSON.stringify(item);
  const prior = defs.get(id);
  if (prior === undefined) {
    defs.set(id, { json, path });
    return true;
  }
  if (prior.json !== json)
    problems.push({
      path: `${path}: sources "${id}"`,
      message: `differs from the definition in ${prior.path}; define a source once, or identically`,
    });
  return false;
}

function asObject(file: RecordFile, problems: Problem[]): Record<string, unknown> {
  if (typeof file.json === 'object' && file.json !== null && !Array.isArray(file.json)) return file.json as Record<string, unknown>;
  problems.push({ path: file.path, message: 'must be a JSON object' });
  return {};
}

/** Names the record file a validator path such as `$.claims[12].date` points into. */
export function fileOfPath(result: CompileResult, path: string): string | undefined {
  const match = /^\$\.(\w+)\[(\d+)\]/.exec(path);
  return match === null ? undefined : result.origin.get(`${match[1]}[${match[2]}]`);
}
