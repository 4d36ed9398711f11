/**
 * Every actor of the data in use — states, agencies, units, groups, firms, officials — searchable
 * by any of their names in any script, those in most claims first, a page at a time.
 */
import { useMemo } from 'preact/hooks';
import type { DatasetIndex } from '../data/dataset-index';
import { plural, t, uiLanguage } from '../shared/i18n';
import { DataText } from '../ui/DataText';
import { kindLabel } from '../ui/labels';
import { DATASET_LANG, primaryName, secondaryNames } from '../ui/names';
import type { Navigate } from './Explore';
import { filterActors } from './filters';
import { Paged } from './Paged';
import { actorHref } from './route';
import { SearchInput } from '../ui/SearchInput';

export const ACTORS_PAGE_SIZE = 50;

export function ActorList({ index, query, navigate }: { index: DatasetIndex; query: string; navigate: Navigate }) {
  const language = uiLanguage();
  const actors = useMemo(() => filterActors(index, query), [index, query]);
  return (
    <section aria-labelledby="actors-title">
      <h2 id="actors-title" class="sr-only">
        {t('explore_actors_tab')}
      </h2>
      <form class="ex-filters" role="search" aria-label={t('explore_search_label')} onSubmit={(e) => e.preventDefault()}>
        <div class="ex-field ex-search">
          <label for="actor-q">{t('explore_search_label')}</label>
          <SearchInput
            id="actor-q"
            placeholder={t('explore_search_placeholder')}
            value={query}
            testId="actor-q"
            onValue={(q) => navigate({ view: 'actors', q }, { replace: true })}
          />
        </div>
      </form>
      {actors.length === 0 ? (
        <p class="notice">{t('explore_no_match')}</p>
      ) : (
        <Paged
          items={actors}
          pageSize={ACTORS_PAGE_SIZE}
          resetKey={query}
          keyOf={(actor) => actor.id}
          testId="actors"
          render={(actor) => {
            const name = primaryName(actor, language);
            const others = secondaryNames(actor, language);
            return (
              <div class="ex-actor" data-actor-id={actor.id}>
                <a href={actorHref(actor.id)} class="ex-actor-name">
                  <DataText text={name.text} lang={name.lang} />
                </a>
                {others.map((other, i) => (
                  <span key={i} class="muted">
                    {' · '}
                    <DataText text={other.text} lang={other.lang} />
                  </span>
                ))}
                <p class="muted ex-actor-meta">
                  {kindLabel(actor.kind)} · <DataText text={actor.affiliation} lang={DATASET_LANG} /> ·{' '}
                  {plural('count_claims', index.claimsByActor.get(actor.id)?.length ?? 0)}
                </p>
              </div>
            );
          }}
        />
      )}
    </section>
  );
}
