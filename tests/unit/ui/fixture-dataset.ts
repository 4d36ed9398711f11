/** A small hand-written dataset for the UI tests: three claims around one actor. */
import type { Dataset } from '../../../src/data/schema';

export const HOSTILE = '<img src=x onerror=alert(1)>';

export function uiDataset(): Dataset {
  return {
    version: '1.0.0',
    asOf: '2026-01-01',
    episodes: [
      { id: 'e1', title: 'Episode one' },
      { id: 'e2', title: 'Episode two' },
    ],
    actors: [
      {
        id: 'agency',
        displayName: 'The Agency',
        kind: 'state-agency',
        affiliation: 'Nowhere',
        description: 'An agency.',
        names: [
          { text: 'Agency', lang: 'en', match: 'proper' },
          { text: '机构', lang: 'zh-Hans', match: 'cjk' },
          { text: '機構', lang: 'zh-Hant', match: 'cjk' },
        ],
      },
      {
        id: 'unit',
        displayName: 'The Unit',
        kind: 'military-unit',
        affiliation: 'Elsewhere',
        description: 'A unit.',
        names: [{ text: 'Unit', lang: 'en', match: 'proper' }],
      },
      {
        id: 'group',
        displayName: `Group ${HOSTILE}`,
        kind: 'threat-group',
        affiliation: 'Unknown',
        description: 'A group.',
        names: [
          { text: 'G1', lang: 'en', match: 'exact', usedBy: ['firm'] },
          { text: 'Grey Bear', lang: 'en', match: 'proper', usedBy: ['firm', 'agency'] },
          { text: '灰熊', lang: 'zh', match: 'cjk' },
          { text: 'G2', lang: 'en', match: 'exact' },
          { text: 'G3', lang: 'en', match: 'exact' },
          { text: 'G4', lang: 'en', match: 'exact' },
        ],
      },
      { id: 'firm', displayName: 'The Firm', kind: 'company', affiliation: 'Elsewhere', description: 'A firm.', names: [] },
      { id: 'bystander', displayName: 'Bystander', kind: 'company', affiliation: 'Far away', description: 'In no claim.', names: [] },
    ],
    claims: [
      {
        id: 'c-new',
        episode: 'e1',
        claimants: ['agency'],
        accused: ['group'],
        summary: `Newest claim ${HOSTILE}`,
        date: '2025-05',
        sourceRefs: [{ sourceId: 's-http', quote: 'q' }],
      },
      {
        id: 'c-mid',
        episode: 'e1',
        claimants: ['agency'],
        accused: ['unit'],
        summary: 'Middle claim about the unit.',
        date: '2025-03-17',
        sourceRefs: [{ sourceId: 's1', quote: 'The unit did it, the agency said.' }],
      },
      {
        id: 'c-old',
        episode: 'e2',
        claimants: ['firm'],
        accused: ['agency'],
        summary: 'Old claim against the agency.',
        date: '2024',
        sourceRefs: [{ sourceId: 's-js', quote: 'q' }],
      },
    ],
    responses: [
      {
        id: 'r1',
        claimId: 'c-mid',
        by: 'unit',
        stance: 'denies',
        date: '2025-03-18',
        summary: 'Denied.',
        sourceRefs: [{ sourceId: 's1', quote: `This is a fabrication ${HOSTILE}` }],
      },
    ],
    evidence: [
      {
        claimId: 'c-mid',
        status: 'asserted',
        rationale: `No evidence was published ${HOSTILE}. A second sentence.`,
        sourceRefs: [{ sourceId: 's1', quote: 'q' }],
      },
    ],
    sources: [
      {
        id: 's1',
        url: 'https://news.example/story',
        publisher: 'Example News',
        title: 'A story',
        date: '2025-03-18',
        tier: 'wire',
        lang: 'en',
      },
      {
        id: 's-http',
        url: 'http://old.example/page',
        httpNote: 'No https copy.',
        publisher: 'Old Site',
        title: null,
        date: 'unknown',
        tier: 'secondary',
        lang: 'en',
      },
      { id: 's-js', url: 'javascript:alert(1)', publisher: 'Sneaky', title: null, date: '2024', tier: 'primary', lang: 'en' },
      { id: 's-unused', url: 'https://unused.example/', publisher: 'Unused', title: null, date: '2024', tier: 'primary', lang: 'en' },
    ],
  } as Dataset;
}
