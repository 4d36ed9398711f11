import { describe, expect, it } from 'vitest';
import { bundled } from './helpers';
import { loadPassages, normalizeQuoteText, unprovenQuotes } from './provenance';

const passagesFor = loadPassages();

describe('quote provenance', () => {
  it('finds every quote in the dataset verbatim in the stored text of the source it cites', () => {
    expect(unprovenQuotes(bundled(), passagesFor)).toEqual([]);
  });

  it('cites stored text for every source', () => {
    const missing = bundled()
      .sources.filter((s) => passagesFor(s.url).length === 0)
      .map((s) => s.url);
    expect(missing).toEqual([]);
  });

  it('normalises only quote marks and whitespace', () => {
    expect(normalizeQuoteText('“China’s”\u00A0 said\n it')).toBe(`"China's" said it`);
    expect(normalizeQuoteText('ICEFCOM')).not.toBe(normalizeQuoteText('Icefcom'));
    expect(normalizeQuoteText('3月17日,国家')).not.toBe(normalizeQuoteText('3月17日，国家'));
  });

  it('fails on a reworded quote', () => {
    const d = bundled();
    const i = d.claims.findIndex((c) => c.id === 'c-mss-2025');
    d.claims[i]!.sourceRefs[0]!.quote = d.claims[i]!.sourceRefs[0]!.quote.replace('accused', 'charged');
    expect(unprovenQuotes(d, passagesFor)).toEqual([expect.stringContaining(`$.claims[${i}].sourceRefs[0]`)]);
  });

  it('fails on a quote cited to the wrong source', () => {
    const d = bundled();
    const ref = d.responses[0]!.sourceRefs[0]!;
    ref.sourceId = ref.sourceId === 'record' ? 'tt-0924' : 'record';
    expect(unprovenQuotes(d, passagesFor)).toEqual([expect.stringContaining('$.responses[0].sourceRefs[0]')]);
  });

  it('fails on a missing source', () => {
    const d = bundled();
    d.sources = d.sources.filter((s) => s.id !== 'rfa-0923');
    expect(unprovenQuotes(d, passagesFor).length).toBeGreaterThan(0);
  });

  it('fails on a quote stitched across the brief\'s " / " join', () => {
    const d = bundled();
    const i = d.evidence.findIndex((e) => e.claimId === 'c-mss-2025');
    d.evidence[i]!.sourceRefs[1]!.quote = 'the alleged cyberattacks. This is an ungrounded fabrication';
    expect(unprovenQuotes(d, passagesFor)).toEqual([expect.stringContaining(`$.evidence[${i}].sourceRefs[1]`)]);
  });
});
