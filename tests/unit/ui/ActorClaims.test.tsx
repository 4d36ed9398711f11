// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../../src/data/dataset-index';
import { ActorClaims, ClaimView } from '../../../src/ui/ActorClaims';
import { HOSTILE, uiDataset } from './fixture-dataset';

const index = createDatasetIndex(uiDataset());

function mount(vnode: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ActorClaims', () => {
  it('shows the actor, native-script names, kind and affiliation, then each claim with its role', () => {
    const root = mount(<ActorClaims index={index} actorId="agency" headingId="title" />);
    expect(root.querySelector('h2')?.id).toBe('title');
    expect(root.querySelector('h2')?.textContent).toBe('The Agency');
    expect(root.querySelector('.cc-native')?.textContent).toBe('机构');
    expect(root.querySelector('.cc-meta')?.textContent).toBe('State agency · Nowhere');
    const roles = [...root.querySelectorAll('.cc-role-label')].map((el) => el.textContent);
    expect(roles).toEqual(['Accuser · ', 'Accuser · ', 'Accused · ']);
  });

  it('renders every dataset string as text, never as HTML', () => {
    const root = mount(<ActorClaims index={index} actorId="agency" presentActorIds={new Set(['unit'])} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(`Newest claim ${HOSTILE}`);
    expect(root.textContent).toContain(`“This is a fabrication ${HOSTILE}”`);
    expect(root.textContent).toContain(`No evidence was published ${HOSTILE}`);
    expect(root.textContent).toContain(`Group ${HOSTILE}`);
  });

  it('shows responses with stance, who, date and quote, and the evidence badge with its meaning', () => {
    const root = mount(<ActorClaims index={index} actorId="unit" />);
    const response = root.querySelector('.cc-response');
    expect(response?.querySelector('.cc-stance')?.textContent).toBe('Denied');
    expect(response?.textContent).toContain('The Unit, 18 March 2025');
    expect(root.querySelector('.cc-badge')?.textContent).toBe('Evidence: Asserted');
    expect(root.querySelector('.cc-meaning')?.textContent).toContain('without publishing technical evidence');
  });

  it('links only http(s) sources, in a new tab without opener or referrer; others are text', () => {
    const root = mount(<ActorClaims index={index} actorId="agency" />);
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['http://old.example/page', 'https://news.example/story']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(root.textContent).toContain('Sneaky (javascript:alert(1))');
    expect(root.textContent).toContain('not encrypted (http): No https copy.');
  });

  it('says so when there is nothing to show', () => {
    expect(mount(<ActorClaims index={index} actorId="nobody" />).textContent).toBe('No record for this name.');
    expect(mount(<ActorClaims index={index} actorId="firm" />).textContent).toContain('The Firm');
    const noClaims = createDatasetIndex({ ...uiDataset(), claims: [], responses: [], evidence: [] });
    expect(mount(<ActorClaims index={noClaims} actorId="agency" />).textContent).toContain('No claims recorded for The Agency.');
  });

  it('ClaimView without a role (the popup) shows the episode only, and "Not assessed" without evidence', () => {
    const claim = index.claimsById.get('c-old')!;
    const root = mount(<ClaimView index={index} link={{ claim, roles: [] }} />);
    expect(root.querySelector('.cc-role')?.textContent).toBe('Episode two');
    expect(root.querySelector('.cc-badge')?.textContent).toBe('Evidence: Not assessed');
    expect(root.textContent).toContain('No response recorded.');
  });
});
