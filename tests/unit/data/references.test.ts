/**
 * Whole-dataset rules: every case here is accepted by the schema alone and fails only because of
 * the rule it names.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema';
import { MAX_PROBLEMS } from '../../../src/data/validate';
import { minimal, problemsOf } from './helpers';

type Mutate = (d: Dataset) => void;

const cases: [string, Mutate, string, string][] = [
  [
    'duplicate actor id',
    (d) => {
      d.actors[1]!.id = 'a-one';
    },
    '$.actors[1].id',
    'duplicate id',
  ],
  [
    'duplicate source id',
    (d) => {
      d.sources.push({ ...d.sources[0]! });
    },
    '$.sources[1].id',
    'duplicate id',
  ],
  [
    'dangling claimant',
    (d) => {
      d.claims[0]!.claimants = ['nobody'];
    },
    '$.claims[0].claimants[0]',
    'does not match any id in $.actors',
  ],
  [
    'dangling accused',
    (d) => {
      d.claims[0]!.accused.push('ghost');
    },
    '$.claims[0].accused[1]',
    'does not match any id in $.actors',
  ],
  [
    'dangling episode',
    (d) => {
      d.claims[0]!.episode = 'e9';
    },
    '$.claims[0].episode',
    'does not match any id in $.episodes',
  ],
  [
    'dangling response claim',
    (d) => {
      d.responses[0]!.claimId = 'c9';
    },
    '$.responses[0].claimId',
    'does not match any id in $.claims',
  ],
  [
    'dangling responder',
    (d) => {
      d.responses[0]!.by = 'c-three';
    },
    '$.responses[0].by',
    'does not match any id in $.actors',
  ],
  [
    'missing source',
    (d) => {
      d.claims[0]!.sourceRefs[0]!.sourceId = 's2';
    },
    '$.claims[0].sourceRefs[0].sourceId',
    'does not match any id in $.sources',
  ],
  [
    'dangling publisher actor',
    (d) => {
      d.sources[0]!.publisherId = 'nobody';
    },
    '$.sources[0].publisherId',
    'does not match',
  ],
  [
    'evidence for no claim',
    (d) => {
      d.evidence[0]!.claimId = 'c9';
    },
    '$.evidence[0].claimId',
    'does not match any id in $.claims',
  ],
  [
    'claim without evidence',
    (d) => {
      d.evidence = [];
    },
    '$.claims[0].id',
    'has no evidence assessment',
  ],
  [
    'two assessments of one claim',
    (d) => {
      d.evidence.push(structuredClone(d.evidence[0]!));
    },
    '$.evidence[1].claimId',
    'already has an evidence assessment',
  ],
  [
    'claimant also accused',
    (d) => {
      d.claims[0]!.accused.push('a-one');
    },
    '$.claims[0].accused[1]',
    'both claimant and accused',
  ],
  [
    'impossible day',
    (d) => {
      d.claims[0]!.date = '2025-02-30';
    },
    '$.claims[0].date',
    'not a real date',
  ],
  [
    'month 13',
    (d) => {
      d.responses[0]!.date = '2025-13';
    },
    '$.responses[0].date',
    'not a real date',
  ],
  [
    'date after asOf',
    (d) => {
      d.sources[0]!.date = '2026-01';
    },
    '$.sources[0].date',
    'after the dataset',
  ],
  [
    'http without note',
    (d) => {
      d.sources[0]!.url = 'http://example.com/a';
    },
    '$.sources[0].url',
    'http',
  ],
  [
    'httpNote on https',
    (d) => {
      d.sources[0]!.httpNote = 'why';
    },
    '$.sources[0].httpNote',
    'only for http',
  ],
  [
    'javascript URL',
    (d) => {
      d.sources[0]!.url = 'javascript:alert(1)';
    },
    '$.sources[0].url',
    'not allowed',
  ],
  [
    'IP host',
    (d) => {
      d.sources[0]!.url = 'https://127.0.0.1/a';
    },
    '$.sources[0].url',
    'not a public DNS name',
  ],
  [
    'localhost',
    (d) => {
      d.sources[0]!.url = 'https://localhost/a';
    },
    '$.sources[0].url',
    'not a public DNS name',
  ],
  [
    'credentials in URL',
    (d) => {
      d.sources[0]!.url = 'https://user:pw@example.com/';
    },
    '$.sources[0].url',
    'credentials',
  ],
  [
    'relative URL',
    (d) => {
      d.sources[0]!.url = '/news/1';
    },
    '$.sources[0].url',
    'not a valid absolute URL',
  ],
  [
    'alias collision',
    (d) => {
      d.actors[1]!.names.push({ text: 'Aaa', lang: 'en', match: 'proper' });
    },
    '$.actors[1].names[1].text',
    'also belongs to "a-one"',
  ],
  [
    'collision shared on one side only',
    (d) => {
      d.actors[1]!.names.push({ text: 'AAA', lang: 'en', match: 'exact', shared: true });
    },
    '$.actors[1].names[1].text',
    'shared',
  ],
  [
    'alias twice on one actor',
    (d) => {
      d.actors[0]!.names.push({ text: 'AAA', lang: 'en', match: 'exact' });
    },
    '$.actors[0].names[1].text',
    'listed twice',
  ],
  [
    'common-word alias',
    (d) => {
      d.actors[1]!.names.push({ text: 'Anonymous', lang: 'en', match: 'proper' });
    },
    '$.actors[1].names[1].text',
    'common word',
  ],
  [
    'country alias',
    (d) => {
      d.actors[0]!.names.push({ text: 'China', lang: 'en', match: 'proper' });
    },
    '$.actors[0].names[1].text',
    'common word',
  ],
  [
    'two-letter alias',
    (d) => {
      d.actors[0]!.names.push({ text: 'AB', lang: 'en', match: 'exact' });
    },
    '$.actors[0].names[1].text',
    'too short',
  ],
  [
    'proper name without a capital',
    (d) => {
      d.actors[1]!.names.push({ text: 'bravo team', lang: 'en', match: 'proper' });
    },
    '$.actors[1].names[1].match',
    'capital',
  ],
  [
    'blocker equal to a name',
    (d) => {
      d.blockers = [{ text: 'aaa', lang: 'en', match: 'proper', note: 'n' }];
    },
    '$.blockers[0].text',
    'also a name of "a-one"',
  ],
  [
    'blocker with Chinese text not cjk',
    (d) => {
      d.blockers = [{ text: '国家安全部门', lang: 'zh-Hans', match: 'exact', note: 'n' }];
    },
    '$.blockers[0].match',
    'cjk',
  ],
  [
    'cjk match without Chinese',
    (d) => {
      d.actors[0]!.names.push({ text: 'Alpha', lang: 'en', match: 'cjk' });
    },
    '$.actors[0].names[1].match',
    'Chinese characters',
  ],
  [
    'Chinese text not cjk',
    (d) => {
      d.actors[0]!.names.push({ text: '国家安全部', lang: 'zh-Hans', match: 'proper' });
    },
    '$.actors[0].names[1].match',
    'cjk',
  ],
  [
    'unused source',
    (d) => {
      d.sources.push({ ...d.sources[0]!, id: 's2' });
    },
    '$.sources[1].id',
    'cites this source',
  ],
  [
    'unused episode',
    (d) => {
      d.episodes.push({ id: 'e2', title: 'Spare' });
    },
    '$.episodes[1].id',
    'no claim belongs',
  ],
  [
    'unused actor',
    (d) => {
      d.actors.push({ ...d.actors[1]!, id: 'c-three', names: [] });
    },
    '$.actors[2].id',
    'no claim',
  ],
];

describe('whole-dataset rules', () => {
  it('the base case is valid', () => {
    expect(problemsOf(minimal())).toEqual([]);
  });

  it.each(cases)('rejects %s', (_name, mutate, path, reason) => {
    const d = minimal();
    mutate(d);
    const problems = problemsOf(d);
    expect(
      problems
        .filter((p) => p.path === path)
        .map((p) => p.message)
        .join(' | '),
    ).toContain(reason);
  });

  it('accepts an alias two actors share when both are marked shared', () => {
    const d = minimal();
    d.actors[0]!.names[0]!.shared = true;
    d.actors[1]!.names.push({ text: 'AAA', lang: 'en', match: 'exact', shared: true });
    expect(problemsOf(d)).toEqual([]);
  });

  it('accepts http with an httpNote', () => {
    const d = minimal();
    d.sources[0]!.url = 'http://example.com/a';
    d.sources[0]!.httpNote = 'Only the http form is known.';
    expect(problemsOf(d)).toEqual([]);
  });

  it(`caps the list at ${MAX_PROBLEMS} problems and says how many more`, () => {
    const d = minimal();
    for (let i = 0; i < 150; i += 1) d.claims[0]!.sourceRefs.push({ sourceId: `missing-${i}`, quote: 'Q' });
    const problems = problemsOf(d);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.at(-1)).toEqual({ path: '$', message: expect.stringMatching(/^…and 50 more problems/) });
  });
});
