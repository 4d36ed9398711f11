/**
 * Words the card and the popup show for the dataset's enums. One place, so the hover card and the
 * popup never describe the same status differently. The evidence meanings paraphrase
 * docs/evidence-rubric.md (the curators' rubric); keep them in step with it.
 */
import type { ActorKind, EvidenceStatus, SourceTier, Stance } from '../data/schema';

/** How the actor under the pointer takes part in a claim. */
export type ClaimRole = 'claimant' | 'accused' | 'responder';

export const ROLE_LABELS: Readonly<Record<ClaimRole, string>> = {
  claimant: 'Accuser',
  accused: 'Accused',
  responder: 'Responded',
};

export const KIND_LABELS: Readonly<Record<ActorKind, string>> = {
  state: 'State',
  'state-agency': 'State agency',
  'military-unit': 'Military unit',
  'threat-group': 'Hacker group',
  company: 'Company',
  'government-official': 'Government official',
  'government-body': 'Government body',
  'law-enforcement': 'Law enforcement',
  researcher: 'Researcher',
  'news-outlet': 'News outlet',
  organization: 'Organization',
};

export const STANCE_LABELS: Readonly<Record<Stance, string>> = {
  denies: 'Denied',
  disputes: 'Disputed',
  'counter-claims': 'Counter-accused',
  supports: 'Supported',
  corroborates: 'Corroborated',
  comments: 'Commented',
  'declines-to-comment': 'Declined to comment',
  'did-not-respond': 'Did not respond',
  'no-response-found': 'No response found',
};

export const EVIDENCE_LABELS: Readonly<Record<EvidenceStatus, string>> = {
  asserted: 'Asserted',
  'claimant-indicators': 'Claimant’s indicators',
  'independently-corroborated': 'Independently corroborated',
  'unverifiable-by-press': 'Unverifiable by the press',
  'not-assessed': 'Not assessed',
};

/** What each status means, in one sentence a reader can act on. */
export const EVIDENCE_MEANINGS: Readonly<Record<EvidenceStatus, string>> = {
  asserted: 'The accuser stated it without publishing technical evidence others could check.',
  'claimant-indicators':
    'The accuser published technical indicators, but no independent party has confirmed them.',
  'independently-corroborated': 'A party independent of the accuser published evidence that supports the claim.',
  'unverifiable-by-press': 'The evidence cited is not public, so journalists could not check it.',
  'not-assessed': 'The curators have not assessed the evidence for this claim yet.',
};

export const TIER_LABELS: Readonly<Record<SourceTier, string>> = {
  primary: 'primary source',
  wire: 'wire service',
  'state-media': 'state media',
  secondary: 'secondary source',
};

const MONTH_NAME = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

/**
 * A partial date as a reader says it, keeping its precision: `2025-03-17` → "17 March 2025",
 * `2025-03` → "March 2025", `2025` → "2025", `unknown` → "date unknown". Anything else is shown
 * as given (the dataset validator rejects it, but an import must never break the card).
 */
export function formatPartialDate(date: string): string {
  if (date === 'unknown') return 'date unknown';
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const monthNumber = Number(month);
  if (!month || monthNumber < 1 || monthNumber > 12) return year as string;
  const monthName = MONTH_NAME.format(Date.UTC(2000, monthNumber - 1, 1));
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
