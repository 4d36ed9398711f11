import { describe, expect, it } from 'vitest';
import { createNameFinder } from '../../../src/match/finder';
import { MAX_ADDRESS_SIDE, RunGate, isInAddress, isProperCase, type Gateable, type RunHits } from '../../../src/match/policy';
import type { MatchPattern } from '../../../src/match/types';

const proper = (text: string, actorId = text): MatchPattern => ({
  text,
  actorId,
  caseSensitive: false,
  foldDiacritics: true,
  properCase: true,
});
const exact = (text: string, actorId = text, gated = false): MatchPattern => ({
  text,
  actorId,
  caseSensitive: true,
  foldDiacritics: false,
  ...(gated ? { gated: true } : {}),
});
const blocker = (text: string, properCase = false): MatchPattern => ({
  text,
  actorId: '',
  caseSensitive: false,
  foldDiacritics: true,
  blocker: true,
  ...(properCase ? { properCase: true } : {}),
});

function found(finder: ReturnType<typeof createNameFinder>, text: string): string[] {
  return finder.findAll(text).map((h) => text.slice(h.start, h.end));
}

describe('proper-name case', () => {
  it.each([
    ['Salt Typhoon', 'Salt Typhoon', true],
    ['Salt Typhoon', 'SALT TYPHOON', true],
    ['Salt Typhoon', 'salt typhoon', false],
    ['Salt Typhoon', 'Salt typhoon', false],
    ['Cho Jung-tai', 'Cho Jung Tai', true],
    ['Cho Jung-tai', 'cho jung-tai', false],
    ['Anonymous 64', 'anonymous 64', false],
    ['Фэнси Беар', 'Фэнси Беар', true],
    ['Фэнси Беар', 'фэнси беар', false],
  ])('%s on the page as %s: %s', (name, page, expected) => {
    expect(isProperCase(name, page)).toBe(expected);
  });
});

describe('addresses in text', () => {
  const at = (text: string, name: string) => isInAddress(text, text.indexOf(name), text.indexOf(name) + name.length);
  it.each([
    ['see https://example.org/apt28/report for more', 'apt28', true],
    ['mail lazarus@example.org today', 'lazarus', true],
    ['the repo github.com/turla/tools holds it', 'turla', true],
    ['read /var/log/mss now', 'mss', true],
    ['C:\\Users\\mss\\file', 'mss', true],
    ['www.apt28.com is a site', 'apt28', true],
    ['APT28/Fancy Bear struck again', 'APT28', false],
    ['(APT28) struck again.', 'APT28', false],
    ['APT28, also called Fancy Bear.', 'APT28', false],
    // Chinese writes no space around a URL: the token stops at the Chinese text.
    ['国家安全部指控黑客，详见https://www.example.com/a/b。', '国家安全部', false],
    ['据https://example.com/a/b报道，国家安全部指控黑客', '国家安全部', false],
    ['详见https://example.com/apt28/报告', 'apt28', true],
  ])('%s → %s: %s', (text, name, expected) => {
    expect(at(text, name)).toBe(expected);
  });

  it('reads at most MAX_ADDRESS_SIDE units on each side of a candidate', () => {
    const filler = 'a'.repeat(MAX_ADDRESS_SIDE);
    // The scheme within reach makes it a URL; beyond it, the cut token has no address mark left.
    expect(at(`https://example.com/${filler.slice(100)}_apt28`, 'apt28')).toBe(true);
    expect(at(`https://example.com/${filler}_apt28`, 'apt28')).toBe(false);
    // Two slashes within reach still make a path however long the token.
    expect(at(`https://example.com/${filler}/apt28/x`, 'apt28')).toBe(true);
  });
});

describe('name finder', () => {
  it('drops lower-case uses of proper names, keeps capitalised ones', () => {
    const f = createNameFinder({ patterns: [proper('Salt Typhoon')], contextTerms: [] });
    expect(found(f, 'A salt typhoon hit the coast.')).toEqual([]);
    expect(found(f, 'Salt Typhoon hacked telecoms.')).toEqual(['Salt Typhoon']);
  });

  it('lets a blocker claim the text first', () => {
    const f = createNameFinder({
      patterns: [{ text: '国家安全部', actorId: 'mss', caseSensitive: false, foldDiacritics: false }, blocker('国家安全部门')],
      contextTerms: [],
    });
    expect(found(f, '国家安全部门依法处理')).toEqual([]);
    expect(found(f, '国家安全部发布消息')).toEqual(['国家安全部']);
  });

  it('blocks "Anonymous 64-year" with a proper-case blocker', () => {
    const f = createNameFinder({ patterns: [proper('Anonymous 64', 'anon'), blocker('Anonymous 64-year', true)], contextTerms: [] });
    expect(found(f, 'Anonymous 64-year-old officials spoke.')).toEqual([]);
    expect(found(f, 'Anonymous 64 claimed the attack.')).toEqual(['Anonymous 64']);
  });

  it('marks hits gated only when every accepted pattern is gated', () => {
    const f = createNameFinder({ patterns: [exact('ZINC', 'zinc', true), exact('APT28', 'apt28')], contextTerms: ['hackers'] });
    expect(f.findAll('ZINC and APT28').map((h) => h.gated)).toEqual([true, false]);
    expect(f.hasContext?.('North Korean hackers')).toBe(true);
    expect(f.hasContext?.('zinc prices rose')).toBe(false);
  });

  it('does not find a name joined to an identifier by an underscore', () => {
    const f = createNameFinder({ patterns: [proper('Apple')], contextTerms: [] });
    expect(found(f, 'posted by Ring_Apple and apple_pie; Apple said')).toEqual(['Apple']);
  });

  it('marks signal hits: ungated names flagged as signals', () => {
    const f = createNameFinder({ patterns: [{ ...exact('APT28'), signal: true }, exact('Kremlin')], contextTerms: [] });
    expect(f.findAll('APT28 and the Kremlin').map((h) => h.signal)).toEqual([true, false]);
  });

  it('has no context test without gated names', () => {
    expect(createNameFinder({ patterns: [exact('APT28')], contextTerms: ['hackers'] }).hasContext).toBeUndefined();
  });

  it('finds CJK context terms inside running text', () => {
    const f = createNameFinder({ patterns: [exact('ZINC', 'zinc', true)], contextTerms: ['黑客', '해킹'] });
    expect(f.hasContext?.('朝鲜黑客组织')).toBe(true);
    expect(f.hasContext?.('북한의 해킹을')).toBe(true);
  });
});

/** `RunGate` driven as the page's scan drives it: push each run, take what is decided, end. */
function* gateRuns<T extends Gateable>(runs: Iterable<RunHits<T>>, window?: number): Generator<readonly T[], void, undefined> {
  const gate = new RunGate<T>(window);
  for (const run of runs) {
    gate.push(run);
    for (let hits = gate.take(); hits !== undefined; hits = gate.take()) yield hits;
  }
  gate.end();
  for (let hits = gate.take(); hits !== undefined; hits = gate.take()) yield hits;
}

describe('RunGate', () => {
  type H = { id: string; gated: boolean; signal: boolean };
  const g = (id: string): H => ({ id, gated: true, signal: false });
  const sig = (id: string): H => ({ id, gated: false, signal: true });
  const plain = (id: string): H => ({ id, gated: false, signal: false });
  const run = (hits: H[], context = false): RunHits<H> & { asked: number } => {
    const r = { hits, asked: 0, hasContext: () => (r.asked++, context) };
    return r;
  };
  const ids = (out: (readonly H[])[]) => out.map((hits) => hits.map((h) => h.id));

  it('keeps a gated hit whose own run has context', () => {
    expect(ids([...gateRuns([run([g('g')], true)])])).toEqual([['g']]);
  });

  it('keeps a gated hit when a run within the window, before or after, has context or a signal name', () => {
    expect(ids([...gateRuns([run([], true), run([]), run([g('g')])])])).toEqual([[], [], ['g']]);
    expect(ids([...gateRuns([run([g('g')]), run([]), run([sig('apt28')])])])).toEqual([['g'], [], ['apt28']]);
  });

  it('does not take an ordinary ungated name (the Kremlin, a ministry) as cyber context', () => {
    expect(ids([...gateRuns([run([g('snake')]), run([plain('kremlin')])])])).toEqual([[], ['kremlin']]);
  });

  it('drops a gated hit with no context within the window', () => {
    const out = [...gateRuns([run([], true), run([]), run([]), run([g('g')]), run([]), run([]), run([], true)])];
    expect(ids(out)).toEqual([[], [], [], [], [], [], []]);
  });

  it('yields one array per run, in order, and only asks for context near a gated hit', () => {
    const runs = [run([plain('a')]), run([]), run([]), run([]), run([]), run([g('g')], true)];
    expect(ids([...gateRuns(runs)])).toEqual([['a'], [], [], [], [], ['g']]);
    expect(runs.slice(0, 3).map((r) => r.asked)).toEqual([0, 0, 0]);
  });

  it('decides a run without a gated hit as it arrives', () => {
    const seen: number[] = [];
    const input = function* () {
      for (let i = 0; i < 5; i++) {
        seen.push(i);
        yield run([plain(String(i))]);
      }
    };
    const it = gateRuns(input(), 2);
    expect(it.next().value).toEqual([plain('0')]);
    expect(seen).toEqual([0]);
  });

  it('decides a run with a gated hit once its look-ahead has arrived, and keeps the runs after it in order', () => {
    const gate = new RunGate<H>(2);
    const taken = () => {
      const out: string[][] = [];
      for (let hits = gate.take(); hits !== undefined; hits = gate.take()) out.push(hits.map((h) => h.id));
      return out;
    };
    gate.push(run([plain('a')]));
    expect(taken()).toEqual([['a']]);
    gate.push(run([g('g')]));
    gate.push(run([plain('b')]));
    expect(taken()).toEqual([]);
    gate.push(run([sig('apt28')]));
    expect(taken()).toEqual([['g'], ['b'], ['apt28']]);
    gate.push(run([g('h')]));
    gate.end();
    expect(taken()).toEqual([['h']]);
  });

  it('is idle once every run pushed is decided and taken, and not while a gated run waits', () => {
    const gate = new RunGate<H>(2);
    expect(gate.idle).toBe(true);
    gate.push(run([plain('a')]));
    expect(gate.idle).toBe(false);
    gate.take();
    expect(gate.idle).toBe(true);
    gate.push(run([g('g')]));
    gate.push(run([]));
    expect(gate.take()).toBeUndefined();
    expect(gate.idle).toBe(false);
    gate.push(run([]));
    while (gate.take() !== undefined);
    expect(gate.idle).toBe(true);
  });

  it('decides the same across its batched compaction: a signal just before the arrays are compacted is still look-behind', () => {
    // The arrays are compacted once 64 runs are done with; a gated hit two runs after run 63,
    // the last run of the first batch, needs that run as its look-behind.
    const signals = new Set([63, 200]);
    const kept = new Set([65, 202]);
    const dropped = new Set([100, 130, 280]);
    const runs = Array.from({ length: 300 }, (_, i) =>
      signals.has(i) ? run([sig(`s${i}`)]) : kept.has(i) ? run([g(`kept${i}`)]) : dropped.has(i) ? run([g(`dropped${i}`)]) : run([]),
    );
    const out = ids([...gateRuns(runs, 2)]);
    expect(out).toHaveLength(300);
    expect(out.flat().filter((id) => !id.startsWith('s'))).toEqual(['kept65', 'kept202']);
    expect(Math.max(...runs.map((r) => r.asked))).toBe(1);
  });
});
