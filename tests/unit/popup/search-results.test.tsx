// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../../../src/data/bundled-dataset';
import { createDatasetIndex } from '../../../src/data/dataset-index';
import { SearchResults } from '../../../src/popup/SearchResults';

const index = createDatasetIndex(BUNDLED_DATASET);

function show(query: string, onPage = new Map<string, number>()): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<SearchResults index={index} query={query} onPage={onPage} onReveal={() => undefined} />, root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('SearchResults', () => {
  it('finds actors by Chinese aliases in both scripts', () => {
    for (const [query, id] of [
      ['资通电军', 'icefcom'],
      ['国家安全部', 'mss'],
    ] as const) {
      const root = show(query);
      expect(root.querySelector(`[data-testid="actor-results"] [data-actor-id="${id}"]`)).not.toBeNull();
    }
  });

  it('finds claims by words and says how many matched', () => {
    const root = show('Volt Typhoon');
    const claims = root.querySelectorAll('[data-testid="claim-results"] [data-claim-id]');
    expect(claims.length).toBeGreaterThan(0);
    // Each claim at a glance: the claim, a response (or that none is recorded), the evidence.
    for (const claim of claims)
      expect(claim.querySelectorAll('[data-glance="claimant"], [data-glance="stance"], [data-glance="evidence"]').length).toBe(3);
    expect(root.querySelector('[data-testid="search-count"]')?.textContent).toMatch(/\d+ actors? and \d+ claims? match\./);
  });

  it('says so when nothing matches, quoting the query as text', () => {
    const root = show('<img src=x onerror=alert(1)>');
    expect(root.querySelector('[data-testid="search-count"]')?.textContent).toBe(
      'Nothing in the dataset matches “<img src=x onerror=alert(1)>”.',
    );
    expect(root.querySelector('img')).toBeNull();
  });

  it('offers “show on the page” only for actors named on the page', async () => {
    // "ministry" finds several actors (the MSS, the MPS, foreign ministries…); only the MSS is on the page.
    const root = show('ministry', new Map([['mss', 3]]));
    const mss = root.querySelector('[data-actor-id="mss"]');
    expect(mss?.textContent).toContain('3 mentions on this page');
    // An actor result opens in place to the same view as the hover card.
    (mss?.querySelector('button[aria-expanded]') as HTMLButtonElement).click();
    await new Promise((done) => setTimeout(done, 0));
    expect(mss?.querySelector('.cc-glance')).not.toBeNull();
    expect(mss?.querySelector('button.show-on-page')).not.toBeNull();
    const others = [...root.querySelectorAll('[data-testid="actor-results"] li')].filter(
      (li) => li.getAttribute('data-actor-id') !== 'mss',
    );
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(other.querySelector('button.show-on-page')).toBeNull();
  });
});
