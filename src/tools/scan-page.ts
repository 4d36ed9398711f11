/**
 * `cli.ts scan <html-file|dir>…`: the content script's own text layer and name finder run over a
 * saved page, so a curator sees which actors a page would light up, and which claims involve them,
 * without a browser. Node only: the HTML is parsed by happy-dom with scripts and sub-resources
 * off (a saved page must not run or fetch anything).
 */
import { Window } from 'happy-dom';
import { collectTextRuns, findMentions } from '../content/page-text';
import { claimsForActor, createDatasetIndex, type ActorRole } from '../data/dataset-index';
import { compileMatchIndex } from '../data/match-index';
import type { Dataset } from '../data/schema';
import { createNameFinder } from '../match/finder';
import { openMatchIndexMessage, toMatchIndexMessage } from '../shared/match-index-wire';
import type { Matcher } from '../match/types';
import { MAX_MENTIONS_PER_PAGE } from '../match/limits';

export interface ScannedActor {
  actorId: string;
  displayName: string;
  mentions: number;
  /** The page's own spellings, in order of first appearance. */
  forms: string[];
}

export interface ScannedClaim {
  claimId: string;
  summary: string;
  /** How each actor found on the page takes part in the claim. */
  parties: { actorId: string; roles: ActorRole[] }[];
}

export interface ScanReport {
  mentions: number;
  capped: boolean;
  actors: ScannedActor[];
  claims: ScannedClaim[];
}

/**
 * A base URL for saved pages: relative links ("/page-data/…", `<link rel="preload" href="/…">`)
 * need one to resolve, or happy-dom throws from a timer after the scan. Nothing is fetched from it.
 */
const SAVED_PAGE_URL = 'http://saved-page.invalid/';

/**
 * Parse a saved page into a document with scripts, styles and sub-resources off. Every request the
 * parser would still make (preloads, images) is answered locally with an empty 204 before it
 * leaves, so a scan never touches the network and never fails later on a refused fetch.
 */
export function parseSavedPage(html: string): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url: SAVED_PAGE_URL,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
      fetch: {
        interceptor: {
          beforeAsyncRequest: ({ window: w }) => Promise.resolve(new w.Response(null, { status: 204 })),
          beforeSyncRequest: ({ window: w }) => ({
            status: 204,
            statusText: 'No Content',
            ok: true,
            url: SAVED_PAGE_URL,
            redirected: false,
            headers: new w.Headers(),
            body: null,
          }),
        },
      },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  // Closing is asynchronous: a loop over many pages should await it, or the windows pile up.
  return { document, close: () => window.happyDOM.close().catch(() => undefined) };
}

/** Each highlight the content script would make in `document`: its actor and the page's text. */
export function highlightsOf(
  document: Document,
  finder: Matcher,
): { actorId: string; text: string; run: string; start: number; end: number }[] {
  const runs = collectTextRuns(document.body ?? document.documentElement);
  return findMentions(runs, finder, { cap: MAX_MENTIONS_PER_PAGE }).map((m) => {
    const run = runs[m.runIndex]?.text ?? '';
    return { actorId: finder.patterns.at(m.patternIndex)?.actorId ?? '', text: run.slice(m.start, m.end), run, start: m.start, end: m.end };
  });
}

/** The content script's name finder for a dataset (match index → patterns and context terms). */
export function finderFor(dataset: Dataset): Matcher {
  // Packed and opened as the background and a page do, so tools and tests check what ships.
  return createNameFinder(openMatchIndexMessage(toMatchIndexMessage(compileMatchIndex(dataset))));
}

function collectActors(found: { actorId: string; text: string }[], dataset: Dataset): ScannedActor[] {
  const byId = new Map<string, ScannedActor>();
  const names = new Map(dataset.actors.map((actor) => [actor.id, actor.displayName]));
  for (const { actorId, text } of found) {
    let actor = byId.get(actorId);
    if (!actor) {
      actor = { actorId, displayName: names.get(actorId) ?? actorId, mentions: 0, forms: [] };
      byId.set(actorId, actor);
    }
    actor.mentions++;
    if (!actor.forms.includes(text)) actor.forms.push(text);
  }
  return [...byId.values()].sort((a, b) => b.mentions - a.mentions || a.displayName.localeCompare(b.displayName));
}

function collectClaims(actors: readonly ScannedActor[], dataset: Dataset): ScannedClaim[] {
  const index = createDatasetIndex(dataset);
  const claims = new Map<string, ScannedClaim>();
  for (const actor of actors) {
    for (const link of claimsForActor(index, actor.actorId)) {
      let claim = claims.get(link.claim.id);
      if (!claim) {
        claim = { claimId: link.claim.id, summary: link.claim.summary, parties: [] };
        claims.set(link.claim.id, claim);
      }
      claim.parties.push({ actorId: actor.actorId, roles: [...link.roles] });
    }
  }
  // Claims with more of their parties on the page first, as the card and popup order them.
  return [...claims.values()].sort((a, b) => b.parties.length - a.parties.length);
}

/** Scan one HTML document's text the way the content script does. */
export function scanHtml(html: string, dataset: Dataset, finder: Matcher = finderFor(dataset)): ScanReport {
  const { document, close } = parseSavedPage(html);
  try {
    const found = highlightsOf(document, finder);
    const actors = collectActors(found, dataset);
    return { mentions: found.length, capped: found.length >= MAX_MENTIONS_PER_PAGE, actors, claims: collectClaims(actors, dataset) };
  } finally {
    void close();
  }
}

/** Human-readable lines for a report. */
export function formatScanReport(report: ScanReport): string[] {
  const lines = [`${report.mentions} mention(s) of ${report.actors.length} actor(s)${report.capped ? ' (capped)' : ''}`];
  for (const actor of report.actors) {
    lines.push(`  ${actor.displayName} [${actor.actorId}] ×${actor.mentions}: ${actor.forms.join(' | ')}`);
  }
  if (report.claims.length > 0) lines.push(`${report.claims.length} claim(s) involving them:`);
  for (const claim of report.claims) {
    const parties = claim.parties.map((party) => `${party.actorId} (${party.roles.join('/')})`).join(', ');
    lines.push(`  ${claim.claimId}: ${claim.summary}`, `    on this page: ${parties}`);
  }
  return lines;
}
