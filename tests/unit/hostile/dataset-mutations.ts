/**
 * Seeded generator of malformed datasets for the hostile-input suites (issue 7).
 *
 * Every case starts from the real bundled dataset (valid) and applies one mutation chosen so the
 * result is invalid by construction: a wrong type, a missing required field, an unknown field, a
 * dangling reference, a duplicate id, a huge string/list/object, deep nesting, a lone surrogate,
 * a prototype key, a bad enum/date/URL/id, or a non-JSON value. Each case says where the problem is
 * (`path`, a JSON path) so a test can check that the validator points at it.
 *
 * Seeded (not `Math.random`) so a failure names a case that reproduces exactly.
 */

export type JsonPath = readonly (string | number)[];

export interface MutationCase {
  /** Stable name, e.g. `wrong-type#17`, for the failure message. */
  name: string;
  category: MutationCategory;
  input: unknown;
  /**
   * Where the problem was planted. The validator must report a problem at this path, under it,
   * or at one of its ancestors other than the root (a missing field is reported at its parent
   * object; a dangling reference at the reference). `null` when the problem is the whole input.
   */
  path: JsonPath | null;
}

export const MUTATION_CATEGORIES = [
  'wrong-type',
  'missing-field',
  'unknown-field',
  'dangling-ref',
  'duplicate-id',
  'huge-string',
  'huge-collection',
  'deep-nesting',
  'lone-surrogate',
  'prototype-key',
  'bad-format',
  'not-json',
] as const;

export type MutationCategory = (typeof MUTATION_CATEGORIES)[number];

/** mulberry32: small, fast, good enough to spread mutations; not for anything secret. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
type JsonObject = Record<string, unknown>;

function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(random() * items.length)] as T;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fields the schema marks optional (or nullable): removing them, or nulling them, can stay valid. */
const OPTIONAL_FIELDS = new Set([
  'foldDiacritics',
  'shared',
  'dateNote',
  'note',
  'httpNote',
  'publisherId',
  'episode',
  'gate',
  'usedBy',
  'sourceId',
  'basis',
  'catalogue',
  'overlaps',
  'contextTerms',
  'blockers',
]);

/** Reference fields and the list whose ids they must name. */
const REFERENCE_FIELDS: Record<string, true> = { episode: true, claimId: true, by: true, sourceId: true, publisherId: true };
const REFERENCE_LISTS = new Set(['claimants', 'accused']);

const ID_LISTS = ['episodes', 'actors', 'claims', 'responses', 'sources'] as const;

interface Location {
  path: JsonPath;
  value: unknown;
}

/** Every value in `root` with its path (the root itself excluded). */
function locations(root: unknown): Location[] {
  const out: Location[] = [];
  const visit = (value: unknown, path: JsonPath): void => {
    if (path.length > 0) out.push({ path, value });
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (isObject(value)) for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(root, []);
  return out;
}

function parentOf(root: unknown, path: JsonPath): { parent: JsonObject | unknown[]; key: string | number } {
  let node: unknown = root;
  for (const part of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[part];
  return { parent: node as JsonObject | unknown[], key: path[path.length - 1] as string | number };
}

function setAt(root: unknown, path: JsonPath, value: unknown): void {
  const { parent, key } = parentOf(root, path);
  (parent as Record<string | number, unknown>)[key] = value;
}

function lastKey(path: JsonPath): string | number | undefined {
  return path[path.length - 1];
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const WRONG_VALUES: readonly unknown[] = [0, -1, 3.5, Number.MAX_SAFE_INTEGER, true, false, {}, [], { text: 'x' }, [1, 2, 3], ['a']];

/** Replace a value with one of another JSON type (never null: `title` is nullable). */
function wrongType(random: Random, base: unknown): Omit<MutationCase, 'name' | 'category'> {
  const target = pick(random, locations(base));
  const candidates = WRONG_VALUES.filter((value) => typeName(value) !== typeName(target.value));
  setAt(base, target.path, structuredClone(pick(random, candidates)));
  return { input: base, path: target.path };
}

function missingField(random: Random, base: unknown): Omit<MutationCase, 'name' | 'category'> {
  const fields = locations(base).filter((loc) => typeof lastKey(loc.path) === 'string' && !OPTIONAL_FIELDS.has(String(lastKey(loc.path))));
  const target = pick(random, fields);
  const { parent, key } = parentOf(base, target.path);
  delete (parent as JsonObject)[key as string];
  return { input: base, path: target.path };
}

const UNKNOWN_KEYS = ['extra', 'Id', 'names ', 'onerror', 'évidence', '', '0', 'toString', 'hasOwnProperty', 'valueOf'];

function unknownField(random: Random, base: unknown): Omit<MutationCase, 'name' | 'category'> {
  const objects = [{ path: [] as JsonPath, value: base }, ...locations(base)].filter((loc) => isObject(loc.value));
  const target = pick(random, objects);
  const key = pick(random, UNKNOWN_KEYS);
  (target.value as JsonObject)[key] = pick(random, ['x', 1, null, {}, []]);
  return { input: base, path: [...target.path, key] };
}

function isReference(path: JsonPath): boolean {
  const key = lastKey(path);
  if (typeof key === 'string') return REFERENCE_FIELDS[key] === true;
  const listKey = path[path.length - 2];
  return typeof listKey === 'string' && REFERENCE_LISTS.has(listKey);
}

function danglingRef(random: Random, base: unknown): Omit<MutationCase, 'name' | 'category'> {
  const refs = locations(base).filter((loc) => typeof loc.value === 'string' && isReference(loc.path));
  const target = pick(random, refs);
  setAt(base, target.path, `missing-${Math.floor(random() * 1e6)}`);
  return { input: base, path: target.path };
}

function duplicateId(random: Random, base: unknown): Omit<MutationCase, 'name' | 'category'> {
  const root = base as Record<string, JsonObject[]>;
  const lists = ID_LISTS.filter((name) => (root[name]?.length ?? 0) >= 2);
  const name = pick(random, lists);
  const list = root[name] as JsonObject[];
  const from = Math.floor(random() * list.length);
  let to = Math.floor(random() * (list.length - 1));
  if (to >= from) to += 1;
  (list[to] as JsonObject).id = (list[from] as JsonObject).id;
  // Either copy is the duplicate; the list is the common ancestor the report must point into.
  return { input: base, path: [name] };
}

const HUGE_LENGTHS = [10_001, 65_536, 1_000_000, 5_000_000];

function hugeString(random: Random, base: unknown): Omit<MutationCase, 'name' | 'category'> {
  const strings = locations(base).filter((loc) => typeof loc.value === 'string');
  const target = pick(random, strings);
  setAt(base, target.path, pick(random, ['A', 'é', '国', '<', ' ']).repeat(pick(random, HUGE_LENGTHS)));
  return { input: base, path: target.path };
}

function hugeCollection(random: Random, base: unknown): Omit<MutationCase, 'name' | 'category'> {
  const arrays = locations(base).filter((loc) => Array.isArray(loc.value) && (loc.value as unknown[]).length > 0);
  const objects = locations(base).filter((loc) => isObject(loc.value));
  const kind = Math.floor(random() * 3);
  if (kind === 0) {
    const target = pick(random, arrays);
    const item = (target.value as unknown[])[0];
    // One shared item: the validator walks every entry all the same, and the case builds fast.
    setAt(base, target.path, new Array(2001 + Math.floor(random() * 50_000)).fill(item));
    return { input: base, path: target.path };
  }
  if (kind === 1) {
    const target = pick(random, objects);
    for (let i = 0; i < 65 + Math.floor(random() * 500); i += 1) (target.value as JsonObject)[`k${i}`] = i;
    return { input: base, path: target.path };
  }
  // Over the total-values cap: many small arrays, each under the list cap.
  const target = pick(random, arrays);
  const inner = Array.from({ length: 150 }, (_, i) => i);
  setAt(base, target.path, new Array(1500).fill(inner));
  // The guard stops counting at the cap and reports it for the whole input.
  return { input: base, path: null };
}

/** A chain of `depth` nested arrays or objects, built iteratively (no recursion to overflow). */
export function deeplyNested(depth: number, asObject: boolean): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = asObject ? { child: value } : [value];
  return value;
}

function deepNesting(random: Random, base: unknown): Omit<MutationCase, 'name' | 'category'> {
  const target = pick(random, locations(base));
  setAt(base, target.path, deeplyNested(pick(random, [13, 50, 1000, 100_000]), random() < 0.5));
  return { input: base, path: target.path };
}

const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'abc\uD83D', '\uDE00xyz', 'a\uDC00\uD800b'];

function loneSurrogate(random: Random, base: unknown): Omit<MutationCase, 'name' | 'category'> {
  const strings = locations(base).filter((loc) => typeof loc.value === 'string');
  const target = pick(random, strings);
  const original = target.value as string;
  const at = Math.floor(random() * (original.length + 1));
  // Insert between whole code points only, so the planted surrogate is the only broken one.
  const safeAt = at > 0 && /[\uD800-\uDBFF]/.test(original[at - 1] ?? '') ? at + 1 : at;
  setAt(base, target.path, original.slice(0, safeAt) + pick(random, LONE_SURROGATES) + original.slice(safeAt));
  return { input: base, path: target.path };
}

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Adds `key` as an own property the way JSON.parse would (assignment would set the prototype). */
function defineOwn(target: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

function prototypeKey(random: Random, base: unknown): Omit<MutationCase, 'name' | 'category'> {
  const objects = [{ path: [] as JsonPath, value: base }, ...locations(base)].filter((loc) => isObject(loc.value));
  const target = pick(random, objects);
  const key = pick(random, PROTOTYPE_KEYS);
  defineOwn(target.value as JsonObject, key, pick<unknown>(random, [{ polluted: true }, { isAdmin: true, toString: 'x' }, 'x', null]));
  return { input: base, path: [...target.path, key] };
}

const BAD_FORMATS: Record<string, readonly string[]> = {
  id: ['Upper-Case', '-lead', 'trail-', 'a--b', 'has space', '1starts-digit', 'x'.repeat(49), '', 'ünïcode'],
  date: ['2025-13-01', '2025-02-30', '1899', '25-01-01', '2025/01/01', 'yesterday', '9999-12-31', ''],
  url: [
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.com/x',
    'https://localhost/a',
    'https://127.0.0.1/a',
    'https://user:pw@example.com/',
    'not a url',
    'https://exa mple.com',
    'vbscript:msgbox',
    'file:///etc/passwd',
  ],
  version: ['1', '1.0', 'v1.0.0', '1.0.0-beta', ''],
  asOf: ['2025-1-1', '26 Nov 2026', '', '2025-11-26T00:00:00Z'],
  kind: ['State', 'nation', '', 'threat group'],
  stance: ['deny', 'DENIES', ''],
  status: ['proven', ''],
  tier: ['tertiary', ''],
  lang: ['fr', 'zh-CN', 'EN', ''],
  match: ['regex', 'acronym', 'EXACT', ''],
};

function badFormat(random: Random, base: unknown): Omit<MutationCase, 'name' | 'category'> {
  const fields = locations(base).filter((loc) => {
    const key = lastKey(loc.path);
    return typeof loc.value === 'string' && typeof key === 'string' && key in BAD_FORMATS;
  });
  const target = pick(random, fields);
  const key = String(lastKey(target.path));
  const bad = BAD_FORMATS[key] as readonly string[];
  // `date` may legitimately be "unknown"; the bad values above are never valid.
  setAt(
    base,
    target.path,
    pick(
      random,
      bad.filter((value) => value !== target.value),
    ),
  );
  return { input: base, path: target.path };
}

class NotPlain {
  version = '1.0.0';
}

/** Inputs that are not a JSON object at all, or objects the guard must refuse to read. */
function notJson(random: Random, base: unknown): Omit<MutationCase, 'name' | 'category'> {
  const throwing = structuredClone(base) as JsonObject;
  Object.defineProperty(throwing, 'actors', {
    enumerable: true,
    get() {
      throw new Error('getter says no');
    },
  });
  const options: readonly (() => Omit<MutationCase, 'name' | 'category'>)[] = [
    () => ({ input: null, path: null }),
    () => ({ input: undefined, path: null }),
    () => ({ input: 42, path: null }),
    () => ({ input: 'dataset', path: null }),
    () => ({ input: [], path: null }),
    () => ({ input: [base], path: null }),
    () => ({ input: {}, path: null }),
    () => ({ input: new NotPlain(), path: null }),
    () => ({ input: new Map([['version', '1.0.0']]), path: null }),
    () => ({ input: throwing, path: null }),
    () => ({
      input: new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('proxy trap');
          },
        },
      ),
      path: null,
    }),
    () => {
      const target = pick(random, locations(base));
      setAt(base, target.path, pick(random, [new Date(0), /re/, () => 1, Symbol('s'), 10n, Number.NaN, Infinity]));
      return { input: base, path: target.path };
    },
  ];
  return pick(random, options)();
}

const MUTATORS: Record<MutationCategory, (random: Random, base: unknown) => Omit<MutationCase, 'name' | 'category'>> = {
  'wrong-type': wrongType,
  'missing-field': missingField,
  'unknown-field': unknownField,
  'dangling-ref': danglingRef,
  'duplicate-id': duplicateId,
  'huge-string': hugeString,
  'huge-collection': hugeCollection,
  'deep-nesting': deepNesting,
  'lone-surrogate': loneSurrogate,
  'prototype-key': prototypeKey,
  'bad-format': badFormat,
  'not-json': notJson,
};

/**
 * `perCategory` cases of `category`, from `valid` (not modified), reproducible from `seed`.
 * A generator, so a test holds one case at a time: some cases carry 5 MB strings.
 */
export function* generateMutations(valid: unknown, category: MutationCategory, perCategory: number, seed = 7): Generator<MutationCase> {
  const random = createRandom(seed + MUTATION_CATEGORIES.indexOf(category) * 7919);
  for (let i = 0; i < perCategory; i += 1) {
    const mutated = MUTATORS[category](random, structuredClone(valid));
    yield { name: `${category}#${i}`, category, ...mutated };
  }
}
