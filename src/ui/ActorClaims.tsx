/**
 * What Counterclaim knows about one actor: who they are, then every claim they take part in —
 * claim → responses → evidence → sources. Shared by the hover card and the popup.
 *
 * Every dataset string is rendered as a Preact text child, never as HTML (the build also disables
 * `dangerouslySetInnerHTML`). Only absolute http(s) URLs become links, opening in a new tab with
 * `rel="noopener noreferrer"`. Class names start with `cc-`; the styles are in `claims.css`.
 */
import type { ActorClaimLink, DatasetIndex } from '../data/dataset-index';
import type { Actor, EvidenceAssessment, Response, SourceRef } from '../data/schema';
import { orderClaimsForActor, orderResponses } from './claim-order';
import {
  EVIDENCE_LABELS,
  EVIDENCE_MEANINGS,
  KIND_LABELS,
  ROLE_LABELS,
  STANCE_LABELS,
  TIER_LABELS,
  formatPartialDate,
} from './labels';
import { linkableUrl } from './safe-url';

export interface ActorClaimsProps {
  index: DatasetIndex;
  actorId: string;
  /** Actors named on the current page: their claims come first. Omit outside a page. */
  presentActorIds?: ReadonlySet<string>;
  /** Id for the actor's name heading, so a dialog can point `aria-labelledby` at it. */
  headingId?: string;
}

/** Aliases written in a non-Latin script (Chinese, …): shown under the name. */
function nativeNames(actor: Actor): string[] {
  const seen = new Set<string>();
  for (const alias of actor.names) if (alias.lang !== 'en' && alias.lang !== 'und') seen.add(alias.text);
  return [...seen];
}

function actorName(index: DatasetIndex, id: string): string {
  return index.actorsById.get(id)?.displayName ?? id;
}

function namesOf(index: DatasetIndex, ids: readonly string[]): string {
  return ids.map((id) => actorName(index, id)).join(', ');
}

/** The actor's header and their claims, most relevant first. */
export function ActorClaims({ index, actorId, presentActorIds, headingId }: ActorClaimsProps) {
  const actor = index.actorsById.get(actorId);
  if (!actor) return <p class="cc-empty">No record for this name.</p>;
  const links = orderClaimsForActor(index, actorId, presentActorIds);
  const native = nativeNames(actor);
  return (
    <article class="cc-actor">
      <header class="cc-actor-head">
        <h2 class="cc-name" id={headingId}>
          {actor.displayName}
        </h2>
        {native.length > 0 && (
          <p class="cc-native" lang="zh">
            {native.join(' · ')}
          </p>
        )}
        <p class="cc-meta">
          {KIND_LABELS[actor.kind] ?? actor.kind} · {actor.affiliation}
        </p>
      </header>
      {links.length === 0 ? (
        <p class="cc-empty">No claims recorded for {actor.displayName}.</p>
      ) : (
        <ol class="cc-claims">
          {links.map((link) => (
            <li key={link.claim.id}>
              <ClaimView index={index} link={link} />
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}

export interface ClaimViewProps {
  index: DatasetIndex;
  /** The claim and the roles the card's actor has in it. */
  link: ActorClaimLink;
}

/** One claim: role, claimant → accused, what and when, responses, evidence, sources. */
export function ClaimView({ index, link }: ClaimViewProps) {
  const { claim, roles } = link;
  const responses = orderResponses(claim, index.responsesByClaim.get(claim.id) ?? []);
  const evidence = index.evidenceByClaim.get(claim.id);
  const episode = claim.episode === undefined ? undefined : index.episodesById.get(claim.episode);
  return (
    <section class="cc-claim">
      <p class="cc-role">
        {roles.length > 0 && <span class="cc-role-label">{roles.map((role) => ROLE_LABELS[role]).join(' · ')} · </span>}
        {episode && <span class="cc-episode">{episode.title}</span>}
      </p>
      <p class="cc-parties">
        <strong>{namesOf(index, claim.claimants)}</strong>
        <span aria-hidden="true"> → </span>
        <span class="cc-sr"> accused </span>
        <strong>{namesOf(index, claim.accused)}</strong>
      </p>
      <p class="cc-summary">{claim.summary}</p>
      <p class="cc-date">
        Claimed {formatPartialDate(claim.date)}
        {claim.dateNote && <span class="cc-note"> ({claim.dateNote})</span>}
      </p>
      {claim.note && <p class="cc-note">{claim.note}</p>}
      <h3 class="cc-sub">Responses</h3>
      {responses.length === 0 ? (
        <p class="cc-empty">No response recorded.</p>
      ) : (
        <ul class="cc-responses">
          {responses.map((response) => (
            <ResponseView key={response.id} index={index} response={response} />
          ))}
        </ul>
      )}
      <EvidenceBadge assessment={evidence} />
      <SourceList index={index} refs={[...claim.sourceRefs, ...responses.flatMap((r) => r.sourceRefs), ...(evidence?.sourceRefs ?? [])]} />
    </section>
  );
}

function ResponseView({ index, response }: { index: DatasetIndex; response: Response }) {
  return (
    <li class="cc-response">
      <p class="cc-response-head">
        <span class={`cc-stance cc-stance-${response.stance}`}>{STANCE_LABELS[response.stance] ?? response.stance}</span>{' '}
        <strong>{actorName(index, response.by)}</strong>, {formatPartialDate(response.date)}
      </p>
      {response.sourceRefs.map((ref, i) => (
        <blockquote class="cc-quote" key={i}>
          <p>“{ref.quote}”</p>
          <footer class="cc-quote-source">— {index.sourcesById.get(ref.sourceId)?.publisher ?? ref.sourceId}</footer>
        </blockquote>
      ))}
    </li>
  );
}

export interface EvidenceBadgeProps {
  assessment: EvidenceAssessment | undefined;
}

/** The evidence status with its rubric meaning and the curators' rationale. */
export function EvidenceBadge({ assessment }: EvidenceBadgeProps) {
  const status = assessment?.status ?? 'not-assessed';
  return (
    <div class="cc-evidence">
      <p>
        <span class={`cc-badge cc-badge-${status}`}>Evidence: {EVIDENCE_LABELS[status] ?? status}</span>
      </p>
      <p class="cc-meaning">{EVIDENCE_MEANINGS[status] ?? ''}</p>
      {assessment && <p class="cc-rationale">{assessment.rationale}</p>}
    </div>
  );
}

function SourceList({ index, refs }: { index: DatasetIndex; refs: readonly SourceRef[] }) {
  const ids = [...new Set(refs.map((ref) => ref.sourceId))];
  if (ids.length === 0) return null;
  return (
    <>
      <h3 class="cc-sub">Sources</h3>
      <ul class="cc-sources">
        {ids.map((id) => {
          const source = index.sourcesById.get(id);
          if (!source) return <li key={id}>{id}</li>;
          const href = linkableUrl(source.url);
          const label = source.title ? `${source.publisher}: ${source.title}` : source.publisher;
          return (
            <li key={id}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {label}
                </a>
              ) : (
                <span>
                  {label} <span class="cc-url">({source.url})</span>
                </span>
              )}
              <span class="cc-source-meta">
                {' '}
                · {formatPartialDate(source.date)} · {TIER_LABELS[source.tier] ?? source.tier}
                {source.httpNote && ` · not encrypted (http): ${source.httpNote}`}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
