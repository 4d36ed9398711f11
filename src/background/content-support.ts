/**
 * What the background does for the in-page experience: hands the active dataset to content
 * scripts, and forwards the keyboard commands (manifest `commands`) to the active tab.
 */
import { browser } from '../shared/browser';
import { compileMatchIndex } from '../data/match-index';
import type { Dataset } from '../data/schema';
import { sliceForActor } from '../data/slice';
import { loadActiveDataset } from '../shared/dataset-store';
import { toMatchIndexMessage } from '../shared/match-index-wire';
import { handleMessages, sendToTab, type MatchIndexMessage } from '../shared/messages';

/** Manifest command names and the direction each moves through the page's marked names. */
const STEP_COMMANDS: Readonly<Record<string, 1 | -1>> = { 'next-mention': 1, 'previous-mention': -1 };

/** Tell the tab's content script to move to the next/previous name; ignores other commands. */
export async function forwardCommand(command: string, tabId: number | undefined): Promise<void> {
  const direction = STEP_COMMANDS[command];
  if (direction === undefined) return;
  let target = tabId;
  if (target === undefined) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    target = active?.id;
  }
  if (target !== undefined) await sendToTab(target, 'page/step-mention', { direction });
}

/** Compiled and packed once per dataset object: the store hands back the same object until the data changes. */
const matchIndexes = new WeakMap<Dataset, MatchIndexMessage>();

async function activeMatchIndex(): Promise<MatchIndexMessage> {
  const dataset = await loadActiveDataset();
  let index = matchIndexes.get(dataset);
  if (index === undefined) {
    index = toMatchIndexMessage(compileMatchIndex(dataset));
    matchIndexes.set(dataset, index);
  }
  return index;
}

/** Registers the listeners; called synchronously from `registerBackground`. */
export function registerContentSupport(): void {
  handleMessages({
    'data/get-active-dataset': () => loadActiveDataset(),
    'data/get-match-index': () => activeMatchIndex(),
    'data/get-actor-slice': async ({ actorId }) => sliceForActor(await loadActiveDataset(), actorId) ?? null,
    'e2e/command': async (payload, sender) => {
      if (!__E2E__) throw new Error('not available');
      await forwardCommand(payload.command, sender.tab?.id);
      return null;
    },
  });
  browser.commands.onCommand.addListener((command, tab) => {
    void forwardCommand(command, tab?.id);
  });
}
