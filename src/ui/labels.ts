/**
 * Words the card, the popup, the explore page and the options page show for the dataset's enums.
 * One place, so no two views describe the same status differently. Evidence labels and meanings
 * follow docs/evidence-rubric.md (the curators' rubric); the strings live in the i18n catalogue.
 */
import type { ActorKind, ClaimBasis, EvidenceStatus, SourceTier, Stance } from '../data/schema';
import { t, uiLocale, type MessageKey } from '../shared/i18n';

/** How the actor under the pointer takes part in a claim. */
export type ClaimRole = 'claimant' | 'accused' | 'responder';

/** `declines-to-comment` → `declines_to_comment`: the catalogue's keys use underscores. */
function keyOf(prefix: string, value: string): MessageKey {
  return `${prefix}_${value.replace(/-/g, '_')}` as MessageKey;
}

/** The catalogue's word for an enum value, or the value itself for one it does not know (an import). */
function label(prefix: string, value: string): string {
  const key = keyOf(prefix, value);
  const text = t(key);
  return text === key ? value : text;
}

export const roleLabel = (role: ClaimRole): string => label('role', role);
export const kindLabel = (kind: ActorKind): string => label('kind', kind);
export const stanceLabel = (stance: Stance): string => label('stance', stance);
export const evidenceLabel = (status: EvidenceStatus): string => label('evidence', status);
export const evidenceMeaning = (status: EvidenceStatus): string => label('meaning', status);
export const tierLabel = (tier: SourceTier): string => label('tier', tier);
export const basisLabel = (basis: ClaimBasis): string => label('basis', basis);

/** Stances that push back on a claim: shown in the "deny" colour. */
export const PUSHBACK_STANCES: ReadonlySet<Stance> = new Set<Stance>(['denies', 'disputes', 'counter-claims']);
/** Stances that back a claim. */
export const SUPPORT_STANCES: ReadonlySet<Stance> = new Set<Stance>(['supports', 'corroborates']);

/** Colour family of a stance chip: pushback, support, or neutral (comments, silence). */
export function stanceTone(stance: Stance | 'none'): 'pushback' | 'support' | 'neutral' {
  if (stance !== 'none' && PUSHBACK_STANCES.has(stance)) return 'pushback';
  if (stance !== 'none' && SUPPORT_STANCES.has(stance)) return 'support';
  return 'neutral';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/**
 * A partial date as a reader of `locale` says it, keeping its precision: `2025-03-17` → "17 March
 * 2025" / "2025年3月17日", `2025-03` → "March 2025" / "2025年3月", `2025` → "2025" / "2025年",
 * `unknown` → "date unknown". Anything else is shown as given (the validator rejects it, but an
 * import must never break the card). `short` abbreviates the month, for tight lines.
 */
export function formatPartialDate(date: string, options: { locale?: string; short?: boolean } = {}): string {
  if (date === 'unknown') return t('date_unknown');
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const locale = options.locale ?? uiLocale();
  const [, year, month, day] = match;
  const monthNumber = Number(month);
  const utc = Date.UTC(Number(year), month && monthNumber >= 1 && monthNumber <= 12 ? monthNumber - 1 : 0, day ? Number(day) : 1);
  if (!month || monthNumber < 1 || monthNumber > 12) return formatter(locale, { year: 'numeric' }).format(utc);
  const monthStyle = options.short ? 'short' : 'long';
  if (!day) return formatter(locale, { year: 'numeric', month: monthStyle }).format(utc);
  return formatter(locale, { year: 'numeric', month: monthStyle, day: 'numeric' }).format(utc);
}
