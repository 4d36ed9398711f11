import { EVIDENCE_STATUSES, SOURCE_TIERS, STANCES } from '../data/schema';
import { t } from '../shared/i18n';
import { evidenceLabel, evidenceMeaning, stanceLabel, tierLabel } from '../ui/labels';

/**
 * How to read a card: the evidence statuses with their rubric meanings, the response stances and
 * the source tiers. The words come from src/ui/labels.ts, the same ones the card and popup show.
 */
export function RubricSection() {
  const separator = t('list_separator');
  return (
    <section id="rubric" aria-labelledby="rubric-title" tabIndex={-1}>
      <h2 id="rubric-title">{t('options_rubric_title')}</h2>
      <p>{t('options_rubric_intro')}</p>
      <dl class="rubric" data-testid="rubric-statuses">
        {EVIDENCE_STATUSES.map((status) => (
          <div key={status}>
            <dt>{evidenceLabel(status)}</dt>
            <dd>{evidenceMeaning(status)}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('options_rubric_responses_title')}</h3>
      <p>{t('options_rubric_responses', STANCES.map(stanceLabel).join(separator))}</p>
      <h3>{t('options_rubric_sources_title')}</h3>
      <p>{t('options_rubric_sources', SOURCE_TIERS.map(tierLabel).join(separator))}</p>
    </section>
  );
}
