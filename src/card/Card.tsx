/**
 * The hover card's frame: a non-modal dialog named after the actor, with a close button in the
 * heading row (touch readers have no Esc), the shared ActorClaims content, and a quiet footer:
 * the data's date, a way to the explorer, and — in an interface whose language differs from the
 * data's — one line saying the data is shown as published.
 */
import type { DatasetIndex } from '../data/dataset-index';
import { t, uiLanguage } from '../shared/i18n';
import { ActorClaims } from '../ui/ActorClaims';
import { formatPartialDate } from '../ui/labels';

export const CARD_TITLE_ID = 'cc-card-title';

export interface CardProps {
  index: DatasetIndex;
  actorId: string;
  presentActorIds: ReadonlySet<string>;
  theme: 'light' | 'dark';
  onClose: () => void;
  /** Open the actor in the explore page (a tab the background opens). */
  onExplore?: (actorId: string) => void;
}

export function Card({ index, actorId, presentActorIds, theme, onClose, onExplore }: CardProps) {
  const language = uiLanguage();
  const close = (
    <button type="button" class="cc-close" onClick={onClose} aria-label={t('card_close_label')}>
      <span aria-hidden="true">×</span>
    </button>
  );
  return (
    <div class={`cc-card cc-theme-${theme}`} role="dialog" aria-labelledby={CARD_TITLE_ID} tabIndex={-1} lang={language}>
      <div class="cc-scroll" data-testid="card-scroll">
        <ActorClaims
          index={index}
          actorId={actorId}
          presentActorIds={presentActorIds}
          headingId={CARD_TITLE_ID}
          headerAction={close}
          {...(onExplore ? { onExplore } : {})}
        />
        {/* Not a <footer>: inside the page it would be a second "contentinfo" landmark. */}
        <div class="cc-foot">
          <span>
            {t('brand')} · {t('data_as_of', formatPartialDate(index.dataset.asOf))}
          </span>
          {onExplore && (
            <button type="button" class="cc-link-button" onClick={() => onExplore(actorId)}>
              {t('card_open_explorer')}
            </button>
          )}
          {language !== 'en' && <p class="cc-published-note">{t('as_published_note')}</p>}
        </div>
      </div>
    </div>
  );
}
