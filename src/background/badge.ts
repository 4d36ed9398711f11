/**
 * The toolbar badge: the number of distinct actors found on a tab, nothing when zero or off.
 *
 * No state lives here. The browser keeps per-tab badge text itself, across service-worker stops,
 * and resets it when a tab navigates; the content script reports every change and the background
 * asks a tab again after each load, so a restarted worker needs nothing it could have lost.
 */
import { browser } from '../shared/browser';
import { BADGE_BACKGROUND, BADGE_TEXT_COLOR, badgeText } from './badge-text';

/** Set a tab's badge; a tab that closed meanwhile is not an error worth reporting. */
export async function setTabBadge(tabId: number, actorCount: number): Promise<void> {
  const text = badgeText(actorCount);
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text === '') return;
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_BACKGROUND });
    // setBadgeTextColor exists from Chrome 110 and Firefox 63; guard for the polyfill's typings.
    const action = browser.action as typeof browser.action & {
      setBadgeTextColor?: (details: { tabId: number; color: string }) => Promise<void>;
    };
    await action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT_COLOR });
  } catch {
    // The tab is gone (closed or discarded between the message and now): nothing to show.
  }
}
