import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { sendToTab, type PageSummary } from '../shared/messages';

/** The tab the popup speaks about: `?tab=` when opened as a page (tests), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function Popup() {
  const [summary, setSummary] = useState<PageSummary | null | undefined>(undefined);
  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) return setSummary(null);
      const reply = await sendToTab(tabId, 'page/get-summary', {});
      setSummary(reply.ok ? reply.value : null);
    })();
  }, []);
  if (summary === undefined) return <p>Reading this page…</p>;
  if (summary === null) return <p>Counterclaim cannot run on this page.</p>;
  return <h1 data-testid="popup-title">Counterclaim: {summary.actors.length} actors on this page</h1>;
}
