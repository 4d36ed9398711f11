/**
 * One episode's page: its timeline (every claim and response on a date axis), then each claim
 * with its full record — the accuser's words, every response, the evidence and the sources.
 */
import type { DatasetIndex } from '../data/dataset-index';
import { t } from '../shared/i18n';
import { compareDatesAsc } from '../ui/claim-glance';
import { DataText } from '../ui/DataText';
import { DATASET_LANG } from '../ui/names';
import { Timeline } from '../ui/Timeline';
import { NotFound } from './ActorPage';
import { ClaimEntry } from './ClaimEntry';

export function EpisodePage({ index, episodeId }: { index: DatasetIndex; episodeId: string }) {
  const episode = index.episodesById.get(episodeId);
  if (!episode) return <NotFound id={episodeId} />;
  const claims = index.dataset.claims.filter((claim) => claim.episode === episodeId).sort((a, b) => compareDatesAsc(a.date, b.date));
  return (
    <article class="ex-page" data-testid="episode-page" data-episode-id={episode.id}>
      <p class="ex-back">
        <a href="#claims">← {t('explore_back')}</a>
      </p>
      <p class="ex-kicker">{t('explore_episode_kicker')}</p>
      <h2 class="ex-title" id="episode-title">
        <DataText text={episode.title} lang={DATASET_LANG} />
      </h2>
      <h3 class="ex-section-title">{t('timeline_title')}</h3>
      <Timeline index={index} claims={claims} width={640} />
      <h3 class="ex-section-title">{t('explore_in_episode')}</h3>
      <ol class="ex-list">
        {claims.map((claim) => (
          <li key={claim.id}>
            <ClaimEntry index={index} claim={claim} inEpisode open />
          </li>
        ))}
      </ol>
    </article>
  );
}
