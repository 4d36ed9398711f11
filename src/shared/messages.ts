/**
 * One typed message map for every conversation between the content script, the background and
 * the popup. A message is `{ type, payload }`; a handler's answer travels back as a `Reply`
 * value, so errors cross the boundary as data instead of as rejected promises with lost stacks.
 *
 * Only the extension's own contexts are trusted: `handleMessages` drops anything whose sender is
 * not this extension (web pages cannot reach `runtime.onMessage` without `externally_connectable`,
 * and we check anyway).
 */
import { browser, type Runtime } from './browser';
import type { PackedMatchIndex } from '../data/match-index';
import type { Dataset } from '../data/schema';

/** What a content script knows about its page, as shown by the popup and the badge. */
export interface PageActorSummary {
  actorId: string;
  mentionCount: number;
  /** The distinct names the page uses for the actor, in page order (a few at most). */
  names?: string[];
}

export type PageState = 'scanning' | 'ready' | 'site-disabled' | 'paused';

export interface PageSummary {
  state: PageState;
  actors: PageActorSummary[];
  /** Total mentions highlighted, after the per-page cap. */
  mentionCount: number;
  /** True when the per-page mention cap stopped the scan early. */
  capped: boolean;
  /**
   * The page's `location.hostname`, the unit the popup's site switch turns off (the popup cannot
   * read tab URLs: no `tabs` permission). Optional so older senders stay valid.
   */
  hostname?: string;
}

/** The packed match index on the wire: strings only (Chromium serialises messages as JSON). */
export type MatchIndexMessage = Omit<PackedMatchIndex, 'compiled'> & {
  /** `PackedMatchIndex.compiled` as base64 (`base64.ts`). */
  readonly compiled: string;
};

/** request → response types, keyed by message type. */
export interface MessageMap {
  /** content → background: the set of actors on the page changed (drives the badge). */
  'page/actors-changed': { request: { actorCount: number }; response: null };
  /** popup → content: what is on this page. */
  'page/get-summary': { request: Record<string, never>; response: PageSummary };
  /** popup → content: scroll to the first mention of an actor and open its card. */
  'page/reveal-actor': { request: { actorId: string }; response: { found: boolean } };
  /** background (keyboard command) → content: move to the next or previous mention. */
  'page/step-mention': { request: { direction: 1 | -1 }; response: { found: boolean } };
  /**
   * e2e build only, content → background: open an extension page in a tab for the sender's tab
   * (`hash` for the explore page's deep links).
   */
  'e2e/open-popup': { request: { page: 'popup' | 'options' | 'explore'; hash?: string }; response: null };
  /** card → background: open the explore page at `hash` (`actor/<id>`, `episode/<id>`, or ''). */
  'ui/open-explore': { request: { hash: string }; response: null };
  /**
   * content → background: the active dataset (bundled, or merged with the reader's import). The
   * content script asks instead of bundling it: the dataset alone would fill most of its budget.
   */
  'data/get-active-dataset': { request: Record<string, never>; response: Dataset };
  /**
   * content → background: only what finding names needs (names, rules, context terms, display
   * names, mark strengths, and the names compiled), once per dataset; the records stay in the
   * background. Packed, its bytes as base64 (`MatchIndexMessage`).
   */
  'data/get-match-index': { request: Record<string, never>; response: MatchIndexMessage };
  /** content → background: one actor's records for its card (`sliceForActor`); null if unknown. */
  'data/get-actor-slice': { request: { actorId: string }; response: Dataset | null };
  /** e2e build only, content → background: run a keyboard command as if its shortcut was pressed. */
  'e2e/command': { request: { command: string }; response: null };
}

export type MessageType = keyof MessageMap;
export type RequestOf<K extends MessageType> = MessageMap[K]['request'];
export type ResponseOf<K extends MessageType> = MessageMap[K]['response'];

export interface Message<K extends MessageType = MessageType> {
  type: K;
  payload: RequestOf<K>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export type Handlers = {
  [K in MessageType]?: (payload: RequestOf<K>, sender: Runtime.MessageSender) => ResponseOf<K> | Promise<ResponseOf<K>>;
};

/**
 * Every message type, once, for the runtime check below. `satisfies` ties it to `MessageMap`: a
 * type added to the map and not here, or listed here and not in the map, fails to compile.
 */
const KNOWN_TYPES = {
  'page/actors-changed': true,
  'page/get-summary': true,
  'page/reveal-actor': true,
  'page/step-mention': true,
  'e2e/open-popup': true,
  'data/get-active-dataset': true,
  'data/get-match-index': true,
  'data/get-actor-slice': true,
  'e2e/command': true,
  'ui/open-explore': true,
} satisfies Record<MessageType, true>;

/** The message types of `MessageMap`, as runtime strings. */
export const MESSAGE_TYPES: ReadonlySet<string> = new Set(Object.keys(KNOWN_TYPES));

/** Narrow an unknown runtime message to one of ours. */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && MESSAGE_TYPES.has(type);
}

function isFromThisExtension(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

async function runHandler(handlers: Handlers, message: Message, sender: Runtime.MessageSender): Promise<Reply<unknown>> {
  const handler = handlers[message.type] as ((payload: unknown, sender: Runtime.MessageSender) => unknown) | undefined;
  if (!handler) return { ok: false, error: `no handler for ${message.type}` };
  try {
    return { ok: true, value: await handler(message.payload, sender) };
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
}

/**
 * Register handlers for the message types this context answers. Returns nothing to the sender for
 * types it does not handle, so several contexts can listen side by side.
 */
export function handleMessages(handlers: Handlers, signal?: AbortSignal): void {
  const listener = (raw: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (!isFromThisExtension(sender)) return undefined;
    if (!isMessage(raw)) return undefined;
    if (!handlers[raw.type]) return undefined;
    return runHandler(handlers, raw, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

function toReply<T>(raw: unknown): Reply<T> {
  if (typeof raw === 'object' && raw !== null && 'ok' in raw) return raw as Reply<T>;
  return { ok: false, error: 'no answer' };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Send to the background (or any extension page listening). Never throws. */
export async function sendToBackground<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<Reply<ResponseOf<K>>> {
  try {
    return toReply<ResponseOf<K>>(await browser.runtime.sendMessage({ type, payload }));
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
}

/**
 * Send to the content script of a tab. A tab where no content script runs (browser pages, the
 * web store, PDF viewer) answers with an error value, which callers show as "cannot run here".
 */
export async function sendToTab<K extends MessageType>(tabId: number, type: K, payload: RequestOf<K>): Promise<Reply<ResponseOf<K>>> {
  try {
    return toReply<ResponseOf<K>>(await browser.tabs.sendMessage(tabId, { type, payload }));
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
}
