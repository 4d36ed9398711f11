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

/**
 * Every gated name and every blocker has its tests (issue 11): a snippet where the name is
 * expected, and a snippet where its text appears but it is not (for a blocker: where the blocker's
 * text appears). Compared folded, as the matcher compares.
 */
describe('precision suite coverage', () => {
  const fold = (s: string) => s.normalize('NFKC').toLowerCase();
  const gated = BUNDLED_DATASET.actors.flatMap((actor) =>
    actor.names.filter((n) => n.gate !== undefined).map((n) => ({ actorId: actor.id, text: n.text })),
  );
  /** Actors sharing each shared name (the page shows a shared name under the first of them). */
  const sharers = new Map<string, string[]>();
  for (const actor of BUNDLED_DATASET.actors)
    for (const n of actor.names) if (n.shared) sharers.set(fold(n.text), [...(sharers.get(fold(n.text)) ?? []), actor.id]);
  const positive = (actorId: string, text: string) =>
    (sharers.get(fold(text)) ?? [actorId]).some((id) =>
      suite.some(({ snippet }) => snippet.expect.some((e) => e.startsWith(`${id}: `) && fold(e.slice(id.length + 2)) === fold(text))),
    );
  const negative = (actorId: string, text: string) =>
    suite.some(
      ({ snippet }) =>
        fold(snippet.html).includes(fold(text)) &&
        !snippet.expect.some((e) => e.startsWith(`${actorId}: `) && fold(e).includes(fold(text))),
    );

  it('has a true use of every gated name', () => {
    expect(gated.filter((g) => !positive(g.actorId, g.text)).map((g) => `${g.actorId}: ${g.text}`)).toEqual([]);
  });

  it('has a false use of every gated name', () => {
    expect(gated.filter((g) => !negative(g.actorId, g.text)).map((g) => `${g.actorId}: ${g.text}`)).toEqual([]);
  });

  it('has a snippet for every blocker', () => {
    const blockers = BUNDLED_DATASET.blockers ?? [];
    expect(blockers.filter((b) => !suite.some(({ snippet }) => fold(snippet.html).includes(fold(b.text)))).map((b) => b.text)).toEqual([]);
  });
});
