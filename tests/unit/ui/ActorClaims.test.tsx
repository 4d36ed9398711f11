// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../../src/data/dataset-index';
import type { Dataset } from '../../../src/data/schema';
import { ActorClaims } from '../../../src/ui/ActorClaims';
import { ClaimDetails } from '../../../src/ui/ClaimDetails';
import { setTestLocale } from '../setup-i18n';
import { sliceForActor } from '../../../src/data/slice';
import { HOSTILE, uiDataset } from './fixture-dataset';

const index = createDatasetIndex(uiDataset());

function mount(vnode: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
  return root;
}

function click(root: HTMLElement, selector: string): void {
  (root.querySelector(selector) as HTMLElement).click();
}

/** Preact re-renders on the next microtask after a state change. */
const settle = () => new Promise((done) => setTimeout(done, 0));

afterEach(() => {
  document.body.innerHTML = '';
  setTestLocale('en');
});

describe('ActorClaims: the card content', () => {
  it('names the actor, then the most relevant claim at a glance: claim, response, evidence', () => {
    const root = mount(<ActorClaims index={index} actorId="unit" headingId="title" />);
    expect(root.querySelector('h2')?.id).toBe('title');
    expect(root.querySelector('h2')?.textContent).toBe('The Unit');
    expect(root.querySelector('.cc-subline')?.textContent).toBe('Military unit · Elsewhere');
    const glance = root.querySelector('.cc-lead .cc-glance') as HTMLElement;
    const rows = [...glance.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(rows).toEqual(['Claim', 'Response', 'Evidence']);
    expect(glance.querySelector('[data-glance="claimant"]')?.textContent).toMatch(/^The Agency → +accused +The Unit$/);
    expect(glance.querySelector('[data-glance="stance"]')?.textContent).toBe('Denied');
    expect(glance.querySelector('[data-glance="response"]')?.textContent).toContain(`“This is a fabrication ${HOSTILE}”`);
    expect(glance.querySelector('[data-glance="evidence"]')?.textContent).toBe('Asserted');
    expect(glance.querySelector('[data-glance="evidence-line"]')?.textContent).toContain('No evidence was published');
  });

  it('shows the other claims as compact rows that expand in place to glance and details', async () => {
    const root = mount(<ActorClaims index={index} actorId="agency" />);
    expect(root.querySelector('.cc-more h3')?.textContent).toBe('2 more claims');
    const rows = root.querySelectorAll('[data-testid="more-claims"] > li');
    expect(rows.length).toBe(2);
    const button = rows[0]?.querySelector('button') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(rows[0]?.querySelector('.cc-glance')).toBeNull();
    button.click();
    await settle();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(rows[0]?.querySelector('.cc-glance')).not.toBeNull();
    expect(rows[0]?.querySelector('.cc-details')).not.toBeNull();
  });

  it('puts the hovered responder’s own response first (perspective)', () => {
    const dataset = uiDataset();
    dataset.responses.push({
      id: 'r-firm',
      claimId: 'c-mid',
      by: 'firm',
      stance: 'comments',
      date: '2025-03-17',
      summary: 'Commented.',
      sourceRefs: [{ sourceId: 's1', quote: 'The firm said it had seen the same thing before.' }],
    });
    const withFirm = createDatasetIndex(dataset);
    const asFirm = mount(<ActorClaims index={withFirm} actorId="firm" />);
    expect(asFirm.querySelector('.cc-lead [data-glance="stance"]')?.textContent).toBe('Commented');
    const asUnit = mount(<ActorClaims index={withFirm} actorId="unit" />);
    expect(asUnit.querySelector('.cc-lead [data-glance="stance"]')?.textContent).toBe('Denied');
  });

  it('the full record is one click away: summary, accuser’s words, responses, evidence, sources with titles, timeline', async () => {
    const root = mount(<ActorClaims index={index} actorId="unit" />);
    click(root, '[data-testid="lead-details"] > button');
    await settle();
    const details = root.querySelector('.cc-details') as HTMLElement;
    expect(details.querySelector('.cc-summary')?.textContent).toBe('Middle claim about the unit.');
    expect(details.textContent).toContain('The accuser’s words');
    expect(details.textContent).toContain('“The unit did it, the agency said.”');
    expect(details.querySelector('.cc-meaning')?.textContent).toContain('without public evidence');
    expect(details.textContent).toContain('Example News: A story');
    expect(details.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect([...details.querySelectorAll('[data-testid="timeline-text"] li')].map((li) => li.textContent)).toEqual([
      '17 March 2025: The Agency claims',
      '18 March 2025: The Unit · Denied',
    ]);
  });

  it('groups “Also known as” by who uses each name, folding after the first few', async () => {
    const root = mount(<ActorClaims index={index} actorId="group" />);
    const groups = [...root.querySelectorAll('[data-testid="aka"] li')].map((li) => li.textContent);
    expect(groups).toEqual(['The Firm: G1, Grey Bear', 'The Agency: Grey Bear', 'Other names: 灰熊, G2, G3']);
    const more = root.querySelector('.cc-aka-block > button') as HTMLButtonElement;
    expect(more.textContent).toBe('Show all 7 names');
    more.click();
    await settle();
    expect([...root.querySelectorAll('[data-testid="aka"] li')].at(-1)?.textContent).toBe('Other names: 灰熊, G2, G3, G4');
  });

  it('shows the description and the date of the latest development', () => {
    const root = mount(<ActorClaims index={index} actorId="agency" />);
    expect(root.querySelector('.cc-description')?.textContent).toBe('An agency.');
    expect(root.querySelector('.cc-latest')?.textContent).toBe('Latest development: May 2025');
  });

  it('renders every dataset string as text, never as HTML', async () => {
    const root = mount(<ActorClaims index={index} actorId="agency" presentActorIds={new Set(['unit'])} />);
    click(root, '[data-testid="lead-details"] > button');
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-testid="more-claims"] button')) button.click();
    await settle();
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(`Newest claim ${HOSTILE}`);
    expect(root.textContent).toContain(`This is a fabrication ${HOSTILE}`);
    expect(root.textContent).toContain(`No evidence was published ${HOSTILE}`);
    expect(mount(<ActorClaims index={index} actorId="group" />).querySelector('h2')?.textContent).toBe(`Group ${HOSTILE}`);
  });

  it('links only http(s) sources, in a new tab without opener or referrer; others are text', async () => {
    const root = mount(<ClaimDetails index={index} claim={index.claimsById.get('c-old')!} />);
    expect(root.querySelectorAll('a').length).toBe(0);
    expect(root.textContent).toContain('Sneaky (javascript:alert(1))');
    const http = mount(<ClaimDetails index={index} claim={index.claimsById.get('c-new')!} />);
    const links = [...http.querySelectorAll('a')];
    expect(new Set(links.map((a) => a.getAttribute('href')))).toEqual(new Set(['http://old.example/page']));
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(http.textContent).toContain('not encrypted (http): No https copy.');
  });

  it('says so when there is nothing to show', () => {
    expect(mount(<ActorClaims index={index} actorId="nobody" />).textContent).toBe('No record for this name.');
    const noClaims = createDatasetIndex({ ...uiDataset(), claims: [], responses: [], evidence: [] });
    expect(mount(<ActorClaims index={noClaims} actorId="agency" />).textContent).toContain('No claims recorded.');
    const none = mount(<ClaimDetails index={index} claim={index.claimsById.get('c-old')!} />);
    expect(none.querySelector('.cc-badge')?.textContent).toBe('Not assessed');
    expect(none.textContent).toContain('No response recorded');
  });

  it('renders the same from the actor’s data slice as from the whole dataset', async () => {
    for (const actorId of ['agency', 'unit', 'group', 'firm']) {
      const full = mount(<ActorClaims index={index} actorId={actorId} presentActorIds={new Set(['unit'])} />);
      const slice = mount(
        <ActorClaims
          index={createDatasetIndex(sliceForActor(uiDataset(), actorId) as Dataset)}
          actorId={actorId}
          presentActorIds={new Set(['unit'])}
        />,
      );
      for (const root of [full, slice]) {
        for (const button of root.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) button.click();
      }
      await settle();
      expect(slice.innerHTML.replace(/cc-disclosure-\d+/g, 'id'), actorId).toBe(full.innerHTML.replace(/cc-disclosure-\d+/g, 'id'));
    }
  });

  it('in a Chinese interface: Chinese names first, interface words in Chinese, dataset text as published', () => {
    setTestLocale('zh_TW');
    const root = mount(<ActorClaims index={index} actorId="agency" />);
    expect(root.querySelector('h2')?.textContent).toBe('機構');
    expect(root.querySelector('h2 [lang]')?.getAttribute('lang')).toBe('zh-Hant');
    expect(root.querySelector('.cc-subline')?.textContent).toBe('The Agency · 政府機關 · Nowhere');
    expect([...root.querySelectorAll('.cc-lead dt')].map((dt) => dt.textContent)).toEqual(['指控', '回應', '證據']);
    expect(root.querySelector('.cc-gl-what')?.getAttribute('lang')).toBe('en');
    expect(root.querySelector('.cc-latest')?.textContent).toBe('最新進展：2025年5月');
    setTestLocale('zh_CN');
    const cn = mount(<ActorClaims index={index} actorId="agency" />);
    expect(cn.querySelector('h2')?.textContent).toBe('机构');
  });
});
