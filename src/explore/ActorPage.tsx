/**
 * One actor's page: who they are and every name by who uses it, every claim they take part in
 * (from their perspective: their own response first), their responses, and the timeline of each
 * episode they appear in.
 */
import { useMemo } from 'preact/hooks';
import type { DatasetIndex } from '../data/dataset-index';
import type { Claim } from '../data/schema';
import { plural, t, uiLanguage } from '../shared/i18n';
import { ActorAbout, ActorHeader } from '../ui/ActorClaims';
import { episodeClaims } from '../ui/ClaimDetails';
import { DataText } from '../ui/DataText';
import { Parties } from '../ui/Glance';
import { formatPartialDate, stanceLabel, stanceTone } from '../ui/labels';
import { DATASET_LANG, primaryName } from '../ui/names';
import { Interpolate } from '../ui/Interpolate';
import { Timeline } from '../ui/Timeline';
import { ClaimEntry } from './ClaimEntry';
import { Paged } from './Paged';
import { episodeHref } from './route';

export const ACTOR_CLAIMS_PAGE_SIZE = 20;
/** Most episode timelines on one actor page (a state accused in every catalogue entry has hundreds of claims). */
export const MAX_TIMELINES = 12;

export function NotFound({ id }: { id: string }) {
  return (
    <div class="notice" data-testid="not-found">
      <p>{t('explore_not_found', id)}</p>
      <p>
        <a href="#claims">{t('explore_back')}</a>
      </p>
    </div>
  );
}

export function ActorPage({ index, actorId }: { index: DatasetIndex; actorId: string }) {
  const actor = index.actorsById.get(actorId);
  const links = index.claimsByActor.get(actorId) ?? [];
  const responses = useMemo(() => index.dataset.responses.filter((r) => r.by === actorId), [index, actorId]);
  const episodes = useMemo(() => {
    const seen = new Map<string, Claim>();
    for (const { claim } of links) if (claim.episode !== undefined && !seen.has(claim.episode)) seen.set(claim.episode, claim);
    return [...seen.values()].slice(0, MAX_TIMELINES);
  }, [links]);
  if (!actor) return <NotFound id={actorId} />;
  const name = primaryName(actor, uiLanguage());
  return (
    <article class="ex-page" data-testid="actor-page" data-actor-id={actor.id}>
      <p class="ex-back">
        <a href="#claims">← {t('explore_back')}</a>
      </p>
      <ActorHeader actor={actor} headingId="actor-title" />
      <ActorAbout index={index} actor={actor} unfolded />
      <section aria-labelledby="actor-claims-title">
        <h3 id="actor-claims-title" class="ex-section-title">
          {t('explore_claims_title')} ({links.length})
        </h3>
        {links.length === 0 ? (
          <p class="muted">{t('no_claims')}</p>
        ) : (
          <Paged
            items={links}
            pageSize={ACTOR_CLAIMS_PAGE_SIZE}
            resetKey={actorId}
            keyOf={(link) => link.claim.id}
            testId="actor-claims"
            render={(link) => <ClaimEntry index={index} claim={link.claim} actorId={actorId} />}
          />
        )}
      </section>
      {responses.length > 0 && (
        <section aria-labelledby="actor-responses-title">
          <h3 id="actor-responses-title" class="ex-section-title">
            <Interpolate message="explore_responses_by">
              <DataText text={name.text} lang={name.lang} />
            </Interpolate>{' '}
            ({plural('count_responses', responses.length)})
          </h3>
          <ul class="ex-responses" data-testid="actor-responses">
            {responses.map((response) => {
              const claim = index.claimsById.get(response.claimId);
              return (
                <li key={response.id}>
                  <span class={`cc-stance cc-tone-${stanceTone(response.stance)}`}>{stanceLabel(response.stance)}</span>{' '}
                  {formatPartialDate(response.date)}
                  {claim && (
                    <>
                      {' · '}
                      <Parties index={index} claim={claim} />
                    </>
                  )}
                  <p>
                    <DataText text={response.summary} lang={DATASET_LANG} />
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {episodes.length > 0 && (
        <section aria-labelledby="actor-timelines-title">
          <h3 id="actor-timelines-title" class="ex-section-title">
            {t('explore_timelines_title')}
          </h3>
          {episodes.map((claim) => {
            const episode = claim.episode === undefined ? undefined : index.episodesById.get(claim.episode);
            if (!episode) return null;
            return (
              <div key={episode.id} class="ex-timeline">
                <p class="ex-kicker">
                  <a href={episodeHref(episode.id)}>
                    <DataText text={episode.title} lang={DATASET_LANG} />
                  </a>
                </p>
                <Timeline index={index} claims={episodeClaims(index, claim)} width={640} />
              </div>
            );
          })}
        </section>
      )}
    </article>
  );
}
