/**
 * What the page asks the background for: the match index once per session, and one actor's
 * records when its card first opens. The page never holds the dataset (see `data/match-index.ts`).
 */
import { createDatasetIndex, type DatasetIndex } from '../data/dataset-index';
import type { OpenedMatchIndex } from '../data/match-index';
import { openMatchIndexMessage } from '../shared/match-index-wire';
import { sendToBackground, type Reply } from '../shared/messages';
import { markStartup } from './startup-marks';

/** Attempts after the first to get the match index, and the first back-off (doubled each time). */
const MATCH_INDEX_RETRIES = 3;
const MATCH_INDEX_RETRY_DELAY_MS = 250;

/** The match index from the background; a service worker that is still starting may not answer at once. */
export async function fetchMatchIndex(): Promise<Reply<OpenedMatchIndex>> {
  for (let attempt = 0; ; attempt++) {
    const reply = await sendToBackground('data/get-match-index', {});
    if (reply.ok) {
      markStartup('indexReceived');
      try {
        return { ok: true, value: openMatchIndexMessage(reply.value) };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    }
    if (attempt >= MATCH_INDEX_RETRIES) return reply;
    await new Promise((done) => setTimeout(done, MATCH_INDEX_RETRY_DELAY_MS * 2 ** attempt));
  }
}

/**
 * Card data per actor, asked of the background once per session: the index of the actor's
 * slice, or null when it could not be had (the next open asks again).
 */
export function createCardData(): (actorId: string) => Promise<DatasetIndex | null> {
  const cards = new Map<string, Promise<DatasetIndex | null>>();
  return (actorId) => {
    let data = cards.get(actorId);
    if (data === undefined) {
      data = sendToBackground('data/get-actor-slice', { actorId }).then((reply) => {
        if (reply.ok && reply.value) return createDatasetIndex(reply.value);
        cards.delete(actorId);
        return null;
      });
      cards.set(actorId, data);
    }
    return data;
  };
}
