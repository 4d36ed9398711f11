/**
 * Every claim of the data in use, filtered by accused state, claimant, evidence status, response
 * stance, year and words, newest first, a page at a time. The filters live in the URL hash, so a
 * filtered view is a link that survives a reload.
 */
import { useMemo } from 'preact/hooks';
import type { DatasetIndex } from '../data/dataset-index';
import type { EvidenceStatus, Stance } from '../data/schema';
import { t, uiLanguage, type MessageKey } from '../shared/i18n';
import { evidenceLabel, stanceLabel } from '../ui/labels';
import { shortNameOf } from '../ui/names';
import { ClaimEntry } from './ClaimEntry';
import type { Navigate } from './Explore';
import { createClaimCatalogue, filterClaims, NO_RESPONSE, UNKNOWN_YEAR, type FacetOption } from './filters';
import { Paged } from './Paged';
import { NO_FILTERS, type ClaimFilters, type FilterKey } from './route';
import { SearchInput } from '../ui/SearchInput';

/** Claims per page: one frame's worth of rendering on a slow machine (see the bench). */
export const CLAIMS_PAGE_SIZE = 25;

const catalogues = new WeakMap<DatasetIndex, ReturnType<typeof createClaimCatalogue>>();

/** The claim catalogue of a dataset, built on first use. */
export function catalogueOf(index: DatasetIndex) {
  let catalogue = catalogues.get(index);
  if (!catalogue) {
    catalogue = createClaimCatalogue(index);
    catalogues.set(index, catalogue);
  }
  return catalogue;
}

interface SelectProps {
  id: FilterKey;
  labelKey: MessageKey;
  value: string;
  options: readonly FacetOption[];
  /** The option's text and, for dataset names, its language. */
  describe: (value: string) => { text: string; lang?: string };
  onChange: (value: string) => void;
}

function FilterSelect({ id, labelKey, value, options, describe, onChange }: SelectProps) {
  return (
    <div class="ex-field">
      <label for={`filter-${id}`}>{t(labelKey)}</label>
      <select id={`filter-${id}`} value={value} data-testid={`filter-${id}`} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('explore_any')}</option>
        {options.map((option) => {
          const { text, lang } = describe(option.value);
          return (
            <option key={option.value} value={option.value} lang={lang}>
              {`${text} (${option.count})`}
            </option>
          );
        })}
      </select>
    </div>
  );
}

export interface ClaimListProps {
  index: DatasetIndex;
  filters: ClaimFilters;
  navigate: Navigate;
}

export function ClaimList({ index, filters, navigate }: ClaimListProps) {
  const language = uiLanguage();
  const catalogue = catalogueOf(index);
  const claims = useMemo(() => filterClaims(catalogue, filters), [catalogue, filters]);
  const set = (key: FilterKey) => (value: string) => navigate({ view: 'claims', filters: { ...filters, [key]: value } }, { replace: true });
  const actorOption = (id: string) => shortNameOf(index, id, language);
  const { facets } = catalogue;
  const filtered = Object.values(filters).some(Boolean);
  return (
    <section aria-labelledby="claims-title">
      <h2 id="claims-title" class="sr-only">
        {t('explore_claims_title')}
      </h2>
      <form class="ex-filters" role="search" aria-label={t('explore_filters')} onSubmit={(e) => e.preventDefault()}>
        <div class="ex-field ex-search">
          <label for="filter-q">{t('explore_search_label')}</label>
          <SearchInput id="filter-q" placeholder={t('explore_search_placeholder')} value={filters.q} testId="filter-q" onValue={set('q')} />
        </div>
        <FilterSelect
          id="state"
          labelKey="explore_filter_accused_state"
          value={filters.state}
          options={facets.states}
          describe={actorOption}
          onChange={set('state')}
        />
        <FilterSelect
          id="claimant"
          labelKey="explore_filter_claimant"
          value={filters.claimant}
          options={facets.claimants}
          describe={actorOption}
          onChange={set('claimant')}
        />
        <FilterSelect
          id="status"
          labelKey="explore_filter_status"
          value={filters.status}
          options={facets.statuses}
          describe={(value) => ({ text: evidenceLabel(value as EvidenceStatus) })}
          onChange={set('status')}
        />
        <FilterSelect
          id="stance"
          labelKey="explore_filter_stance"
          value={filters.stance}
          options={facets.stances}
          describe={(value) => ({ text: value === NO_RESPONSE ? t('stance_none_recorded') : stanceLabel(value as Stance) })}
          onChange={set('stance')}
        />
        <FilterSelect
          id="year"
          labelKey="explore_filter_year"
          value={filters.year}
          options={facets.years}
          describe={(value) => ({ text: value === UNKNOWN_YEAR ? t('explore_year_unknown') : value })}
          onChange={set('year')}
        />
        {filtered && (
          <button type="button" class="ex-clear" onClick={() => navigate({ view: 'claims', filters: NO_FILTERS }, { replace: true })}>
            {t('explore_clear')}
          </button>
        )}
      </form>
      {claims.length === 0 ? (
        <p class="notice" data-testid="claims-none">
          {t('explore_no_match')}
        </p>
      ) : (
        <Paged
          items={claims}
          pageSize={CLAIMS_PAGE_SIZE}
          resetKey={JSON.stringify(filters)}
          keyOf={(claim) => claim.id}
          render={(claim) => <ClaimEntry index={index} claim={claim} />}
          testId="claims"
        />
      )}
    </section>
  );
}
