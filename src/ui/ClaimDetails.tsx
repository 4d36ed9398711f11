/**
 * Everything on record for one claim, below its glance: the full summary, when and on what it
 * was made, the accuser's own words, every response with its quotes, the evidence assessment,
 * the sources (with titles where known) and the episode's timeline. Every quote names its
 * source; only absolute http(s) URLs become links, opening in a new tab without opener or
 * referrer.
 */
import type { DatasetIndex } from '../data/dataset-index';
import type { Claim, EvidenceAssessment, Response, SourceRef } from '../data/schema';
import { t, uiLanguage } from '../shared/i18n';
import { compareDatesAsc } from './claim-glance';
import { orderResponses } from './claim-order';
import { DataText } from './DataText';
import { Names } from './Glance';
import { Interpolate } from './Interpolate';
import { basisLabel, evidenceLabel, evidenceMeaning, formatPartialDate, stanceLabel, stanceTone, tierLabel } from './labels';
import { DATASET_LANG, nameOf } from './names';
import { linkableUrl } from './safe-url';
import { Timeline } from './Timeline';

export interface ClaimDetailsProps {
  index: DatasetIndex;
  claim: Claim;
  /** The hovered or listed actor: their own response comes first. */
  actorId?: string;
  /** Draw the episode's timeline (off where the page draws it once for many claims). */
  timeline?: boolean;
}

/**
 * Claims of the same episode, oldest first; the claim alone if it has none. With `actorId`, only
 * those involving the actor: all a card's data slice holds, so the card draws the same picture
 * whether it was given a slice or the whole dataset.
 */
export function episodeClaims(index: DatasetIndex, claim: Claim, actorId?: string): Claim[] {
  if (claim.episode === undefined) return [claim];
  const pool = actorId === undefined ? [...index.claimsById.values()] : (index.claimsByActor.get(actorId) ?? []).map((link) => link.claim);
  const claims = pool.filter((c) => c.episode === claim.episode);
  return claims.sort((a, b) => compareDatesAsc(a.date, b.date));
}

export function ClaimDetails({ index, claim, actorId, timeline = true }: ClaimDetailsProps) {
  const responses = orderResponses(claim, index.responsesByClaim.get(claim.id) ?? [], actorId);
  const evidence = index.evidenceByClaim.get(claim.id);
  const episode = claim.episode === undefined ? undefined : index.episodesById.get(claim.episode);
  return (
    <div class="cc-details">
      <p class="cc-summary">
        <DataText text={claim.summary} lang={DATASET_LANG} />
      </p>
      <p class="cc-meta-line">
        {t('claimed_on', formatPartialDate(claim.date))}
        {claim.dateNote && (
          <>
            {' ('}
            <DataText text={claim.dateNote} lang={DATASET_LANG} />
            {')'}
          </>
        )}
        {claim.basis && claim.basis.length > 0 && <> · {t('basis_label', claim.basis.map(basisLabel).join(t('list_separator')))}</>}
      </p>
      {episode && (
        <p class="cc-meta-line">
          <Interpolate message="episode_label">
            <DataText text={episode.title} lang={DATASET_LANG} />
          </Interpolate>
        </p>
      )}
      {claim.note && (
        <p class="cc-note">
          <DataText text={claim.note} lang={DATASET_LANG} />
        </p>
      )}
      <h3 class="cc-sub">{t('accuser_words')}</h3>
      <Quotes index={index} refs={claim.sourceRefs} />
      <h3 class="cc-sub">{t('responses_title')}</h3>
      {responses.length === 0 ? (
        <p class="cc-empty">{t('stance_none_recorded')}</p>
      ) : (
        <ul class="cc-responses">
          {responses.map((response) => (
            <ResponseView key={response.id} index={index} response={response} />
          ))}
        </ul>
      )}
      <h3 class="cc-sub">{t('evidence_title')}</h3>
      <EvidencePanel assessment={evidence} />
      {timeline && (
        <>
          <h3 class="cc-sub">{t('timeline_title')}</h3>
          <Timeline index={index} claims={episodeClaims(index, claim, actorId)} />
        </>
      )}
      <SourceList index={index} refs={[...claim.sourceRefs, ...responses.flatMap((r) => r.sourceRefs), ...(evidence?.sourceRefs ?? [])]} />
    </div>
  );
}

function ResponseView({ index, response }: { index: DatasetIndex; response: Response }) {
  return (
    <li class="cc-response">
      <p class="cc-response-head">
        <span class={`cc-stance cc-tone-${stanceTone(response.stance)}`}>{stanceLabel(response.stance)}</span>{' '}
        <strong>
          <Names names={[nameOf(index, response.by, uiLanguage())]} />
        </strong>
        {' · '}
        {formatPartialDate(response.date)}
      </p>
      <p class="cc-response-summary">
        <DataText text={response.summary} lang={DATASET_LANG} />
      </p>
      <Quotes index={index} refs={response.sourceRefs} />
    </li>
  );
}

/** Verbatim quotes, each with the publisher (linked), date and tier of its source. */
function Quotes({ index, refs }: { index: DatasetIndex; refs: readonly SourceRef[] }) {
  return (
    <>
      {refs.map((ref, i) => {
        const source = index.sourcesById.get(ref.sourceId);
        return (
          <blockquote class="cc-quote" key={i}>
            <p>
              “<DataText text={ref.quote} lang={source?.lang ?? DATASET_LANG} />”
            </p>
            <footer class="cc-quote-source">
              {'— '}
              <SourceName index={index} sourceId={ref.sourceId} />
              {source && (
                <>
                  {' · '}
                  {formatPartialDate(source.date)} · {tierLabel(source.tier)}
                </>
              )}
            </footer>
          </blockquote>
        );
      })}
    </>
  );
}

/** A source's publisher as a link to it (http(s) only), or as text. */
function SourceName({ index, sourceId }: { index: DatasetIndex; sourceId: string }) {
  const source = index.sourcesById.get(sourceId);
  if (!source) return <DataText text={sourceId} lang={DATASET_LANG} />;
  const href = linkableUrl(source.url);
  const name = <DataText text={source.publisher} lang={DATASET_LANG} />;
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {name}
    </a>
  ) : (
    name
  );
}

export interface EvidencePanelProps {
  assessment: EvidenceAssessment | undefined;
}

/** The evidence status with its rubric meaning and the curators' rationale. */
export function EvidencePanel({ assessment }: EvidencePanelProps) {
  const status = assessment?.status ?? 'not-assessed';
  return (
    <div class="cc-evidence">
      <p>
        <span class={`cc-badge cc-badge-${status}`}>{evidenceLabel(status)}</span>
      </p>
      <p class="cc-meaning">{evidenceMeaning(status)}</p>
      {assessment && (
        <p class="cc-rationale">
          <DataText text={assessment.rationale} lang={DATASET_LANG} />
        </p>
      )}
    </div>
  );
}

/** Every source cited for the claim, once each: publisher, title where known, date, tier. */
function SourceList({ index, refs }: { index: DatasetIndex; refs: readonly SourceRef[] }) {
  const ids = [...new Set(refs.map((ref) => ref.sourceId))];
  if (ids.length === 0) return null;
  return (
    <>
      <h3 class="cc-sub">{t('sources_title')}</h3>
      <ul class="cc-sources">
        {ids.map((id) => {
          const source = index.sourcesById.get(id);
          if (!source) return <li key={id}>{id}</li>;
          const href = linkableUrl(source.url);
          const label = (
            <>
              <DataText text={source.publisher} lang={DATASET_LANG} />
              {source.title && (
                <>
                  {': '}
                  <DataText text={source.title} lang={source.lang} />
                </>
              )}
            </>
          );
          return (
            <li key={id}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {label}
                </a>
              ) : (
                <span>
                  {label} (<DataText class="cc-url" text={source.url} lang={DATASET_LANG} />)
                </span>
              )}
              <span class="cc-source-meta">
                {' · '}
                {formatPartialDate(source.date)} · {tierLabel(source.tier)}
                {source.httpNote && (
                  <>
                    {' · '}
                    <Interpolate message="not_encrypted">
                      <DataText text={source.httpNote} lang={DATASET_LANG} />
                    </Interpolate>
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
