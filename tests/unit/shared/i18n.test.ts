/**
 * The interface speaks English, Traditional and Simplified Chinese from one catalogue: every key
 * in every language with the same substitutions, the generated messages.json valid for both
 * browsers, and no English sentence hard-coded in a component.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUE, LOCALES, messagesJson } from '../../../src/shared/i18n-catalogue';
import { plural, t, uiLanguage, uiLocale } from '../../../src/shared/i18n';
import { getTestMessage, setTestLocale } from '../setup-i18n';

const ROOT = join(import.meta.dirname, '../../..');

afterEach(() => setTestLocale('en'));

describe('the message catalogue', () => {
  it('has every key in all three languages, none empty, with the same substitutions', () => {
    for (const [key, entry] of Object.entries(CATALOGUE)) {
      const subs = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort().join(',');
      for (const { field } of LOCALES) {
        expect(entry[field].trim(), `${key}.${field}`).not.toBe('');
        expect(subs(entry[field]), `${key}.${field} substitutions`).toBe(subs(entry.en));
        expect(entry[field].replace(/\$\d/g, ''), `${key}.${field} has a stray $`).not.toContain('$');
      }
    }
  });

  it('writes messages.json with valid keys, placeholders for every $n, and the same keys per locale', () => {
    const keys = Object.keys(messagesJson('en')).sort();
    for (const { folder } of LOCALES) {
      const messages = messagesJson(folder);
      expect(Object.keys(messages).sort()).toEqual(keys);
      for (const [key, message] of Object.entries(messages)) {
        expect(key).toMatch(/^[A-Za-z0-9_]+$/);
        for (const [, name] of message.message.matchAll(/\$([A-Z0-9_]+)\$/g)) {
          expect(message.placeholders?.[(name as string).toLowerCase()], `${folder}.${key} $${name}$`).toBeDefined();
        }
      }
    }
  });

  it('has plural pairs for every count', () => {
    for (const key of Object.keys(CATALOGUE)) {
      if (key.endsWith('_one')) expect(Object.keys(CATALOGUE)).toContain(key.replace(/_one$/, '_other'));
    }
  });

  it('substitutes in the order the translation puts them', () => {
    expect(getTestMessage('en', 'explore_showing', ['5', '9'])).toBe('Showing 5 of 9.');
    expect(getTestMessage('zh_TW', 'explore_showing', ['5', '9'])).toBe('顯示 9 項中的 5 項。');
  });

  it('follows the chosen catalogue for strings, plurals, dates and the language tag', () => {
    expect(t('glance_evidence')).toBe('Evidence');
    expect(plural('count_claims', 1)).toBe('1 claim');
    expect(plural('count_claims', 3)).toBe('3 claims');
    expect(uiLanguage()).toBe('en');
    expect(uiLocale()).toBe('en-GB');
    setTestLocale('zh_TW');
    expect(t('glance_evidence')).toBe('證據');
    expect(plural('count_claims', 1)).toBe('1 項指控');
    expect(uiLanguage()).toBe('zh-TW');
    setTestLocale('zh_CN');
    expect(t('evidence_unverifiable_by_press')).toBe('媒体无法核实');
    expect(uiLanguage()).toBe('zh-CN');
  });

  it('uses the rubric’s words for evidence statuses', () => {
    const rubric = readFileSync(join(ROOT, 'docs/evidence-rubric.md'), 'utf8');
    for (const status of ['asserted', 'claimant-indicators', 'independently-corroborated', 'unverifiable-by-press', 'not-assessed']) {
      expect(rubric).toContain(`### \`${status}\``);
    }
    expect(CATALOGUE.evidence_unverifiable_by_press.en.toLowerCase()).toBe('unverifiable by press');
    expect(CATALOGUE.evidence_not_assessed.en.toLowerCase()).toBe('not assessed');
  });
});

/** Attributes a reader sees or hears: a literal there is an interface string. */
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'title',
  'alt',
  'label',
  'text',
  'summary',
]);
/** A word of two or more Latin letters: what an English interface string has and punctuation has not. */
const WORD = /[A-Za-z]{2,}/;
/** Example host names (a placeholder such as news.example.com) are the same in every language. */
const HOST_NAME = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const isInterfaceText = (text: string) => WORD.test(text) && !HOST_NAME.test(text.trim());

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

function hardCoded(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push(`${relative(ROOT, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim()}`);
  const literalText = (node: ts.Node): string | null => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
    return null;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && isInterfaceText(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const text = literalText(node.expression);
      if (text && isInterfaceText(text)) report(node, text);
    }
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = ts.isJsxExpression(node.initializer) && node.initializer.expression ? node.initializer.expression : node.initializer;
      const text = literalText(init);
      if (text && isInterfaceText(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('components', () => {
  it('hard-code no English: every interface string comes from the catalogue', () => {
    const files = tsxFiles(join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(15);
    expect(files.flatMap(hardCoded)).toEqual([]);
  });

  it('the check catches what it should', () => {
    const probe = join(ROOT, 'tests/unit/shared/fixtures/hard-coded.tsx');
    expect(hardCoded(probe).map((line) => line.replace(/^.*?: /, ''))).toEqual(['Close', 'Search here', 'Loading', 'Claimed']);
  });
});
