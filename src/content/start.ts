import { handleMessages, type PageSummary } from '../shared/messages';
import { installE2eBridge } from './e2e-bridge';

export function startContent(): void {
  const controller = new AbortController();
  const summary = (): PageSummary => ({ state: 'ready', actors: [], mentionCount: 0, capped: false });
  installE2eBridge(summary, controller.signal);
  handleMessages({ 'page/get-summary': summary }, controller.signal);
}
