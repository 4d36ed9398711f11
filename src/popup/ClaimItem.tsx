import type { DatasetIndex } from '../data/dataset-index';
import type { Claim } from '../data/schema';
import { t } from '../shared/i18n';
import { ClaimDetails } from '../ui/ClaimDetails';
import { Disclosure } from '../ui/Disclosure';
import { Glance } from '../ui/Glance';

export interface ClaimItemProps {
  index: DatasetIndex;
  claim: Claim;
  /** Parties of the claim named on the current page; shown when more than one co-occurs. */
  present?: readonly string[];
  parties?: readonly string[];
}

/**
 * One claim: the three-line glance (claim, response, evidence), then the full record (the same
 * details as the hover card) one click away.
 */
export function ClaimItem({ index, claim, present, parties }: ClaimItemProps) {
  const cooccur = present && parties && present.length > 1;
  return (
    <article class="claim" data-claim-id={claim.id}>
      <Glance index={index} claim={claim} />
      {cooccur && <p class="claim-present">{t('popup_parties_present', present.length, parties.length)}</p>}
      <Disclosure summary={t('show_all_claim')} buttonClass="cc-more-button">
        {() => <ClaimDetails index={index} claim={claim} />}
      </Disclosure>
    </article>
  );
}
