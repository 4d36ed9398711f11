/**
 * Content-script entry: starts the page feature and nothing else.
 */
import { startContent } from './start';

startContent();
