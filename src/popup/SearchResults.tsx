import { useMemo } from 'preact/hooks';
import { searchDataset, type DatasetIndex } from '../data/dataset-index';
import type { Actor } from '../data/schema';
import { ActorClaims } from '../ui/ActorClaims';
import { KIND_LABELS } from '../ui/labels';
import { ClaimItem } from './ClaimItem';

export interface SearchResultsProps {
  index: DatasetIndex;
  query: string;
  /** Mention counts of actors on the current page (empty when the page is unavailable). */
  onPage: ReadonlyMap<string, number>;
  onReveal(actorId: string): void;
}

function nativeNames(actor: Actor): string {
  return [...new Set(actor.names.filter((n) => n.lang !== 'en' && n.lang !== 'und').map((n) => n.text))].join(' · ');
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Search over the whole dataset (every script's names; claims by words), as the reader types. */
export function SearchResults({ index, query, onPage, onReveal }: SearchResultsProps) {
  const results = useMemo(() => searchDataset(index, query), [index, query]);
  const presentIds = useMemo(() => new Set(onPage.keys()), [onPage]);
  const total = results.actors.length + results.claims.length;
  return (
    <>
      <p class="result-count" role="status" data-testid="search-count">
        {total === 0
          ? `Nothing in the dataset matches “${query.trim()}”.`
          : `${plural(results.actors.length, 'actor', 'actors')} and ${plural(results.claims.length, 'claim', 'claims')} match.`}
      </p>
      {results.actors.length > 0 && (
        <>
          <h2 class="section-title" id="actor-results-title">
            Actors
          </h2>
          <ul class="claims-list" aria-labelledby="actor-results-title" data-testid="actor-results">
            {results.actors.map(({ item: actor }) => {
              const mentions = onPage.get(actor.id);
              const native = nativeNames(actor);
              return (
                <li key={actor.id} data-actor-id={actor.id}>
                  <details class="actor-result">
                    <summary>
                      <span class="claim-head">{actor.displayName}</span>
                      {native && (
                        <span class="actor-native" lang="zh">
                          {' '}
                          {native}
                        </span>
                      )}
                      <span class="claim-meta">
                        {KIND_LABELS[actor.kind] ?? actor.kind} · {actor.affiliation}
                        {mentions !== undefined && ` · ${plural(mentions, 'mention', 'mentions')} on this page`}
                      </span>
                    </summary>
                    <div class="actor-body">
                      {mentions !== undefined && (
                        <button type="button" class="show-on-page" onClick={() => onReveal(actor.id)}>
                          Show on the page<span class="sr-only">: {actor.displayName}</span>
                        </button>
                      )}
                      <ActorClaims index={index} actorId={actor.id} presentActorIds={presentIds} />
                    </div>
                  </details>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {results.claims.length > 0 && (
        <>
          <h2 class="section-title" id="claim-results-title">
            Claims
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
