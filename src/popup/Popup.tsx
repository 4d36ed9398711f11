import { useMemo, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { sendToTab } from '../shared/messages';
import { isActiveOn, setSiteEnabled, siteKey, updateSettings, type Settings } from '../shared/settings';
import { formatPartialDate } from '../ui/labels';
import claimsCss from '../ui/claims.css';
import themeCss from '../ui/theme.css';
import { useActiveData, useSettings, type ActiveData } from '../ui/hooks';
import { PageSection } from './PageSection';
import { SearchResults } from './SearchResults';
import { usePageView, useTargetTab, type PageView } from './page-hooks';
import { isOpenedAsPage } from './target-tab';
import popupCss from './popup.css';

/** Styles go in as one <style> (extension pages allow inline styles; scripts stay 'self' only). */
export const POPUP_STYLES = [themeCss, claimsCss, popupCss].join('\n');

/** Open an extension page in a new tab and, when this is the toolbar popup, close it. */
async function openExtensionTab(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
  if (!isOpenedAsPage()) window.close();
}

function Switches({ settings, hostname }: { settings: Settings; hostname: string | null }) {
  const site = hostname ? siteKey(hostname) : null;
  const siteOn = site !== null && !settings.disabledSites.includes(site);
  return (
    <div class="switches" role="group" aria-label="Where Counterclaim runs">
      {site !== null && (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={siteOn}
            data-testid="site-switch"
            onChange={(event) => void setSiteEnabled(site, (event.currentTarget as HTMLInputElement).checked)}
          />
          On for {site}
        </label>
      )}
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.paused}
          data-testid="pause-switch"
          onChange={(event) => void updateSettings({ paused: (event.currentTarget as HTMLInputElement).checked })}
        />
        Pause everywhere
      </label>
    </div>
  );
}

function Unavailable() {
  return (
    <div class="notice" data-testid="unavailable">
      <p class="notice-title">Counterclaim can’t read this page.</p>
      <p>
        Browsers don’t let extensions run on their own pages (settings, new tabs, add-on stores) or in the built-in PDF
        viewer. On a news article, names are marked as you read. Search below works on any page.
      </p>
    </div>
  );
}

function OffNotice({ paused, site }: { paused: boolean; site: string | null }) {
  return (
    <div class="notice" data-testid="off-notice">
      <p class="notice-title">{paused ? 'Counterclaim is paused on every site.' : `Counterclaim is off on ${site ?? 'this site'}.`}</p>
      <p>{paused ? 'Untick “Pause everywhere” to mark names again.' : 'Tick the switch above to mark names on this site again.'}</p>
    </div>
  );
}

function PageBody({ data, view, settings, hostname, onReveal }: { data: ActiveData; view: PageView; settings: Settings; hostname: string | null; onReveal(actorId: string): void }) {
  if (view.kind === 'unavailable') return <Unavailable />;
  const off = settings.paused || (hostname !== null && !isActiveOn(settings, hostname));
  if (off) return <OffNotice paused={settings.paused} site={hostname ? siteKey(hostname) : null} />;
  if (view.kind === 'loading') return <p class="status muted">Reading this page…</p>;
  const { state } = view.summary;
  if (state === 'paused' || state === 'site-disabled') return <OffNotice paused={state === 'paused'} site={hostname ? siteKey(hostname) : null} />;
  return <PageSection index={data.index} summary={view.summary} onReveal={onReveal} />;
}

function DatasetFooter({ data }: { data: ActiveData }) {
  const { active, imported } = data.info;
  const importNote = imported && !imported.problems ? (imported.mode === 'replace' ? ' · your own dataset' : ' · with your import') : '';
  return (
    <footer class="popup-foot">
      <span data-testid="dataset-version">
        Data {active.version}, as of {formatPartialDate(active.asOf)}
        {importNote}
      </span>
      <span>
        <a
          href="options.html#rubric"
          onClick={(event) => {
            event.preventDefault();
            void openExtensionTab('options.html#rubric');
          }}
        >
          How evidence is rated
        </a>
        {' · '}
        <a
          href="options.html"
          onClick={(event) => {
            event.preventDefault();
            void openExtensionTab('options.html');
          }}
        >
          Options
        </a>
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
    const name = data?.index.actorsById.get(actorId)?.displayName ?? actorId;
    const reply = await sendToTab(tab.tabId, 'page/reveal-actor', { actorId });
    if (reply.ok && reply.value.found) {
      // The toolbar popup would cover the card it just opened: close it. As a page (tests) it stays.
      if (!isOpenedAsPage()) window.close();
      else setNote(`Showing ${name} on the page.`);
      return;
    }
    setNote(`${name} is no longer on the page.`);
  };

  // The content script's own hostname decides whether it runs; the tab URL is a fallback only.
  const hostname = (view.kind === 'summary' ? view.summary.hostname : undefined) ?? tab?.hostname ?? null;
  const searching = query.trim() !== '';
  return (
    <div class="popup">
      <header class="popup-head">
        <div class="popup-title-row">
          <h1 class="popup-title" data-testid="popup-title">
            Counterclaim
          </h1>
        </div>
        {settings && <Switches settings={settings} hostname={view.kind === 'unavailable' ? null : hostname} />}
        <div class="search-row">
          <label class="search-label" for="search">
            Search all actors and claims
          </label>
          <input
            id="search"
            type="search"
            autocomplete="off"
            spellcheck={false}
            placeholder="Name in any script, or words from a claim"
            value={query}
            data-testid="search"
            onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
          />
        </div>
      </header>
      <main class="popup-body">
        <p class="reveal-note" role="status">
          {note}
        </p>
        {!data || !settings || !tab ? (
          <p class="status muted">Loading…</p>
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
