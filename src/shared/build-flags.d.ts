/**
 * Replaced at build time by esbuild `define` (see build.ts). True only in the end-to-end test
 * build (dist/e2e-*): the card's shadow root is open so tests can read it from the page, and a
 * page event can ask the background to open the popup in a tab.
 * The production build compiles these branches away; a test checks the bundles for that.
 */
declare const __E2E__: boolean;

declare module '*.css' {
  const text: string;
  export default text;
}
