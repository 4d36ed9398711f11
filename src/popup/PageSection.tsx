import { useMemo } from 'preact/hooks';
import type { DatasetIndex } from '../data/dataset-index';
import type { PageSummary } from '../shared/messages';
import { plural, t, uiLanguage } from '../shared/i18n';
import { DataText } from '../ui/DataText';
import { kindLabel } from '../ui/labels';
import { DATASET_LANG, primaryName } from '../ui/names';
import { ClaimItem } from './ClaimItem';
import { tabLink as openTabLink } from '../ui/open-tab';
import { closeIfPopup } from './target-tab';
import { pageActors, pageClaims, type PageActor } from './page-claims';

/** Most claims the popup lists for a page; the explorer has every claim. */
export const MAX_PAGE_CLAIMS = 15;

export interface PageSectionProps {
  index: DatasetIndex;
  summary: PageSummary;
  onReveal: (actorId: string) => void;
}

/** One actor named on the page: its name (a button that shows it there), counts, names used. */
function ActorRow({ item, onReveal }: { item: PageActor; onReveal: (actorId: string) => void }) {
  const { actor, mentionCount, names } = item;
  const name = primaryName(actor, uiLanguage());
  return (
    <li class="actor" data-actor-id={actor.id}>
      <button type="button" class="actor-name" onClick={() => onReveal(actor.id)}>
        <DataText text={name.text} lang={name.lang} />
        <span class="sr-only">{t('popup_show_on_page_sr')}</span>
      </button>
      <span class="actor-count">{plural('count_mentions', mentionCount)}</span>
      {names.length > 1 && (
        <p class="actor-names" data-testid="names-here">
          <DataText text={names.join(' · ')} lang={DATASET_LANG} />
          {' — '}
          {t(actor.kind === 'threat-group' ? 'popup_same_group' : 'popup_same_actor', names.length)}
        </p>
      )}
      <p class="actor-meta">
        {kindLabel(actor.kind)} · <DataText text={actor.affiliation} lang={DATASET_LANG} />
        {' · '}
        <a {...openTabLink(`explore.html#actor/${actor.id}`, closeIfPopup)} data-testid="explore-actor">
          {t('popup_explore_actor')}
          <span class="sr-only">
            {t('colon')}
            <DataText text={name.text} lang={name.lang} />
          </span>
        </a>
      </p>
    </li>
  );
}

/** The actors found on the page (one row each, however many of its names the page uses) and their claims. */
export function PageSection({ index, summary, onReveal }: PageSectionProps) {
  const actors = useMemo(() => pageActors(index, summary.actors), [index, summary.actors]);
  const claims = useMemo(() => pageClaims(index, new Set(actors.map((a) => a.actor.id))), [index, actors]);
  if (actors.length === 0) {
    return (
      <div class="notice" data-testid="no-mentions">
        <p class="notice-title">{summary.state === 'scanning' ? t('popup_still_reading') : t('popup_no_mentions')}</p>
        <p>{t('popup_no_mentions_text')}</p>
      </div>
    );
  }
  return (
    <>
      <h2 class="section-title" id="on-page-title">
        {t('popup_on_page_title')}
      </h2>
      <p class="status muted" data-testid="page-status">
        {t('popup_page_status', plural('count_actors', actors.length), plural('count_mentions', summary.mentionCount))}{' '}
        {summary.capped && `${t('popup_capped')} `}
        {summary.state === 'scanning' && `${t('popup_scanning_so_far')} `}
        {t('popup_choose_hint')}
      </p>
      <ul class="actors" aria-labelledby="on-page-title" data-testid="page-actors">
        {actors.map((item) => (
          <ActorRow key={item.actor.id} item={item} onReveal={onReveal} />
        ))}
      </ul>
      <h2 class="section-title" id="page-claims-title">
        {t('popup_claims_title')}
      </h2>
      {claims.length === 0 ? (
        <p class="muted">{t('popup_no_claims')}</p>
      ) : (
        <ul class="claims-list" aria-labelledby="page-claims-title" data-testid="page-claims">
          {claims.slice(0, MAX_PAGE_CLAIMS).map((item) => (
            <li key={item.claim.id}>
              <ClaimItem index={index} claim={item.claim} present={item.present} parties={item.parties} />
            </li>
          ))}
        </ul>
      )}
      {claims.length > MAX_PAGE_CLAIMS && (
        <p class="muted">
          <a {...openTabLink('explore.html', closeIfPopup)}>{t('card_more_in_explorer', claims.length)}</a>
        </p>
      )}
    </>
  );
}
