/**
 * What the three glance lines of a claim show: the response to put first, its most telling
 * quote cut short, the evidence reason in one sentence, and the date of the latest development.
 * Pure, and it relies only on what a card's data slice holds (the actor, the claims involving
 * them, those claims' responses, evidence and sources, and the actors they name).
 */
import type { DatasetIndex } from '../data/dataset-index';
import type { Claim, EvidenceAssessment, Response, SourceRef } from '../data/schema';
import { orderResponses } from './claim-order';

/** Longest quote on the response line, in characters (about two lines of the card). */
export const GLANCE_QUOTE_MAX = 110;
/** Longest evidence reason on the evidence line. */
export const GLANCE_REASON_MAX = 150;
/** Quotes shorter than this are fragments ("it said"), not the party's words. */
const MIN_TELLING_QUOTE = 24;

export interface Glance {
  claim: Claim;
  /** The response shown first, or undefined when none is recorded. */
  response: Response | undefined;
  /** A quote of that response, cut at a word with "…" when long. */
  quote: ShortText | undefined;
  evidence: EvidenceAssessment | undefined;
  /** The first sentence of the evidence rationale, cut when long. */
  reason: ShortText | undefined;
}

export interface ShortText {
  text: string;
  /** The source the text comes from (its language and publisher). */
  sourceId: string;
  /** True when `text` is a cut of a longer text. */
  cut: boolean;
}

/** What the glance of `claim` shows when `actorId` is the hovered actor. */
export function glanceOf(index: DatasetIndex, claim: Claim, actorId: string): Glance {
  const response = orderResponses(claim, index.responsesByClaim.get(claim.id) ?? [], actorId)[0];
  const evidence = index.evidenceByClaim.get(claim.id);
  const quoteRef = response ? tellingQuote(response.sourceRefs) : undefined;
  return {
    claim,
    response,
    quote: quoteRef ? { ...cutText(quoteRef.quote, GLANCE_QUOTE_MAX), sourceId: quoteRef.sourceId } : undefined,
    evidence,
    reason: evidence ? { ...cutText(firstSentence(evidence.rationale), GLANCE_REASON_MAX), sourceId: '' } : undefined,
  };
}

/**
 * The quote that says most in fewest words: the shortest that is not a fragment; the first when
 * all are fragments.
 */
export function tellingQuote(refs: readonly SourceRef[]): SourceRef | undefined {
  const telling = refs.filter((ref) => [...ref.quote].length >= MIN_TELLING_QUOTE);
  return [...telling].sort((a, b) => [...a.quote].length - [...b.quote].length)[0] ?? refs[0];
}

/** The first sentence of a text (Latin or CJK punctuation); the whole text if it has one. */
export function firstSentence(text: string): string {
  const match = /^.+?(?:[.!?](?=\s+\p{Lu})|[。！？])/su.exec(text.trim());
  return match ? match[0] : text.trim();
}

/**
 * `text` cut to at most `max` characters (code points) with "…", at a word boundary for
 * spaced scripts; CJK text, which has no spaces, is cut at the character.
 */
export function cutText(text: string, max: number): { text: string; cut: boolean } {
  const chars = [...text];
  if (chars.length <= max) return { text, cut: false };
  let head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  if (space > max * 0.6) head = head.slice(0, space);
  return { text: `${head.replace(/[\s,;:–—-]+$/u, '')}…`, cut: true };
}

/** Partial dates newest first, `unknown` last (string order compares the known prefix). */
export function compareDatesDesc(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'unknown') return 1;
  if (b === 'unknown') return -1;
  return a < b ? 1 : -1;
}

/** Partial dates oldest first, `unknown` last: the order of a timeline. */
export function compareDatesAsc(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'unknown') return 1;
  if (b === 'unknown') return -1;
  return a < b ? -1 : 1;
}

/** The latest known date among the claims involving an actor and their responses, or undefined. */
export function latestDevelopment(index: DatasetIndex, actorId: string): string | undefined {
  let latest: string | undefined;
  for (const { claim } of index.claimsByActor.get(actorId) ?? []) {
    const dates = [claim.date, ...(index.responsesByClaim.get(claim.id) ?? []).map((r) => r.date)];
    for (const date of dates) if (date !== 'unknown' && (latest === undefined || compareDatesDesc(date, latest) < 0)) latest = date;
  }
  return latest;
}
