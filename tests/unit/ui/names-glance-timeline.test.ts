import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../../src/data/dataset-index';
import type { Actor } from '../../../src/data/schema';
import { orderResponses } from '../../../src/ui/claim-order';
import { cutText, firstSentence, glanceOf, latestDevelopment, tellingQuote } from '../../../src/ui/claim-glance';
import { nameGroups, primaryName, secondaryNames, shortName } from '../../../src/ui/names';
import { dateSpan, layoutTimeline } from '../../../src/ui/timeline-layout';
import { uiDataset } from './fixture-dataset';

const icefcom: Actor = {
  id: 'icefcom',
  displayName: 'Information, Communications and Electronic Force Command (ICEFCOM)',
  kind: 'military-unit',
  affiliation: 'Taiwan',
  description: 'A command.',
  names: [
    { text: 'ICEFCOM', lang: 'en', match: 'exact' },
    { text: '國防部資通電軍指揮部', lang: 'zh-Hant', match: 'cjk' },
    { text: '資通電軍', lang: 'zh-Hant', match: 'cjk' },
    { text: '资通电军', lang: 'zh-Hans', match: 'cjk' },
  ],
};

const apt28: Actor = {
  id: 'apt28',
  displayName: 'APT28',
  kind: 'threat-group',
  affiliation: 'Attributed to Russia (GRU Unit 26165)',
  description: 'A group.',
  names: [
    { text: 'APT28', lang: 'en', match: 'exact', usedBy: ['mandiant'] },
    { text: 'Fancy Bear', lang: 'en', match: 'proper', usedBy: ['crowdstrike'] },
    { text: 'Forest Blizzard', lang: 'en', match: 'proper', usedBy: ['microsoft'] },
    { text: 'STRONTIUM', lang: 'en', match: 'exact', usedBy: ['microsoft'] },
    { text: 'Sofacy', lang: 'en', match: 'proper' },
  ],
};

describe('names for the interface language', () => {
  it('puts the Chinese name of the reader’s script first in a Chinese interface', () => {
    expect(primaryName(icefcom, 'en').text).toBe(icefcom.displayName);
    expect(primaryName(icefcom, 'zh-TW')).toEqual({ text: '國防部資通電軍指揮部', lang: 'zh-Hant' });
    expect(primaryName(icefcom, 'zh-CN')).toEqual({ text: '资通电军', lang: 'zh-Hans' });
    expect(primaryName(apt28, 'zh-CN').text).toBe('APT28');
    expect(secondaryNames(icefcom, 'zh-TW')).toEqual([{ text: icefcom.displayName, lang: 'en' }]);
    expect(secondaryNames(icefcom, 'en').map((n) => n.text)).toEqual(['國防部資通電軍指揮部', '資通電軍', '资通电军']);
  });

  it('uses short names on tight lines', () => {
    expect(shortName(icefcom, 'en').text).toBe('ICEFCOM');
    expect(shortName(icefcom, 'zh-TW').text).toBe('資通電軍');
    expect(shortName({ ...icefcom, displayName: 'A very long display name without any acronym at all' }, 'en').text).toBe('ICEFCOM');
    expect(shortName(apt28, 'en').text).toBe('APT28');
  });

  it('groups names by who uses them, the leading namers first, unattributed last', () => {
    expect(nameGroups(apt28, 'en')).toEqual([
      { by: 'mandiant', names: [{ text: 'APT28', lang: 'en' }] },
      { by: 'crowdstrike', names: [{ text: 'Fancy Bear', lang: 'en' }] },
      {
        by: 'microsoft',
        names: [
          { text: 'Forest Blizzard', lang: 'en' },
          { text: 'STRONTIUM', lang: 'en' },
        ],
      },
      { by: null, names: [{ text: 'Sofacy', lang: 'en' }] },
    ]);
  });
});

describe('the glance', () => {
  const index = createDatasetIndex(uiDataset());

  it('cuts text at a word with an ellipsis, CJK at a character', () => {
    expect(cutText('short', 10)).toEqual({ text: 'short', cut: false });
    expect(cutText('This is an ungrounded fabrication aimed at intimidating', 30)).toEqual({ text: 'This is an ungrounded…', cut: true });
    expect(cutText('國防部資通電軍指揮部強調這種老調重彈', 8).text).toBe('國防部資通電軍…');
  });

  it('takes the first sentence of a rationale', () => {
    expect(firstSentence('Reuters could not verify it. The ministry gave no detail.')).toBe('Reuters could not verify it.');
    expect(firstSentence('U.S. officials said so. Then more.')).toBe('U.S. officials said so.');
    expect(firstSentence('外交部表示反對。此後再無回應。')).toBe('外交部表示反對。');
  });

  it('picks the most telling quote: the shortest that is not a fragment', () => {
    expect(
      tellingQuote([
        { sourceId: 'a', quote: 'A long sentence that reports what the ministry said at length.' },
        { sourceId: 'b', quote: 'This is a fabrication, it said.' },
        { sourceId: 'c', quote: 'it said' },
      ])?.sourceId,
    ).toBe('b');
  });

  it('shows the hovered responder’s response, else the accused’s', () => {
    const claim = index.claimsById.get('c-mid')!;
    expect(glanceOf(index, claim, 'agency').response?.id).toBe('r1');
    const other = { ...index.responsesByClaim.get('c-mid')![0]!, id: 'r9', by: 'firm' };
    expect(orderResponses(claim, [other, index.responsesByClaim.get('c-mid')![0]!], 'firm').map((r) => r.id)).toEqual(['r9', 'r1']);
    expect(orderResponses(claim, [other, index.responsesByClaim.get('c-mid')![0]!]).map((r) => r.id)).toEqual(['r1', 'r9']);
    expect(glanceOf(index, claim, 'agency').reason?.text).toBe('No evidence was published <img src=x onerror=alert(1)>.');
  });

  it('dates the latest development among the actor’s claims and responses', () => {
    expect(latestDevelopment(index, 'unit')).toBe('2025-03-18');
    expect(latestDevelopment(index, 'agency')).toBe('2025-05');
    expect(latestDevelopment(index, 'bystander')).toBeUndefined();
  });
});

describe('timeline layout', () => {
  it('turns partial dates into periods', () => {
    expect(dateSpan('2025-03-17')).toEqual([20164, 20164]);
    expect(dateSpan('2025-03')).toEqual([20148, 20178]);
    expect(dateSpan('2025')).toEqual([20089, 20453]);
    expect(dateSpan('unknown')).toBeNull();
  });

  it('places events on one axis, days as dots, months as bars, labels inside the box, undated without a mark', () => {
    const layout = layoutTimeline([{ date: '2025-03-17' }, { date: '2025-03-18' }, { date: '2025-06' }, { date: 'unknown' }], 360);
    const [claim, response, later, undated] = layout.rows;
    expect(claim?.day).toBe(true);
    expect(later?.day).toBe(false);
    expect(claim!.x1! < response!.x1! && response!.x1! < later!.x1!).toBe(true);
    expect(later!.x2!).toBeLessThanOrEqual(350);
    expect(later?.anchor).toBe('end');
    expect(claim?.anchor).toBe('start');
    expect(undated?.x1).toBeNull();
    expect(layout.ticks.map((t) => t.date)).toEqual(['2025-03', '2025-05', '2025-06']);
    expect(layout.height).toBeGreaterThan(4 * 22);
  });

  it('spreads events of one day over a readable axis', () => {
    const layout = layoutTimeline([{ date: '2025-03-17' }, { date: '2025-03-17' }], 360);
    expect(layout.rows[0]?.x1).toBeCloseTo(180, 0);
  });
});
