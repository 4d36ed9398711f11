/**
 * Content-script entry: starts the page feature and nothing else.
 *
 * The feature lives as long as the page, so nothing aborts this controller in the extension; it
 * is the one handle that would tear everything down (unit tests start and abort the feature).
 */
import { startContent } from './start';

const lifetime = new AbortController();
startContent(lifetime.signal);
