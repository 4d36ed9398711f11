import type { DatasetIndex } from '../data/dataset-index';
import type { Claim } from '../data/schema';
import { ClaimView } from '../ui/ActorClaims';
import { EVIDENCE_LABELS, formatPartialDate } from '../ui/labels';

export interface ClaimItemProps {
  index: DatasetIndex;
  claim: Claim;
  /** Parties of the claim named on the current page; shown when more than one co-occurs. */
  present?: readonly string[];
  parties?: readonly string[];
  open?: boolean;
}

function names(index: DatasetIndex, ids: readonly string[]): string {
  return ids.map((id) => index.actorsById.get(id)?.displayName ?? id).join(', ');
}

/**
 * One claim as a disclosure: a two-line summary, then the shared claim view (the same
 * claim/response/evidence/sources view as the hover card) when opened.
 */
export function ClaimItem({ index, claim, present, parties, open }: ClaimItemProps) {
  const status = index.evidenceByClaim.get(claim.id)?.status ?? 'not-assessed';
  const cooccur = present && parties && present.length > 1;
  return (
    <details class="claim" open={open} data-claim-id={claim.id}>
      <summary>
        <span class="claim-head">
          {names(index, claim.claimants)} <span aria-hidden="true">→</span>
          <span class="sr-only">accused</span> {names(index, claim.accused)}
        </span>
        <span class="claim-line">{claim.summary}</span>
        <span class="claim-meta">
          {formatPartialDate(claim.date)} · Evidence: {EVIDENCE_LABELS[status] ?? status}
          {cooccur && (
            <span class="claim-present">
              {' '}
              · {present.length} of {parties.length} parties named on this page
            </span>
          )}
        </span>
      </summary>
      <div class="claim-body">
        <ClaimView index={index} link={{ claim, roles: [] }} />
      </div>
    </details>
  );
}
