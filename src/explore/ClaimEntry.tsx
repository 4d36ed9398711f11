/**
 * One claim in the explore page's lists: its episode (a link to the episode page), the glance,
 * links to the parties' actor pages, and the full record one click away.
 */
import type { DatasetIndex } from '../data/dataset-index';
import type { Claim } from '../data/schema';
import { t, uiLanguage } from '../shared/i18n';
import { ClaimDetails } from '../ui/ClaimDetails';
import { DataText } from '../ui/DataText';
import { Disclosure } from '../ui/Disclosure';
import { Glance } from '../ui/Glance';
import { DATASET_LANG, shortNameOf } from '../ui/names';
import { actorHref, episodeHref } from './route';

export interface ClaimEntryProps {
  index: DatasetIndex;
  claim: Claim;
  /** The actor whose page lists the claim: their own response comes first. */
  actorId?: string;
  /** Leave out the episode link (on the episode's own page). */
  inEpisode?: boolean;
  /** Show the full record at once (the episode page). */
  open?: boolean;
}

export function ClaimEntry({ index, claim, actorId, inEpisode = false, open = false }: ClaimEntryProps) {
  const language = uiLanguage();
  const episode = claim.episode === undefined ? undefined : index.episodesById.get(claim.episode);
  const parties = [...new Set([...claim.claimants, ...claim.accused])];
  return (
    <article class="ex-claim" data-claim-id={claim.id}>
      {episode && !inEpisode && (
        <p class="ex-kicker">
          <a href={episodeHref(episode.id)}>
            <DataText text={episode.title} lang={DATASET_LANG} />
          </a>
        </p>
      )}
      <Glance index={index} claim={claim} {...(actorId ? { actorId } : {})} />
      <p class="ex-parties">
        {parties.map((id, i) => {
          const name = shortNameOf(index, id, language);
          return (
            <span key={id}>
              {i > 0 && ' · '}
              <a href={actorHref(id)}>
                <DataText text={name.text} lang={name.lang} />
              </a>
            </span>
          );
        })}
      </p>
      {open ? (
        <ClaimDetails index={index} claim={claim} timeline={false} {...(actorId ? { actorId } : {})} />
      ) : (
        <Disclosure summary={t('show_all_claim')} buttonClass="cc-more-button">
          {() => <ClaimDetails index={index} claim={claim} {...(actorId ? { actorId } : {})} />}
        </Disclosure>
      )}
    </article>
  );
}
