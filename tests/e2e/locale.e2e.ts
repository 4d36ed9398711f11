/**
 * The browser launched with its interface in Traditional (zh-TW) and Simplified (zh-CN) Chinese
 * shows the popup, the card and the options page in that language: no English interface word is
 * left. Dataset text (names, summaries, quotes) stays as published; it is marked with its own
 * `lang`, which is how the check tells it apart from interface text.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession, type UiLocale } from './harness/browsers';
import { hoverMention, waitForCard } from './harness/card';
import { HOST_TAG, openExtensionPage, screenshot, waitForScan } from './harness/extension';
import { DEMO_DIR } from './harness/paths';
import { startFixtureServer, type FixtureServer } from './harness/server';

/**
 * Latin words that are the same in every language: the product's name, keys, units, protocols,
 * and the proper names of the catalogues the data credits (MITRE ATT&CK, Microsoft, CC BY).
 */
const ALLOWED = ['Counterclaim', 'Alt', 'Shift', 'JSON', 'http', 'https', 'MB', 'KB', 'PDF', 'MITRE', 'ATT', 'CK', 'Microsoft', 'CC', 'BY'];

/**
 * Interface text under `rootSelector` (in the document or the card's shadow root) that contains
 * a Latin word: text nodes and visible attributes whose nearest `lang` is the interface's own.
 */
async function englishLeft(page: Page, inCard: boolean): Promise<string[]> {
  return page.evaluate(
    (tag, card, allowed) => {
      const root: ParentNode | null | undefined = card ? document.querySelector(tag)?.shadowRoot : document;
      const top = (card ? root?.querySelector('[role="dialog"]') : document.documentElement) as HTMLElement | null;
      if (!root || !top) return ['no interface root'];
      const uiLang = top.getAttribute('lang') ?? '';
      // Example host names (a placeholder such as news.example.com) are the same in every language.
      const words = (text: string) =>
        /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(text.trim()) ? [] : (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !allowed.includes(w));
      const isInterface = (element: Element | null) => element?.closest('[lang]') === top;
      const found: string[] = [];
      if (!uiLang.startsWith('zh')) found.push(`interface lang is "${uiLang}"`);
      const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('style, script') || !isInterface(parent)) continue;
        if (parent.closest('[hidden]') || parent.getClientRects().length === 0) continue;
        if (words(node.textContent ?? '').length > 0) found.push(`text: ${node.textContent?.trim()}`);
      }
      for (const element of top.querySelectorAll('[aria-label], [placeholder], [title]')) {
        if (!isInterface(element)) continue;
        for (const name of ['aria-label', 'placeholder', 'title']) {
          const value = element.getAttribute(name);
          if (value && words(value).length > 0) found.push(`${name}: ${value}`);
        }
      }
      return found;
    },
    HOST_TAG,
    inCard,
    ALLOWED,
  );
}

const LOCALES: readonly UiLocale[] = ['zh-TW', 'zh-CN'];

describe.each(E2E_BROWSERS.flatMap((kind) => LOCALES.map((locale) => [kind, locale] as const)))(
  '%s with its interface in %s',
  (kind, locale) => {
    let server: FixtureServer;
    let session: ExtensionSession;

    beforeAll(async () => {
      server = await startFixtureServer([DEMO_DIR]);
      session = await launchWithExtension(kind, 'e2e', locale);
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('speaks Chinese in the card, the popup and the options page, with dataset text as published', async () => {
      const { page } = await session.openPage(server.url('news.html'));
      await waitForScan(page);

      await hoverMention(page, 'ICEFCOM');
      const card = await waitForCard(page);
      // Chinese name first, glance labels and chips in Chinese, dates as 年月日.
      expect(card.split('\n')[0]).toBe(locale === 'zh-TW' ? '國防部資通電軍指揮部' : '资通电军');
      expect(card).toContain(locale === 'zh-TW' ? '證據' : '证据');
      expect(card).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
      expect(card).toContain(locale === 'zh-TW' ? '摘要與引文依原文呈現' : '摘要和引文按原文呈现');
      await page.evaluate(
        (tag) => (document.querySelector(tag)?.shadowRoot?.querySelector('[data-testid="lead-details"] > button') as HTMLElement).click(),
        HOST_TAG,
      );
      await page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.cc-details') !== null, {}, HOST_TAG);
      expect(await englishLeft(page, true)).toEqual([]);
      await screenshot(page, session, `card-${locale}`);

      const popup = await openExtensionPage(session, page, 'popup');
      await popup.waitForSelector('[data-testid="page-actors"] li');
      expect(await popup.$eval('[data-testid="popup-title"]', (el) => el.textContent)).toBe('Counterclaim');
      expect(await englishLeft(popup, false)).toEqual([]);
      await popup.setViewport({ width: 400, height: 600 });
      await screenshot(popup, session, `popup-${locale}`);

      const options = await openExtensionPage(session, page, 'options');
      await options.waitForSelector('[data-testid="data-in-use"]');
      expect(await englishLeft(options, false)).toEqual([]);
      for (const p of [options, popup, page]) await p.close();
    });
  },
);
