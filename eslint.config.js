import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ (README, "Architecture") and what each may import. A folder not listed here
 * may not be imported from any other folder; `tools` is listed by nobody, so nothing the extension
 * ships can reach Node-only code. Imports inside a folder are always allowed.
 */
const LAYERS = {
  match: { may: [], pure: true },
  data: { may: ['match'], pure: true },
  shared: { may: ['data', 'match'] },
  content: { may: ['shared', 'data', 'match'], typesFrom: ['card'] },
  card: { may: ['ui', 'shared', 'data'] },
  ui: { may: ['shared', 'data'] },
  popup: { may: ['ui', 'shared', 'data'] },
  options: { may: ['ui', 'shared', 'data'] },
  explore: { may: ['ui', 'shared', 'data', 'match'] },
  background: { may: ['shared', 'data'] },
  tools: { may: ['content', 'shared', 'data', 'match'], node: true },
};
const FOLDERS = [...Object.keys(LAYERS)];

/** A relative import of `folder` from a sibling folder of src/ (every src/ folder is one level deep). */
const folderImport = (folders) => `^\\.\\.?/(?:.*/)?(?:${folders.join('|')})(?:/|$)`;

/** Node's modules and the Node-only packages, by exact name (a pattern like `constants` would match `./constants`). */
const NODE_MODULES = [...builtinModules, 'happy-dom', 'esbuild', 'vitest', 'puppeteer-core', 'fast-check'];
const BROWSER_PACKAGES = ['webextension-polyfill', 'preact', '@floating-ui/dom'];

const NODE_MESSAGE = 'Node-only module: the extension runs in browsers. Node tooling lives in src/tools.';
const POLYFILL_MESSAGE = 'Import `browser` from src/shared/browser.ts, the one polyfill import.';

function restrictionsFor(layer, { polyfill = false } = {}) {
  const rule = LAYERS[layer];
  const banned = FOLDERS.filter((folder) => folder !== layer && !rule.may.includes(folder) && !(rule.typesFrom ?? []).includes(folder));
  const patterns = [];
  const paths = [];
  if (banned.length > 0) {
    patterns.push({
      regex: folderImport(banned),
      message: `src/${layer} may import only ${rule.may.length > 0 ? rule.may.map((f) => `src/${f}`).join(', ') : 'itself'} (README, "Architecture").`,
    });
  }
  if (rule.typesFrom) {
    patterns.push({
      regex: folderImport(rule.typesFrom),
      allowTypeImports: true,
      message: `src/${layer} may import only types from ${rule.typesFrom.map((f) => `src/${f}`).join(', ')}: its code is a separate, lazily loaded bundle.`,
    });
  }
  if (rule.pure) {
    const message = `src/${layer} is pure: no browser, extension or Node API (README, "Architecture").`;
    patterns.push({ regex: '^(?:node:|preact/|@floating-ui/)', message });
    for (const name of [...NODE_MODULES, ...BROWSER_PACKAGES]) paths.push({ name, message });
  } else if (!rule.node) {
    patterns.push({ regex: '^node:', message: NODE_MESSAGE });
    for (const name of NODE_MODULES) paths.push({ name, message: NODE_MESSAGE });
    // The polyfill is imported once, in src/shared/browser.ts; everything else takes `browser` from there.
    if (!polyfill) paths.push({ name: 'webextension-polyfill', message: POLYFILL_MESSAGE });
  }
  return { paths, patterns };
}

/** Only the pure type check (tsconfig.pure.json) reads this declaration; no project the linter asks has it. */
const TYPE_CHECK_IGNORES = ['src/data/url-global.d.ts'];

/** Globals the pure core must not touch: the page, the extension API, Node. */
const PURE_FORBIDDEN_GLOBALS = [
  'document',
  'window',
  'navigator',
  'location',
  'chrome',
  'browser',
  'localStorage',
  'fetch',
  'process',
  'Buffer',
  'require',
];
/** Node globals that would pass a Node-typed check but throw in a browser. */
const NODE_GLOBALS = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global'];

const layerConfigs = Object.entries(LAYERS).map(([layer, rule]) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    '@typescript-eslint/no-restricted-imports': ['error', restrictionsFor(layer)],
    ...(rule.node
      ? {}
      : {
          'no-restricted-globals': [
            'error',
            ...(rule.pure ? PURE_FORBIDDEN_GLOBALS : NODE_GLOBALS).map((name) => ({
              name,
              message: rule.pure
                ? `src/${layer} is pure: no browser, extension or Node API.`
                : 'Node global: the extension runs in browsers.',
            })),
          ],
        }),
  },
}));

export default tseslint.config(
  { ignores: ['dist*/**', 'node_modules/**', 'artifacts/**', 'tmp/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Type-aware rules on the shipped and tooling code: floating promises, unsafe any flows, misused
  // promises in event handlers. tsconfig.json's program covers every src/ file.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['src/**/*.{ts,tsx}'], ignores: TYPE_CHECK_IGNORES })),
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: TYPE_CHECK_IGNORES,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  ...layerConfigs,
  {
    files: ['src/shared/browser.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', restrictionsFor('shared', { polyfill: true })] },
  },
);
