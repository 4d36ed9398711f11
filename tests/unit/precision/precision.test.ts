/**
 * Precision suite (issue 11): every snippet gets exactly its expected highlights — no wrong one,
 * no missing one — with every name of the bundled dataset switched on.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../../../src/data/bundled-dataset';
import { finderFor, highlightsIn, loadSuite } from '../../precision/suite';

const suite = loadSuite();
const finder = finderFor(BUNDLED_DATASET);

describe('precision suite', () => {
  it('has unique ids and a note for every snippet', () => {
    const ids = suite.map(({ snippet }) => snippet.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(suite.filter(({ snippet }) => snippet.note.trim() === '').map(({ snippet }) => snippet.id)).toEqual([]);
  });

  it.each(suite.map(({ file, snippet }) => [`${file} ${snippet.id}`, snippet] as const))('%s', (_name, snippet) => {
    expect(highlightsIn(snippet.html, finder)).toEqual(snippet.expect);
  });
});
