import { useMemo } from 'preact/hooks';
import { searchDataset, type DatasetIndex } from '../data/dataset-index';
import { plural, t, uiLanguage } from '../shared/i18n';
import { ActorClaims } from '../ui/ActorClaims';
import { DataText } from '../ui/DataText';
import { Disclosure } from '../ui/Disclosure';
import { kindLabel } from '../ui/labels';
import { DATASET_LANG, primaryName, secondaryNames } from '../ui/names';
import { ClaimItem } from './ClaimItem';

export interface SearchResultsProps {
  index: DatasetIndex;
  query: string;
  /** Mention counts of actors on the current page (empty when the page is unavailable). */
  onPage: ReadonlyMap<string, number>;
  onReveal: (actorId: string) => void;
}

/** Search over the whole dataset (every script's names; claims by words), as the reader types. */
export function SearchResults({ index, query, onPage, onReveal }: SearchResultsProps) {
  const results = useMemo(() => searchDataset(index, query), [index, query]);
  const presentIds = useMemo(() => new Set(onPage.keys()), [onPage]);
  const language = uiLanguage();
  const total = results.actors.length + results.claims.length;
  return (
    <>
      <p class="result-count" role="status" data-testid="search-count">
        {total === 0
          ? t('search_nothing', query.trim())
          : t('search_count', plural('count_actors', results.actors.length), plural('count_claims', results.claims.length))}
      </p>
      {results.actors.length > 0 && (
        <>
          <h2 class="section-title" id="actor-results-title">
            {t('search_actors_title')}
          </h2>
          <ul class="claims-list" aria-labelledby="actor-results-title" data-testid="actor-results">
            {results.actors.map(({ item: actor }) => {
              const mentions = onPage.get(actor.id);
              const name = primaryName(actor, language);
              const others = secondaryNames(actor, language);
              return (
                <li key={actor.id} data-actor-id={actor.id}>
                  <Disclosure
                    buttonClass="actor-result"
                    summary={
                      <span>
                        <span class="claim-head">
                          <DataText text={name.text} lang={name.lang} />
                        </span>
                        {others.map((other, i) => (
                          <span key={i} class="actor-native">
                            {' · '}
                            <DataText text={other.text} lang={other.lang} />
                          </span>
                        ))}
                        <span class="claim-meta">
                          {kindLabel(actor.kind)} · <DataText text={actor.affiliation} lang={DATASET_LANG} />
                          {mentions !== undefined && ` · ${t('search_mentions_here', plural('count_mentions', mentions))}`}
                        </span>
                      </span>
                    }
                  >
                    {() => (
                      <div class="actor-body">
                        {mentions !== undefined && (
                          <button type="button" class="show-on-page" onClick={() => onReveal(actor.id)}>
                            {t('search_show_on_page')}
                            <span class="sr-only">
                              {t('colon')}
                              <DataText text={name.text} lang={name.lang} />
                            </span>
                          </button>
                        )}
                        <ActorClaims index={index} actorId={actor.id} presentActorIds={presentIds} />
                      </div>
                    )}
                  </Disclosure>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {results.claims.length > 0 && (
        <>
          <h2 class="section-title" id="claim-results-title">
            {t('search_claims_title')}
          </h2>
          <ul class="claims-list" aria-labelledby="claim-results-title" data-testid="claim-results">
            {results.claims.map(({ item: claim }) => (
              <li key={claim.id}>
                <ClaimItem index={index} claim={claim} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
