import { useMemo, useState } from 'preact/hooks';
import { t, uiLanguage } from '../shared/i18n';
import { sendToTab } from '../shared/messages';
import { isActiveOn, setSiteEnabled, siteKey, updateSettings, type Settings } from '../shared/settings';
import { formatPartialDate } from '../ui/labels';
import { primaryName } from '../ui/names';
import claimsCss from '../ui/claims.css';
import themeCss from '../ui/theme.css';
import { useActiveData, useSettings, type ActiveData } from '../ui/hooks';
import { PageSection } from './PageSection';
import { SearchResults } from './SearchResults';
import { usePageView, useTargetTab, type PageView } from './page-hooks';
import { tabLink as openTabLink } from '../ui/open-tab';
import { closeIfPopup, isOpenedAsPage } from './target-tab';
import popupCss from './popup.css';
import { SearchInput } from '../ui/SearchInput';

/** Styles go in as one <style> (extension pages allow inline styles; scripts stay 'self' only). */
export const POPUP_STYLES = [themeCss, claimsCss, popupCss].join('\n');

function Switches({ settings, hostname }: { settings: Settings; hostname: string | null }) {
  const site = hostname ? siteKey(hostname) : null;
  const siteOn = site !== null && !settings.disabledSites.includes(site);
  return (
    <div class="switches" role="group" aria-label={t('popup_switches_label')}>
      {site !== null && (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={siteOn}
            data-testid="site-switch"
            onChange={(event) => void setSiteEnabled(site, event.currentTarget.checked)}
          />
          {t('popup_on_for', site)}
        </label>
      )}
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.paused}
          data-testid="pause-switch"
          onChange={(event) => void updateSettings({ paused: event.currentTarget.checked })}
        />
        {t('popup_pause')}
      </label>
    </div>
  );
}

function Unavailable() {
  return (
    <div class="notice" data-testid="unavailable">
      <p class="notice-title">{t('popup_unavailable_title')}</p>
      <p>{t('popup_unavailable_text')}</p>
    </div>
  );
}

function OffNotice({ paused, site }: { paused: boolean; site: string | null }) {
  return (
    <div class="notice" data-testid="off-notice">
      <p class="notice-title">{paused ? t('popup_paused_title') : t('popup_off_title', site ?? t('popup_this_site'))}</p>
      <p>{paused ? t('popup_paused_text') : t('popup_off_text')}</p>
    </div>
  );
}

function PageBody({
  data,
  view,
  settings,
  hostname,
  onReveal,
}: {
  data: ActiveData;
  view: PageView;
  settings: Settings;
  hostname: string | null;
  onReveal: (actorId: string) => void;
}) {
  if (view.kind === 'unavailable') return <Unavailable />;
  const off = settings.paused || (hostname !== null && !isActiveOn(settings, hostname));
  if (off) return <OffNotice paused={settings.paused} site={hostname ? siteKey(hostname) : null} />;
  if (view.kind === 'loading') return <p class="status muted">{t('popup_reading')}</p>;
  const { state } = view.summary;
  if (state === 'paused' || state === 'site-disabled')
    return <OffNotice paused={state === 'paused'} site={hostname ? siteKey(hostname) : null} />;
  return <PageSection index={data.index} summary={view.summary} onReveal={onReveal} />;
}

function DatasetFooter({ data }: { data: ActiveData }) {
  const { active, imported } = data.info;
  const importNote =
    imported && !imported.problems ? ` · ${imported.mode === 'replace' ? t('popup_own_dataset') : t('popup_with_import')}` : '';
  return (
    <footer class="popup-foot">
      <span data-testid="dataset-version">
        {t('data_version_as_of', active.version, formatPartialDate(active.asOf))}
        {importNote}
      </span>
      <span class="popup-links">
        <a {...openTabLink('explore.html', closeIfPopup)} data-testid="explore-all">
          {t('popup_explore_link')}
        </a>
        {' · '}
        <a {...openTabLink('options.html#rubric', closeIfPopup)}>{t('popup_rubric_link')}</a>
        {' · '}
        <a {...openTabLink('options.html', closeIfPopup)}>{t('popup_options_link')}</a>
      </span>
    </footer>
  );
}

/** The toolbar popup: what this page names, a search over all records, and the switches. */
export function Popup() {
  const tab = useTargetTab();
  const data = useActiveData();
  const settings = useSettings();
  const view = usePageView(tab ? tab.tabId : null, settings);
  const [query, setQuery] = useState('');
  const [note, setNote] = useState('');

  const onPage = useMemo(
    () => new Map(view.kind === 'summary' ? view.summary.actors.map((a) => [a.actorId, a.mentionCount] as const) : []),
    [view],
  );

  const reveal = async (actorId: string): Promise<void> => {
    if (!tab || tab.tabId === null) return;
    const actor = data?.index.actorsById.get(actorId);
    const name = actor ? primaryName(actor, uiLanguage()).text : actorId;
    const reply = await sendToTab(tab.tabId, 'page/reveal-actor', { actorId });
    if (reply.ok && reply.value.found) {
      // The toolbar popup would cover the card it just opened: close it. As a page (tests) it stays.
      if (!isOpenedAsPage()) window.close();
      else setNote(t('popup_showing', name));
      return;
    }
    setNote(t('popup_gone', name));
  };

  // The content script's own hostname decides whether it runs; the tab URL is a fallback only.
  const hostname = (view.kind === 'summary' ? view.summary.hostname : undefined) ?? tab?.hostname ?? null;
  const searching = query.trim() !== '';
  return (
    <div class="popup">
      <header class="popup-head">
        <div class="popup-title-row">
          <h1 class="popup-title" data-testid="popup-title">
            {t('brand')}
          </h1>
        </div>
        {settings && <Switches settings={settings} hostname={view.kind === 'unavailable' ? null : hostname} />}
        <div class="search-row">
          <label class="search-label" for="search">
            {t('popup_search_label')}
          </label>
          <SearchInput id="search" placeholder={t('popup_search_placeholder')} value={query} testId="search" onValue={setQuery} />
        </div>
      </header>
      <main class="popup-body">
        <p class="reveal-note" role="status">
          {note}
        </p>
        {!data || !settings || !tab ? (
          <p class="status muted">{t('loading')}</p>
        ) : searching ? (
          <SearchResults index={data.index} query={query} onPage={onPage} onReveal={(id) => void reveal(id)} />
        ) : (
          <PageBody data={data} view={view} settings={settings} hostname={hostname} onReveal={(id) => void reveal(id)} />
        )}
      </main>
      {data && <DatasetFooter data={data} />}
    </div>
  );
}
