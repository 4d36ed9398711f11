/**
 * Records errors and requests per page, attributed to the page or to the extension.
 *
 * Chromium (CDP): a content script runs in an isolated world of the page's renderer. Its uncaught
 * exceptions and console errors arrive on the page's own CDP session as `Runtime.exceptionThrown`
 * / `Runtime.consoleAPICalled` carrying the id of an execution context whose origin is
 * `chrome-extension://<id>` (type `isolated`); that is how they are told apart from the page's.
 * (puppeteer's `pageerror` event does report isolated-world exceptions too, but without saying
 * whose they are.) The service worker is a target of its own: the sweep attaches to it and
 * records its exceptions, console errors and every request it makes. Network requests of the page
 * carry an `initiator` with the script URL and stack: a `chrome-extension://` frame marks a
 * request the content script made.
 *
 * Firefox (WebDriver BiDi): content-script exceptions and console errors reach puppeteer's
 * `pageerror` / `console` events with the page's own; they are attributed by a `moz-extension://`
 * URL in the message or stack, and otherwise caught by the with-minus-without difference. The
 * background page is not observable over BiDi here; page requests carry BiDi's initiator (type,
 * and a stack for script-initiated ones).
 */
import type { Browser, CDPSession, Page, Target } from 'puppeteer-core';
import type { Protocol } from 'puppeteer-core';

export type ErrorSource = 'page' | 'content-script' | 'background';

export interface ErrorRecord {
  source: ErrorSource;
  kind: 'exception' | 'console' | 'log';
  text: string;
}

export interface RequestRecord {
  url: string;
  /** What started it: a script URL, `parser`, `other`… */
  initiator: string;
  /** Started by the content script or the background (initiator or URL in the extension's scheme). */
  byExtension: boolean;
  from: 'page' | 'background';
}

export interface Recorder {
  errors: ErrorRecord[];
  requests: RequestRecord[];
}

const EXTENSION_SCHEMES = ['chrome-extension://', 'moz-extension://'];

export function isExtensionUrl(url: string | undefined): boolean {
  return url !== undefined && EXTENSION_SCHEMES.some((scheme) => url.startsWith(scheme));
}

/**
 * In Firefox only a `moz-extension://` URL can be an extension's: a saved page may itself link
 * another browser's extension file (wikipedia-4.html links a `chrome-extension://` stylesheet,
 * and Firefox reports the page's CSP refusing it with that URL).
 */
const FIREFOX_EXTENSION_SCHEME = 'moz-extension://';

function isFirefoxExtensionUrl(url: string | undefined): boolean {
  return url !== undefined && url.startsWith(FIREFOX_EXTENSION_SCHEME);
}

function mentionsExtension(text: string): boolean {
  return text.includes(FIREFOX_EXTENSION_SCHEME);
}

function stackUrls(stack: Protocol.Runtime.StackTrace | undefined): string[] {
  const urls: string[] = [];
  for (let current = stack; current; current = current.parent) urls.push(...current.callFrames.map((frame) => frame.url));
  return urls;
}

function remoteText(arg: Protocol.Runtime.RemoteObject): string {
  if (arg.value !== undefined) return String(arg.value);
  return arg.description ?? arg.unserializableValue ?? arg.type;
}

function exceptionText(details: Protocol.Runtime.ExceptionDetails): string {
  return (details.exception?.description ?? details.text).split('\n')[0] ?? details.text;
}

/** Attach to a page's CDP session before navigation; records until the page closes. */
export async function watchChromiumPage(page: Page, recorder: Recorder): Promise<CDPSession> {
  const session = await page.createCDPSession();
  const extensionContexts = new Set<number>();
  session.on('Runtime.executionContextCreated', ({ context }) => {
    if (isExtensionUrl(context.origin)) extensionContexts.add(context.id);
  });
  const sourceOf = (contextId: number, urls: readonly string[]): ErrorSource =>
    extensionContexts.has(contextId) || urls.some(isExtensionUrl) ? 'content-script' : 'page';
  session.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    const urls = [exceptionDetails.url ?? '', ...stackUrls(exceptionDetails.stackTrace)];
    recorder.errors.push({
      source: sourceOf(exceptionDetails.executionContextId ?? -1, urls),
      kind: 'exception',
      text: exceptionText(exceptionDetails),
    });
  });
  session.on('Runtime.consoleAPICalled', (event) => {
    if (event.type !== 'error' && event.type !== 'assert') return;
    recorder.errors.push({
      source: sourceOf(event.executionContextId, stackUrls(event.stackTrace)),
      kind: 'console',
      text: event.args.map(remoteText).join(' '),
    });
  });
  const pageRequestIds = new Set<string>();
  const extensionRequestIds = new Set<string>();
  session.on('Log.entryAdded', ({ entry }) => {
    if (entry.level !== 'error') return;
    // A page sub-resource refused by the sweep's interception logs "Failed to load resource":
    // the page's own request, refused on purpose, not an error the extension caused.
    if (entry.source === 'network' && entry.networkRequestId && pageRequestIds.has(entry.networkRequestId)) return;
    const extension =
      entry.source === 'network'
        ? entry.networkRequestId !== undefined && extensionRequestIds.has(entry.networkRequestId)
        : isExtensionUrl(entry.url) || stackUrls(entry.stackTrace).some(isExtensionUrl);
    recorder.errors.push({ source: extension ? 'content-script' : 'page', kind: 'log', text: `${entry.source}: ${entry.text}` });
  });
  session.on('Network.requestWillBeSent', ({ requestId, request, initiator }) => {
    // Attributed by who asked, not by what was asked for: a saved page can itself link another
    // extension's chrome-extension:// stylesheet (wikipedia-4.html does), which is the page's.
    const urls = [initiator.url ?? '', ...stackUrls(initiator.stack)];
    const byExtension = urls.some(isExtensionUrl);
    (byExtension ? extensionRequestIds : pageRequestIds).add(requestId);
    recorder.requests.push({ url: request.url, initiator: urls.find(Boolean) ?? initiator.type, byExtension, from: 'page' });
  });
  await Promise.all([session.send('Runtime.enable'), session.send('Log.enable'), session.send('Network.enable')]);
  return session;
}

async function attachWorker(target: Target, recorder: Recorder): Promise<void> {
  const session = await target.createCDPSession();
  session.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
    recorder.errors.push({ source: 'background', kind: 'exception', text: exceptionText(exceptionDetails) }),
  );
  session.on('Runtime.consoleAPICalled', (event) => {
    if (event.type === 'error' || event.type === 'assert')
      recorder.errors.push({ source: 'background', kind: 'console', text: event.args.map(remoteText).join(' ') });
  });
  session.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error') recorder.errors.push({ source: 'background', kind: 'log', text: `${entry.source}: ${entry.text}` });
  });
  session.on('Network.requestWillBeSent', ({ request, initiator }) =>
    recorder.requests.push({ url: request.url, initiator: initiator.url ?? initiator.type, byExtension: true, from: 'background' }),
  );
  await Promise.all([session.send('Runtime.enable'), session.send('Log.enable'), session.send('Network.enable')]);
}

function isExtensionWorker(target: Target): boolean {
  return (target.type() === 'service_worker' || target.type() === 'background_page') && isExtensionUrl(target.url());
}

/**
 * Record the extension's service worker (and any later incarnation: Chromium stops idle workers
 * and starts new ones on the next event) for the life of `browser`.
 */
export async function watchChromiumExtension(browser: Browser, recorder: Recorder): Promise<void> {
  const attached = new Set<Target>();
  const attach = async (target: Target) => {
    if (attached.has(target) || !isExtensionWorker(target)) return;
    attached.add(target);
    await attachWorker(target, recorder).catch(() => attached.delete(target));
  };
  browser.on('targetcreated', (target: Target) => void attach(target));
  await browser.waitForTarget(isExtensionWorker, { timeout: 10_000 }).catch(() => undefined);
  await Promise.all(browser.targets().map(attach));
}

/** Firefox: errors and requests of one page over BiDi (see the file comment for the limits). */
export function watchFirefoxPage(page: Page, recorder: Recorder): void {
  page.on('pageerror', (error: unknown) => {
    const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    recorder.errors.push({
      source: mentionsExtension(text) ? 'content-script' : 'page',
      kind: 'exception',
      text: text.split('\n')[0] ?? text,
    });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'assert') return;
    const urls = message.stackTrace().map((frame) => frame.url ?? '');
    recorder.errors.push({ source: urls.some(isFirefoxExtensionUrl) ? 'content-script' : 'page', kind: 'console', text: message.text() });
  });
  page.on('request', (request) => {
    const initiator = request.initiator();
    const urls = [initiator?.url ?? '', ...stackUrls(initiator?.stack as Protocol.Runtime.StackTrace | undefined)];
    const byExtension = urls.some(isFirefoxExtensionUrl);
    recorder.requests.push({
      url: request.url(),
      initiator: urls.find(Boolean) ?? initiator?.type ?? 'unknown',
      byExtension,
      from: 'page',
    });
  });
}
