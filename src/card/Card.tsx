/**
 * The hover card's frame: a non-modal dialog named after the actor, the shared ActorClaims
 * content, and a footer with the data's date and a close button (touch readers have no Esc).
 */
import type { DatasetIndex } from '../data/dataset-index';
import { ActorClaims } from '../ui/ActorClaims';

export const CARD_TITLE_ID = 'cc-card-title';

export interface CardProps {
  index: DatasetIndex;
  actorId: string;
  presentActorIds: ReadonlySet<string>;
  theme: 'light' | 'dark';
  onClose: () => void;
}

export function Card({ index, actorId, presentActorIds, theme, onClose }: CardProps) {
  return (
    <div class={`cc-card cc-theme-${theme}`} role="dialog" aria-labelledby={CARD_TITLE_ID} tabIndex={-1}>
      <div class="cc-scroll">
        <ActorClaims index={index} actorId={actorId} presentActorIds={presentActorIds} headingId={CARD_TITLE_ID} />
      </div>
      <div class="cc-foot">
        <span>
          Counterclaim · data as of {index.dataset.asOf}
        </span>
        <button type="button" class="cc-close" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
