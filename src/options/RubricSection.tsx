import { EVIDENCE_STATUSES, SOURCE_TIERS, STANCES } from '../data/schema';
import { EVIDENCE_LABELS, EVIDENCE_MEANINGS, STANCE_LABELS, TIER_LABELS } from '../ui/labels';

/**
 * How to read a card: the evidence statuses with their rubric meanings, the response stances and
 * the source tiers. The words come from src/ui/labels.ts, the same ones the card and popup show.
 */
export function RubricSection() {
  return (
    <section id="rubric" aria-labelledby="rubric-title" tabIndex={-1}>
      <h2 id="rubric-title">How evidence is rated</h2>
      <p>
        Each claim carries an evidence status: what is publicly known about the evidence for it, judged by the curators from
        the sources listed on the card. It is not a verdict on whether the claim is true (“asserted” does not mean false), and
        a denial does not change it: responses are shown separately.
      </p>
      <dl class="rubric" data-testid="rubric-statuses">
        {EVIDENCE_STATUSES.map((status) => (
          <div key={status}>
            <dt>{EVIDENCE_LABELS[status]}</dt>
            <dd>{EVIDENCE_MEANINGS[status]}</dd>
          </div>
        ))}
      </dl>
      <h3>Responses</h3>
      <p>
        Every recorded response is shown with who gave it, when, and a verbatim quote from a cited source. Kinds of response:{' '}
        {STANCES.map((stance) => STANCE_LABELS[stance]).join(', ')}. “No response found” means the curators looked and found
        none in the sources, not that none exists.
      </p>
      <h3>Sources</h3>
      <p>
        Every claim, response and assessment cites at least one source, with its publisher, date and kind:{' '}
        {SOURCE_TIERS.map((tier) => TIER_LABELS[tier]).join(', ')}. Quotes are copied exactly from the source; state media are
        cited for what a state says, not as confirmation of it. Links open the original in a new tab; Counterclaim itself never
        goes online.
      </p>
    </section>
  );
}
