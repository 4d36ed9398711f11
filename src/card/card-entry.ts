/**
 * Entry of the lazily loaded card module (`card.js`, an ES module; see LAZY_MODULES in build.ts).
 * The content script imports it on the first hover through `card-loader.ts`.
 */
export { createCardHost } from './card-host';
