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
  v.pipe(v.string(`${what} must be a string`), v.regex(PARTIAL_DATE_PATTERN, `${what} must be YYYY-MM-DD, YYYY-MM, YYYY or "unknown"`));

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
  'organization',
] as const;

/** Language/script tag of an alias; `zh` means the same characters in both Chinese scripts. */
export const ALIAS_LANGS = ['en', 'zh-Hans', 'zh-Hant', 'zh', 'ru', 'ko', 'und'] as const;

/**
 * How an alias may match page text (its case rule).
 * - `exact`: exact case (MSS, NSB, APT-Q-20, Microsoft's element names ZINC and STRONTIUM, and
 *   CamelCase code names like GreenSpot or menuPass).
 * - `proper`: proper-name case: every capital of the alias is a capital in the text ("Fancy Bear",
 *   "FANCY BEAR"; not "fancy bear", not "Fancy bear").
 * - `cjk`: Chinese characters, matched exactly and only where the segmenter sees a word edge.
 */
export const ALIAS_MATCH_KINDS = ['exact', 'proper', 'cjk'] as const;

/**
 * Context gates an alias may carry. `cyber`: the name is an ordinary word or a shared acronym and
 * is highlighted only where the text is about cyber operations (see `contextTerms`).
 */
export const ALIAS_GATES = ['cyber'] as const;

/** Catalogues whose ids an actor may cite. */
export const CATALOGUE_SCHEMES = ['mitre-attack', 'microsoft', 'misp'] as const;

/** What an attribution claim rests on, as its sources describe it. */
export const CLAIM_BASES = [
  'indictment',
  'advisory',
  'sanctions',
  'government-statement',
  'police-statement',
  'vendor-report',
  'unnamed-officials',
  'catalogue',
  'media-report',
] as const;

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
export const SOURCE_LANGS = ['en', 'zh-Hans', 'zh-Hant', 'ru', 'ko'] as const;

/** One alias of an actor, with how the matcher may use it. */
export const AliasSchema = v.strictObject({
  text: text(MAX_ALIAS_LENGTH, 'alias text'),
  lang: v.picklist(ALIAS_LANGS, `lang must be one of ${ALIAS_LANGS.join(', ')}`),
  match: v.picklist(ALIAS_MATCH_KINDS, `match must be one of ${ALIAS_MATCH_KINDS.join(', ')}`),
  /** Fold diacritics when matching; defaults to true for `proper`, false otherwise. */
  foldDiacritics: v.optional(v.boolean('foldDiacritics must be true or false')),
  /** Set on both aliases when two actors legitimately share the same text. */
  shared: v.optional(v.boolean('shared must be true or false')),
  /** Highlight only where the context passes this gate (ordinary words, shared acronyms). */
  gate: v.optional(v.picklist(ALIAS_GATES, `gate must be one of ${ALIAS_GATES.join(', ')}`)),
  /** Who uses this name (actor ids of vendors, agencies, governments). */
  usedBy: v.optional(list(id('usedBy'), 'usedBy')),
  /** The public page that states this name for this actor (a catalogue page, a report). */
  sourceId: v.optional(id('sourceId')),
});

/** An id of the actor in a public catalogue (ATT&CK G0007, Microsoft "Forest Blizzard"). */
export const CatalogueIdSchema = v.strictObject({
  scheme: v.picklist(CATALOGUE_SCHEMES, `scheme must be one of ${CATALOGUE_SCHEMES.join(', ')}`),
  id: text(MAX_ALIAS_LENGTH, 'catalogue id'),
  sourceId: id('sourceId'),
});

/** A source says two clusters overlap; recorded instead of merging them. */
export const OverlapSchema = v.strictObject({
  actor: id('overlapping actor'),
  sourceId: id('sourceId'),
  note: v.optional(text(MAX_PROSE_LENGTH, 'overlap note')),
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
  catalogue: v.optional(list(CatalogueIdSchema, 'catalogue')),
  overlaps: v.optional(list(OverlapSchema, 'overlaps')),
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
  /** The episode it belongs to; a standalone attribution (a catalogue entry) has none. */
  episode: v.optional(id('episode')),
  claimants: list(id('claimant'), 'claimants', 1),
  accused: list(id('accused'), 'accused', 1),
  summary: text(MAX_PROSE_LENGTH, 'summary'),
  date: partialDate('date'),
  dateNote: v.optional(text(MAX_PROSE_LENGTH, 'dateNote')),
  /** Shown on the card: discrepancies between sources, what was not found. */
  note: v.optional(text(MAX_PROSE_LENGTH, 'note')),
  /** What the claim rests on, as its sources describe it. */
  basis: v.optional(list(v.picklist(CLAIM_BASES, `basis must be one of ${CLAIM_BASES.join(', ')}`), 'basis')),
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
  url: v.pipe(v.string('url must be a string'), v.maxLength(MAX_URL_LENGTH, `url is too long (max ${MAX_URL_LENGTH} characters)`)),
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

/** Languages of the context vocabulary. */
export const CONTEXT_LANGS = ['en', 'zh-Hans', 'zh-Hant', 'ru', 'ko'] as const;

/**
 * Words that make a text "about cyber operations" for gated names (hack, malware, 黑客 …), per
 * language. Matched with proper-name rules relaxed: case-insensitive for Latin, exact for CJK.
 */
export const ContextTermsSchema = v.strictObject(
  Object.fromEntries(
    CONTEXT_LANGS.map((lang) => [lang, v.optional(list(text(MAX_ALIAS_LENGTH, 'context term'), `contextTerms.${lang}`))]),
  ) as {
    [K in (typeof CONTEXT_LANGS)[number]]: v.OptionalSchema<ReturnType<typeof list<ReturnType<typeof text>>>, undefined>;
  },
);

/**
 * A phrase that claims the text before any alias can (leftmost-longest) and highlights nothing:
 * 国家安全部门 is "state security departments", not the ministry 国家安全部.
 */
export const BlockerSchema = v.strictObject({
  text: text(MAX_ALIAS_LENGTH, 'blocker text'),
  lang: v.picklist(ALIAS_LANGS, `lang must be one of ${ALIAS_LANGS.join(', ')}`),
  match: v.picklist(ALIAS_MATCH_KINDS, `match must be one of ${ALIAS_MATCH_KINDS.join(', ')}`),
  /** Why the phrase is not the actor. */
  note: text(MAX_PROSE_LENGTH, 'blocker note'),
});

/** The whole dataset as bundled and as curated. */
export const DatasetSchema = v.strictObject({
  version: v.pipe(v.string('version must be a string'), v.regex(SEMVER_PATTERN, 'version must be semver like 1.0.0')),
  asOf: v.pipe(v.string('asOf must be a string'), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'asOf must be YYYY-MM-DD')),
  /** May be empty: a catalogue attribution needs no episode. */
  episodes: list(EpisodeSchema, 'episodes'),
  actors: list(ActorSchema, 'actors', 1),
  claims: list(ClaimSchema, 'claims', 1),
  responses: list(ResponseSchema, 'responses'),
  evidence: list(EvidenceAssessmentSchema, 'evidence'),
  sources: list(SourceSchema, 'sources', 1),
  contextTerms: v.optional(ContextTermsSchema),
  blockers: v.optional(list(BlockerSchema, 'blockers')),
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
export type AliasGate = (typeof ALIAS_GATES)[number];
export type ClaimBasis = (typeof CLAIM_BASES)[number];
export type CatalogueId = v.InferOutput<typeof CatalogueIdSchema>;
export type Overlap = v.InferOutput<typeof OverlapSchema>;
export type Blocker = v.InferOutput<typeof BlockerSchema>;
export type ContextTerms = v.InferOutput<typeof ContextTermsSchema>;
export type Stance = (typeof STANCES)[number];
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];
export type SourceTier = (typeof SOURCE_TIERS)[number];
/** `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `unknown`. */
export type PartialDate = string;
