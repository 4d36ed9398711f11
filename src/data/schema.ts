/**
 * The dataset schema: one valibot schema per record, and the TypeScript types derived from it.
 *
 * The schema checks shape and per-field format (ids, lengths, date forms, enums). Rules that need
 * the whole dataset — unique ids, references, alias collisions, https hosts — live in
 * `validate.ts`, which also guards against hostile input before this schema ever runs.
 */
import * as v from 'valibot';

/** Longest id; ids are short kebab-case handles, stable across releases. */
export const MAX_ID_LENGTH = 48;
/** Longest alias text; real names are far shorter, a longer "alias" is a data error. */
export const MAX_ALIAS_LENGTH = 120;
/** Longest one-line text (display name, title, publisher, description). */
export const MAX_LINE_LENGTH = 300;
/** Longest prose field (summaries, rationales, notes): a card shows one or two sentences. */
export const MAX_PROSE_LENGTH = 600;
/** Longest verbatim quote; the curation rule is "a sentence or two". */
export const MAX_QUOTE_LENGTH = 700;
/** Longest URL; the i-cable URLs are percent-encoded Chinese and run to ~330 characters. */
export const MAX_URL_LENGTH = 2048;
/** Most entries in one list; far above real needs, it bounds work on hostile input. */
export const MAX_LIST_LENGTH = 2000;

/** Stable id: lowercase ASCII letters, digits and single hyphens, starting with a letter. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * An honest date: `YYYY-MM-DD`, `YYYY-MM` (month known), `YYYY` (year known) or `unknown`.
 * The form itself carries the precision, so a partial date can never pose as a full one.
 */
export const PARTIAL_DATE_PATTERN = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|unknown)$/;

/** Semantic version of the dataset (major.minor.patch). */
export const SEMVER_PATTERN = /^\d+\.\d+\.\d+$/;

const text = (max: number, what: string) =>
  v.pipe(
    v.string(`${what} must be a string`),
    v.check((s) => s.trim().length > 0, `${what} must not be empty or only whitespace`),
    v.maxLength(max, `${what} is too long (max ${max} characters)`),
  );

const id = (what: string) =>
  v.pipe(
    v.string(`${what} must be a string id`),
    v.maxLength(MAX_ID_LENGTH, `${what} is too long (max ${MAX_ID_LENGTH} characters)`),
    v.regex(ID_PATTERN, `${what} must be kebab-case (a-z, 0-9, single hyphens, starting with a letter)`),
  );

const list = <T extends v.GenericSchema>(item: T, what: string, min = 0) =>
  v.pipe(
    v.array(item, `${what} must be an array`),
    v.minLength(min, `${what} needs at least ${min} entr${min === 1 ? 'y' : 'ies'}`),
    v.maxLength(MAX_LIST_LENGTH, `${what} has too many entries (max ${MAX_LIST_LENGTH})`),
  );

const partialDate = (what: string) =>
  v.pipe(
    v.string(`${what} must be a string`),
    v.regex(PARTIAL_DATE_PATTERN, `${what} must be YYYY-MM-DD, YYYY-MM, YYYY or "unknown"`),
  );

/** Kinds of actor; extend the list rather than overloading an existing kind. */
export const ACTOR_KINDS = [
  'state',
  'state-agency',
  'military-unit',
  'threat-group',
  'company',
  'government-official',
  'government-body',
  'law-enforcement',
  'researcher',
  'news-outlet',
] as const;

/** Language/script tag of an alias; `zh` means the same characters in both Chinese scripts. */
export const ALIAS_LANGS = ['en', 'zh-Hans', 'zh-Hant', 'zh', 'und'] as const;

/**
 * How an alias may match page text.
 * - `acronym`: case-sensitive (MSS, NSB, APT-Q-20, and CamelCase code names like GreenSpot).
 * - `name`: case-insensitive proper name.
 * - `cjk`: Chinese characters, matched exactly (no case, no word boundaries in running text).
 */
export const ALIAS_MATCH_KINDS = ['acronym', 'name', 'cjk'] as const;

/** What a response does to a claim; see docs/evidence-rubric.md. Separate from evidence status. */
export const STANCES = [
  'denies',
  'disputes',
  'counter-claims',
  'supports',
  'corroborates',
  'comments',
  'declines-to-comment',
  'did-not-respond',
  'no-response-found',
] as const;

/** Evidence status levels; definitions and the curator's tests are in docs/evidence-rubric.md. */
export const EVIDENCE_STATUSES = [
  'asserted',
  'claimant-indicators',
  'independently-corroborated',
  'unverifiable-by-press',
  'not-assessed',
] as const;

/** Source tiers from the research brief; the card shows them next to each quote. */
export const SOURCE_TIERS = ['primary', 'wire', 'state-media', 'secondary'] as const;

/** Languages a source may be written in. */
export const SOURCE_LANGS = ['en', 'zh-Hans', 'zh-Hant'] as const;

/** One alias of an actor, with how the matcher may use it. */
export const AliasSchema = v.strictObject({
  text: text(MAX_ALIAS_LENGTH, 'alias text'),
  lang: v.picklist(ALIAS_LANGS, `lang must be one of ${ALIAS_LANGS.join(', ')}`),
  match: v.picklist(ALIAS_MATCH_KINDS, `match must be one of ${ALIAS_MATCH_KINDS.join(', ')}`),
  /** Fold diacritics when matching; defaults to true for `name`, false otherwise. */
  foldDiacritics: v.optional(v.boolean('foldDiacritics must be true or false')),
  /** Set on both aliases when two actors legitimately share the same text. */
  shared: v.optional(v.boolean('shared must be true or false')),
});

/** A person, body, unit, group, firm or outlet that claims, is accused, or responds. */
export const ActorSchema = v.strictObject({
  id: id('actor id'),
  displayName: text(MAX_LINE_LENGTH, 'displayName'),
  kind: v.picklist(ACTOR_KINDS, `kind must be one of ${ACTOR_KINDS.join(', ')}`),
  /** Country or body the actor belongs to, in plain words ("PRC", "Taiwan", "United States"). */
  affiliation: text(MAX_LINE_LENGTH, 'affiliation'),
  description: text(MAX_LINE_LENGTH, 'description'),
  /** Matchable aliases; may be empty for actors deliberately kept out of page matching. */
  names: list(AliasSchema, 'names'),
});

/** A verbatim quote from one source; the quote-provenance test finds it in the stored text. */
export const SourceRefSchema = v.strictObject({
  sourceId: id('sourceId'),
  quote: text(MAX_QUOTE_LENGTH, 'quote'),
});

const sourceRefs = list(SourceRefSchema, 'sourceRefs', 1);

/** A named event that groups claims and their responses on the card. */
export const EpisodeSchema = v.strictObject({
  id: id('episode id'),
  title: text(MAX_LINE_LENGTH, 'episode title'),
});

/** An accusation: who claimed what against whom, when, and where it is reported. */
export const ClaimSchema = v.strictObject({
  id: id('claim id'),
  episode: id('episode'),
  claimants: list(id('claimant'), 'claimants', 1),
  accused: list(id('accused'), 'accused', 1),
  summary: text(MAX_PROSE_LENGTH, 'summary'),
  date: partialDate('date'),
  dateNote: v.optional(text(MAX_PROSE_LENGTH, 'dateNote')),
  /** Shown on the card: discrepancies between sources, what was not found. */
  note: v.optional(text(MAX_PROSE_LENGTH, 'note')),
  sourceRefs,
});

/** A response to one claim by one actor. */
export const ResponseSchema = v.strictObject({
  id: id('response id'),
  claimId: id('claimId'),
  by: id('by'),
  stance: v.picklist(STANCES, `stance must be one of ${STANCES.join(', ')}`),
  date: partialDate('date'),
  dateNote: v.optional(text(MAX_PROSE_LENGTH, 'dateNote')),
  summary: text(MAX_PROSE_LENGTH, 'summary'),
  sourceRefs,
});

/** The evidence status of one claim, per docs/evidence-rubric.md. */
export const EvidenceAssessmentSchema = v.strictObject({
  claimId: id('claimId'),
  status: v.picklist(EVIDENCE_STATUSES, `status must be one of ${EVIDENCE_STATUSES.join(', ')}`),
  rationale: text(MAX_PROSE_LENGTH, 'rationale'),
  sourceRefs,
});

/** Where a quote comes from. */
export const SourceSchema = v.strictObject({
  id: id('source id'),
  url: v.pipe(
    v.string('url must be a string'),
    v.maxLength(MAX_URL_LENGTH, `url is too long (max ${MAX_URL_LENGTH} characters)`),
  ),
  /**
   * Required exactly when `url` is http: why no https form is given. Kept rather than dropped so
   * the statement stays sourced; the card can warn before opening it.
   */
  httpNote: v.optional(text(MAX_PROSE_LENGTH, 'httpNote')),
  publisher: text(MAX_LINE_LENGTH, 'publisher'),
  /** The publisher's actor id, when the outlet is itself an actor the card can show. */
  publisherId: v.optional(id('publisherId')),
  title: v.nullable(text(MAX_LINE_LENGTH, 'title')),
  date: partialDate('date'),
  dateNote: v.optional(text(MAX_PROSE_LENGTH, 'dateNote')),
  tier: v.picklist(SOURCE_TIERS, `tier must be one of ${SOURCE_TIERS.join(', ')}`),
  lang: v.picklist(SOURCE_LANGS, `lang must be one of ${SOURCE_LANGS.join(', ')}`),
});

/** The whole dataset as bundled and as curated. */
export const DatasetSchema = v.strictObject({
  version: v.pipe(v.string('version must be a string'), v.regex(SEMVER_PATTERN, 'version must be semver like 1.0.0')),
  asOf: v.pipe(v.string('asOf must be a string'), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'asOf must be YYYY-MM-DD')),
  episodes: list(EpisodeSchema, 'episodes', 1),
  actors: list(ActorSchema, 'actors', 1),
  claims: list(ClaimSchema, 'claims', 1),
  responses: list(ResponseSchema, 'responses'),
  evidence: list(EvidenceAssessmentSchema, 'evidence'),
  sources: list(SourceSchema, 'sources', 1),
});

export type Alias = v.InferOutput<typeof AliasSchema>;
export type Actor = v.InferOutput<typeof ActorSchema>;
export type SourceRef = v.InferOutput<typeof SourceRefSchema>;
export type Episode = v.InferOutput<typeof EpisodeSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type Response = v.InferOutput<typeof ResponseSchema>;
export type EvidenceAssessment = v.InferOutput<typeof EvidenceAssessmentSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type AliasLang = (typeof ALIAS_LANGS)[number];
export type AliasMatch = (typeof ALIAS_MATCH_KINDS)[number];
export type Stance = (typeof STANCES)[number];
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];
export type SourceTier = (typeof SOURCE_TIERS)[number];
/** `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `unknown`. */
export type PartialDate = string;
