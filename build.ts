/**
 * Builds the extension for Chrome and Firefox from one source tree.
 *
 *   npx tsx build.ts            production builds in dist/chrome and dist/firefox, plus the
 *                               end-to-end test builds in dist/e2e-chrome and dist/e2e-firefox
 *   npx tsx build.ts --watch    rebuild on change (development)
 *
 * Each entry is bundled by esbuild once per target; each target gets its own manifest written
 * from the top-level manifest.json (Chrome ignores background.scripts and Firefox refuses a
 * service-worker-only add-on, so each gets only what it reads).
 */
import * as esbuild from 'esbuild';
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertBundledDatasetValid } from './src/tools/bundle-check';
import { expandDataset, type CompactDataset } from './src/data/compact';
import { validateDataset } from './src/data/validate';
import { LOCALES, messagesJson } from './src/shared/i18n-catalogue';

const ROOT = dirname(fileURLToPath(import.meta.url));

/**
 * Content-script budget in bytes, minified, dataset included. It runs on every page a person
 * opens, so it must stay small; the issue started it at 60 KB, tighten as the code settles.
 */
export const CONTENT_SCRIPT_BUDGET_BYTES = 60 * 1024;

/** Public half of the key that pins the Chrome extension id (not a secret; the private half is not kept). */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAunv76JI7rq8lwyg7SUb2SwOZ3pu5dxIF0evqaygiBA3U15pF7v/z4f1GCu/5Ftpd5C/+FwS83tN3cNZSg1Jqw+D1Mk/IdM3tC+/eJywk2oGWoRwbVU1kSZ/2Uro5DoVCJMEJmmzu63231tji06fcar0lFw+J8tg8wYl7R/gKsTCfxb2AHSzyDYgYlUfTZBanbQuGYcaE515u83DQcajlhwvJpVQebgblExFaC5U3lohpSgkp/XhZY2M6hGSjQj55njmDAznvcC5dvQ2EfgwJAiXXwDa/CDQLgGaVumGSYbFPcn2J91V9jlw4i+sipQNLGBv3MH8pWSYhTkX76KsUIwIDAQAB';

/** The id Chrome derives from CHROME_PUBLIC_KEY; tests use it to open extension pages. */
export const CHROME_EXTENSION_ID = 'lhikhfdboiijfklbpbbklcfhggaogpgm';

export const FIREFOX_EXTENSION_ID = 'counterclaim@counterclaim.invalid';

type BrowserName = 'chrome' | 'firefox';

export interface Target {
  browser: BrowserName;
  e2e: boolean;
  outDir: string;
}

/** Output folder; `COUNTERCLAIM_DIST` lets parallel work trees or test runs build side by side. */
const DIST = join(ROOT, process.env.COUNTERCLAIM_DIST ?? 'dist');

export const TARGETS: readonly Target[] = [
  { browser: 'chrome', e2e: false, outDir: join(DIST, 'chrome') },
  { browser: 'firefox', e2e: false, outDir: join(DIST, 'firefox') },
  { browser: 'chrome', e2e: true, outDir: join(DIST, 'e2e-chrome') },
  { browser: 'firefox', e2e: true, outDir: join(DIST, 'e2e-firefox') },
];

/**
 * `COUNTERCLAIM_DATASET=<compact dataset JSON>` bundles that file in place of
 * `src/data/dataset.compact.json` (the benchmark builds the extension with another dataset to
 * compare start-up cost). The file is validated instead of the records. Pair it with
 * `COUNTERCLAIM_DIST` so the build does not overwrite `dist/`.
 */
const DATASET_OVERRIDE = process.env.COUNTERCLAIM_DATASET ? resolve(ROOT, process.env.COUNTERCLAIM_DATASET) : undefined;

const ENTRIES = {
  content: 'src/content/index.ts',
  background: 'src/background/index.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
  explore: 'src/explore/index.tsx',
};

/**
 * The hover card (Preact, the shared claim view, its CSS) is an ES module the content script
 * imports on the first hover (`src/content/card-loader.ts`), listed in the manifest's
 * `web_accessible_resources` with `use_dynamic_url`. Pages where nobody rests on a name never
 * load it, and the content script keeps its budget.
 */
const LAZY_MODULES = { card: 'src/card/card-entry.ts' };

const STATIC_PAGES = ['src/popup/popup.html', 'src/options/options.html', 'src/explore/explore.html'];
const ICON_SIZES = [16, 32, 48, 128];

type Manifest = Record<string, unknown>;

function readManifest(): Manifest {
  return JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Manifest;
}

/** The one version: package.json's, written into each browser's manifest (manifest.json has none). */
function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** The per-browser manifest: pure, so tests check it without building. */
export function manifestFor(source: Manifest, browser: BrowserName, version: string): Manifest {
  const manifest: Manifest = { ...source, version };
  if (browser === 'chrome') {
    manifest.background = { service_worker: 'background.js' };
    manifest.key = CHROME_PUBLIC_KEY;
    manifest.minimum_chrome_version = '120';
    return manifest;
  }
  manifest.background = { scripts: ['background.js'] };
  manifest.browser_specific_settings = {
    gecko: {
      id: FIREFOX_EXTENSION_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
    // data_collection_permissions exists on Android from 142; say so, or the linter warns.
    gecko_android: { strict_min_version: '142.0' },
  };
  return manifest;
}

/**
 * Every dataset string is rendered as text. Preact's one `innerHTML` write (the
 * `dangerouslySetInnerHTML` prop, which this project never uses) is replaced by a throw, so no
 * future change can route data into HTML, and Firefox's linter has no unsafe assignment to flag.
 */
const noInnerHtmlInPreact: esbuild.Plugin = {
  name: 'no-inner-html-in-preact',
  setup(build) {
    build.onLoad({ filter: /preact[\\/]dist[\\/]preact\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const pattern = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
      const count = source.match(pattern)?.length ?? 0;
      if (count !== 1) throw new Error(`expected one innerHTML write in ${args.path}, found ${count}: review the patch`);
      const patched = source.replace(pattern, '(()=>{throw new Error("dangerouslySetInnerHTML is disabled")})()');
      return { contents: patched, loader: 'js' };
    });
  },
};

/**
 * CSS imported as text (the card's and the shared UI's styles, put into shadow roots as a
 * `<style>`) is minified first: comments and indentation stay readable in the source and cost
 * nothing in the content script's budget.
 */
const minifiedCssText: esbuild.Plugin = {
  name: 'minified-css-text',
  setup(build) {
    build.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await esbuild.transform(readFileSync(args.path, 'utf8'), { loader: 'css', minify: true });
      return { contents: code.trim(), loader: 'text' };
    });
  },
};

/** Resolves every import of `dataset.compact.json` to `path` (see DATASET_OVERRIDE). */
function datasetOverride(path: string): esbuild.Plugin {
  return {
    name: 'dataset-override',
    setup(build) {
      build.onResolve({ filter: /(^|[\\/])dataset\.compact\.json$/ }, () => ({ path }));
    },
  };
}

/** The override file, validated like an import: expanded from its compact form, then the schema and references. */
function assertOverrideValid(path: string): void {
  const result = validateDataset(expandDataset(JSON.parse(readFileSync(path, 'utf8')) as CompactDataset));
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.path}: ${p.message}`);
    throw new Error(`${path} (COUNTERCLAIM_DATASET) is invalid (${result.problems.length} problem(s)):\n${lines.join('\n')}`);
  }
}

function plugins(): esbuild.Plugin[] {
  return [noInnerHtmlInPreact, minifiedCssText, ...(DATASET_OVERRIDE ? [datasetOverride(DATASET_OVERRIDE)] : [])];
}

function buildOptions(target: Target): esbuild.BuildOptions {
  return {
    entryPoints: ENTRIES,
    outdir: target.outDir,
    bundle: true,
    format: 'iife',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    // Keep non-ASCII (Chinese aliases) as UTF-8 instead of \uXXXX escapes: smaller bundles.
    charset: 'utf8',
    target: target.browser === 'chrome' ? ['chrome120'] : ['firefox140'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    define: {
      __E2E__: JSON.stringify(target.e2e),
    },
    plugins: plugins(),
    logLevel: 'warning',
  };
}

function renderIcons(outDir: string): void {
  const svg = readFileSync(join(ROOT, 'icons/icon.svg'));
  mkdirSync(join(outDir, 'icons'), { recursive: true });
  for (const size of ICON_SIZES) {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
    writeFileSync(join(outDir, `icons/icon-${size}.png`), png);
  }
}

function writeStaticFiles(target: Target): void {
  for (const page of STATIC_PAGES) {
    copyFileSync(join(ROOT, page), join(target.outDir, page.split('/').pop() as string));
  }
  renderIcons(target.outDir);
  writeLocales(target.outDir);
  const manifest = manifestFor(readManifest(), target.browser, packageVersion());
  writeFileSync(join(target.outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * `_locales/<lang>/messages.json` for every language of the catalogue (src/shared/i18n-catalogue.ts,
 * the one source of truth for interface strings). The browser picks one by its interface language.
 */
function writeLocales(outDir: string): void {
  for (const { folder } of LOCALES) {
    mkdirSync(join(outDir, '_locales', folder), { recursive: true });
    writeFileSync(join(outDir, '_locales', folder, 'messages.json'), `${JSON.stringify(messagesJson(folder), null, 2)}\n`);
  }
}

/** Throws when the content script outgrows its budget, so the build fails loudly. */
export function checkContentBudget(outDir: string, budget = CONTENT_SCRIPT_BUDGET_BYTES): number {
  const size = statSync(join(outDir, 'content.js')).size;
  if (size > budget) {
    throw new Error(`content.js is ${size} bytes, over the ${budget}-byte budget (build.ts CONTENT_SCRIPT_BUDGET_BYTES)`);
  }
  return size;
}

async function buildTarget(target: Target): Promise<void> {
  rmSync(target.outDir, { recursive: true, force: true });
  mkdirSync(target.outDir, { recursive: true });
  await Promise.all([esbuild.build(buildOptions(target)), esbuild.build(lazyModuleOptions(target))]);
  writeStaticFiles(target);
}

function lazyModuleOptions(target: Target): esbuild.BuildOptions {
  return { ...buildOptions(target), entryPoints: LAZY_MODULES, format: 'esm' };
}

function reportSizes(): void {
  for (const target of TARGETS.filter((t) => !t.e2e)) {
    const sizes = [...Object.keys(ENTRIES), ...Object.keys(LAZY_MODULES)].map(
      (name) => `${name}.js ${statSync(join(target.outDir, `${name}.js`)).size} B`,
    );
    console.log(`${target.browser}: ${sizes.join(', ')}`);
  }
}

/** The dataset check every build starts with: the records (or the override) are valid and bundled as they are. */
function checkDataset(): void {
  if (DATASET_OVERRIDE) assertOverrideValid(DATASET_OVERRIDE);
  else assertBundledDatasetValid();
}

export async function buildAll(): Promise<void> {
  checkDataset();
  await Promise.all(TARGETS.map(buildTarget));
  for (const target of TARGETS.filter((t) => !t.e2e)) checkContentBudget(target.outDir);
  reportSizes();
}

/** Runs `check`, printing its failure instead of throwing: a watch keeps running until the next change. */
function report(check: () => void): void {
  try {
    check();
  } catch (error) {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Rebuild on change, with the checks of a build: the dataset on every rebuild of the first
 * target (once per change, not once per target) and the content-script budget on every shipped
 * target's rebuild. A failed check is printed; the watch goes on.
 */
async function watch(): Promise<void> {
  report(checkDataset);
  for (const target of TARGETS) {
    mkdirSync(target.outDir, { recursive: true });
    writeStaticFiles(target);
    const checks: esbuild.Plugin = {
      name: 'static-files-and-checks',
      setup: (b) =>
        b.onEnd((result) => {
          writeStaticFiles(target);
          if (result.errors.length > 0) return;
          if (target === TARGETS[0]) report(checkDataset);
          if (!target.e2e) report(() => checkContentBudget(target.outDir));
        }),
    };
    const context = await esbuild.context({ ...buildOptions(target), plugins: [...plugins(), checks] });
    await context.watch();
    await (await esbuild.context(lazyModuleOptions(target))).watch();
  }
  console.log('watching src/ — dist/ rebuilds on change (the dataset and size checks run on each); reload the extension in the browser');
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const run = process.argv.includes('--watch') ? watch : buildAll;
  run().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
