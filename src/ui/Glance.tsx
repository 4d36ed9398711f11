/**
 * A claim at a glance, in three short lines a reader takes in without scrolling:
 *   Claim     claimant → accused · date · what
 *   Response  [stance] responder: “short quote…”
 *   Evidence  [status] one-sentence reason
 * The full summary, every quote and source are one click away (ClaimDetails). Elements carry
 * `data-glance` so the end-to-end tests can measure that they sit inside the card's visible box.
 */
import { Fragment } from 'preact';
import type { DatasetIndex } from '../data/dataset-index';
import type { Claim } from '../data/schema';
import { t, uiLanguage } from '../shared/i18n';
import { DataText } from './DataText';
import { cutText, glanceOf } from './claim-glance';
import { evidenceLabel, formatPartialDate, stanceLabel, stanceTone } from './labels';
import { DATASET_LANG, shortNameOf, type ShownName } from './names';

/** Longest "what" after the parties and date (the line is clamped anyway; this bounds the DOM). */
const WHAT_MAX = 160;

export interface GlanceProps {
  index: DatasetIndex;
  claim: Claim;
  /** The hovered or listed actor: their own response comes first. Omit for a neutral view. */
  actorId?: string;
}

export function Names({ names }: { names: readonly ShownName[] }) {
  return (
    <>
      {names.map((name, i) => (
        <Fragment key={i}>
          {i > 0 && t('list_separator')}
          <DataText text={name.text} lang={name.lang} />
        </Fragment>
      ))}
    </>
  );
}

/** Claimant → accused, with the arrow read as "accused" by screen readers. */
export function Parties({ index, claim }: { index: DatasetIndex; claim: Claim }) {
  const language = uiLanguage();
  const short = (ids: readonly string[]) => ids.map((id) => shortNameOf(index, id, language));
  return (
    <span class="cc-parties">
      <strong>
        <Names names={short(claim.claimants)} />
      </strong>
      <span aria-hidden="true"> → </span>
      <span class="cc-sr"> {t('accused_sr')} </span>
      <strong>
        <Names names={short(claim.accused)} />
      </strong>
    </span>
  );
}

export function Glance({ index, claim, actorId }: GlanceProps) {
  const language = uiLanguage();
  const glance = glanceOf(index, claim, actorId ?? '');
  const { response, quote, evidence, reason } = glance;
  const status = evidence?.status ?? 'not-assessed';
  const stance = response?.stance ?? 'none';
  const quoteLang = quote ? (index.sourcesById.get(quote.sourceId)?.lang ?? DATASET_LANG) : DATASET_LANG;
  return (
    <dl class="cc-glance" data-claim-id={claim.id}>
      <div class="cc-gl-row">
        <dt>{t('glance_claim')}</dt>
        <dd data-glance="claim">
          <span data-glance="claimant">
            <Parties index={index} claim={claim} />
          </span>
          <span class="cc-gl-date"> · {formatPartialDate(claim.date, { short: true })}</span>
          {' · '}
          <DataText class="cc-gl-what" text={cutText(claim.summary, WHAT_MAX).text} lang={DATASET_LANG} />
        </dd>
      </div>
      <div class="cc-gl-row">
        <dt>{t('glance_response')}</dt>
        <dd data-glance="response">
          <span class={`cc-stance cc-tone-${stanceTone(stance)}`} data-glance="stance">
            {response ? stanceLabel(response.stance) : t('stance_none_recorded')}
          </span>
          {response && (
            <>
              {' '}
              <strong>
                <Names names={[shortNameOf(index, response.by, language)]} />
              </strong>
              {quote && (
                <>
                  {t('colon')}
                  <span class="cc-gl-quote">
                    “<DataText text={quote.text} lang={quoteLang} />”
                  </span>
                </>
              )}
            </>
          )}
        </dd>
      </div>
      <div class="cc-gl-row">
        <dt>{t('glance_evidence')}</dt>
        <dd data-glance="evidence-line">
          <span class={`cc-badge cc-badge-${status}`} data-glance="evidence">
            {evidenceLabel(status)}
          </span>
          {reason && (
            <>
              {' '}
              <DataText text={reason.text} lang={DATASET_LANG} />
            </>
          )}
        </dd>
      </div>
    </dl>
  );
}
