/**
 * The popup's view of its tab as Preact hooks: which tab it is about, and that tab's page summary
 * from the content script. Each cleans up through an AbortController.
 */
import { useEffect, useState } from 'preact/hooks';
import { handleMessages, sendToTab, type PageSummary } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { tabFacts, targetTabId } from './target-tab';

/** Retry interval while a tab loads or its content script is still scanning. */
const PAGE_RETRY_MS = 400;
/** Give up waiting for a loading tab after this many retries (10 s): say what we know instead of spinning. */
const MAX_PAGE_RETRIES = 25;
/** After a settings change, ask the page again once the content script has had time to apply it. */
const SETTINGS_SETTLE_MS = 250;

export interface TargetTab {
  tabId: number | null;
  hostname: string | null;
}

export function useTargetTab(): TargetTab | null {
  const [tab, setTab] = useState<TargetTab | null>(null);
  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) return setTab({ tabId: null, hostname: null });
      const facts = await tabFacts(tabId);
      setTab({ tabId, hostname: facts.hostname });
    })();
  }, []);
  return tab;
}

/** What the popup knows about the page: still asking, no content script there, or its summary. */
export type PageView = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'summary'; summary: PageSummary };

/**
 * The content script's summary of `tabId`, refreshed when it reports a change and after settings
 * change. A tab whose content script does not answer is `unavailable` (browser pages, the web
 * store, the PDF viewer), unless the tab is still loading, which is retried for a while.
 */
export function usePageView(tabId: number | null, settings: Settings | null): PageView {
  const [view, setView] = useState<PageView>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (tabId === null) return setView({ kind: 'unavailable' });
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let retries = 0;
    const again = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void load(), PAGE_RETRY_MS);
    };
    const load = async (): Promise<void> => {
      const reply = await sendToTab(tabId, 'page/get-summary', {});
      if (controller.signal.aborted) return;
      if (reply.ok) {
        setView({ kind: 'summary', summary: reply.value });
        if (reply.value.state === 'scanning' && retries++ < MAX_PAGE_RETRIES) again();
        return;
      }
      const facts = await tabFacts(tabId);
      if (controller.signal.aborted) return;
      if (facts.loading && retries++ < MAX_PAGE_RETRIES) {
        setView((current) => (current.kind === 'summary' ? current : { kind: 'loading' }));
        again();
        return;
      }
      setView({ kind: 'unavailable' });
    };
    void load();
    handleMessages(
      {
        'page/actors-changed': (_payload, sender) => {
          if (sender.tab?.id === tabId) {
            retries = 0;
            again();
          }
          return null;
        },
      },
      controller.signal,
    );
    controller.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    return () => controller.abort();
  }, [tabId, generation]);

  // Settings changed (site switch, pause): ask again once the content script has applied them.
  const settingsKey = settings ? JSON.stringify([settings.paused, settings.disabledSites]) : '';
  useEffect(() => {
    if (!settingsKey) return;
    const timer = setTimeout(() => setGeneration((g) => g + 1), SETTINGS_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [settingsKey]);

  return view;
}
