import { useMemo } from 'preact/hooks';
import type { DatasetIndex } from '../data/dataset-index';
import type { PageSummary } from '../shared/messages';
import { KIND_LABELS } from '../ui/labels';
import { ClaimItem } from './ClaimItem';
import { pageActors, pageClaims } from './page-claims';

export interface PageSectionProps {
  index: DatasetIndex;
  summary: PageSummary;
  onReveal(actorId: string): void;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The actors found on the page and the claims involving them. */
export function PageSection({ index, summary, onReveal }: PageSectionProps) {
  const actors = useMemo(() => pageActors(index, summary.actors), [index, summary.actors]);
  const claims = useMemo(() => pageClaims(index, new Set(actors.map((a) => a.actor.id))), [index, actors]);
  if (actors.length === 0) {
    return (
      <div class="notice" data-testid="no-mentions">
        <p class="notice-title">{summary.state === 'scanning' ? 'Still reading this page…' : 'No actors from the dataset are named on this page.'}</p>
        <p>Counterclaim marks agencies, units, hacker groups, firms and officials that appear in contested cyber-attribution claims. Search below to look one up.</p>
      </div>
    );
  }
  return (
    <>
      <h2 class="section-title" id="on-page-title">
        Named on this page
      </h2>
      <p class="status muted" data-testid="page-status">
        {plural(actors.length, 'actor', 'actors')}, {plural(summary.mentionCount, 'mention', 'mentions')}
        {summary.capped && ' (only the first mentions were marked on this long page)'}
        {summary.state === 'scanning' && ' so far, still reading…'}. Choose a name to see it on the page.
      </p>
      <ul class="actors" aria-labelledby="on-page-title" data-testid="page-actors">
        {actors.map(({ actor, mentionCount }) => (
          <li class="actor" key={actor.id} data-actor-id={actor.id}>
            <button type="button" class="actor-name" onClick={() => onReveal(actor.id)}>
              {actor.displayName}
              <span class="sr-only">: show on the page</span>
            </button>
            <span class="actor-count">{plural(mentionCount, 'mention', 'mentions')}</span>
            <p class="actor-meta">
              {KIND_LABELS[actor.kind] ?? actor.kind} · {actor.affiliation}
            </p>
          </li>
        ))}
      </ul>
      <h2 class="section-title" id="page-claims-title">
        Claims involving them
      </h2>
      {claims.length === 0 ? (
        <p class="muted">No claims recorded for these actors.</p>
      ) : (
        <ul class="claims-list" aria-labelledby="page-claims-title" data-testid="page-claims">
          {claims.map((item, i) => (
            <li key={item.claim.id}>
              <ClaimItem index={index} claim={item.claim} present={item.present} parties={item.parties} open={i === 0} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
