/**
 * What Counterclaim knows about one actor, most useful first: the name, then the most relevant
 * claim at a glance (claim, response, evidence in three lines), its full record one click away,
 * the other claims as compact rows that expand in place, and finally who the actor is and the
 * names others use for them. Shared by the hover card and the popup's search.
 *
 * It reads only what a card's data slice holds: the actor, the claims involving them, those
 * claims' responses, evidence, sources and episodes, and the actors those records name.
 */
import type { ComponentChildren } from 'preact';
import type { ActorClaimLink, DatasetIndex } from '../data/dataset-index';
import type { Actor } from '../data/schema';
import { plural, t, uiLanguage } from '../shared/i18n';
import { AlsoKnownAs } from './AlsoKnownAs';
import { orderClaimsForActor } from './claim-order';
import { ClaimDetails } from './ClaimDetails';
import { DataText } from './DataText';
import { Disclosure } from './Disclosure';
import { Glance, Parties } from './Glance';
import { latestDevelopment } from './claim-glance';
import { evidenceLabel, formatPartialDate, kindLabel } from './labels';
import { DATASET_LANG, primaryName, secondaryNames, shortNameOf } from './names';

/** Most "more claims" rows a card lists; the explorer has the rest. */
export const MAX_MORE_ROWS = 12;

export interface ActorClaimsProps {
  index: DatasetIndex;
  actorId: string;
  /** Actors named on the current page: their claims come first. Omit outside a page. */
  presentActorIds?: ReadonlySet<string>;
  /** Id for the actor's name heading, so a dialog can point `aria-labelledby` at it. */
  headingId?: string;
  /** Shown at the end of the heading row (the card's close button). */
  headerAction?: ComponentChildren;
  /** Opens the actor in the explore page; without it the card does not offer the explorer. */
  onExplore?: (actorId: string) => void;
}

/** The actor's name (Chinese first in a Chinese interface), other names, kind and affiliation. */
export function ActorHeader({ actor, headingId, action }: { actor: Actor; headingId?: string | undefined; action?: ComponentChildren }) {
  const language = uiLanguage();
  const primary = primaryName(actor, language);
  // One other name at most: the line must keep room for kind and affiliation.
  const secondary = secondaryNames(actor, language, 1);
  return (
    <header class="cc-actor-head">
      <div class="cc-title-row">
        <h2 class="cc-name" id={headingId}>
          <DataText text={primary.text} lang={primary.lang} />
        </h2>
        {action}
      </div>
      <p class="cc-subline">
        {secondary.map((name, i) => (
          <span key={i}>
            <DataText class="cc-alt-name" text={name.text} lang={name.lang} />
            {' · '}
          </span>
        ))}
        {kindLabel(actor.kind)}
        {' · '}
        <DataText text={actor.affiliation} lang={DATASET_LANG} />
      </p>
    </header>
  );
}

/** One compact row of a claim: parties, date and evidence status. */
export function ClaimRow({ index, link }: { index: DatasetIndex; link: ActorClaimLink }) {
  const status = index.evidenceByClaim.get(link.claim.id)?.status ?? 'not-assessed';
  return (
    <span class="cc-row">
      <Parties index={index} claim={link.claim} />
      <span class="cc-gl-date"> · {formatPartialDate(link.claim.date, { short: true })} </span>
      <span class={`cc-badge cc-badge-${status}`}>{evidenceLabel(status)}</span>
    </span>
  );
}

/** Who the actor is: description, names by who uses them, catalogue entries, overlaps. */
export function ActorAbout({ index, actor, unfolded = false }: { index: DatasetIndex; actor: Actor; unfolded?: boolean }) {
  const language = uiLanguage();
  return (
    <section class="cc-about">
      <h3 class="cc-sub">{t('about_title')}</h3>
      <p class="cc-description">
        <DataText text={actor.description} lang={DATASET_LANG} />
      </p>
      <AlsoKnownAs index={index} actor={actor} unfolded={unfolded} />
      {actor.catalogue && actor.catalogue.length > 0 && (
        <p class="cc-meta-line">
          {t('catalogue_title')}
          {t('colon')}
          <DataText
            text={actor.catalogue
              .map((c) => `${c.scheme === 'mitre-attack' ? 'MITRE ATT&CK' : c.scheme === 'microsoft' ? 'Microsoft' : 'MISP'} ${c.id}`)
              .join(' · ')}
            lang={DATASET_LANG}
          />
        </p>
      )}
      {actor.overlaps && actor.overlaps.length > 0 && (
        <p class="cc-meta-line">
          {t('overlaps_title')}
          {t('colon')}
          {actor.overlaps.map((overlap, i) => {
            const name = shortNameOf(index, overlap.actor, language);
            return (
              <span key={overlap.actor}>
                {i > 0 && t('list_separator')}
                <DataText text={name.text} lang={name.lang} />
                {overlap.note && (
                  <>
                    {' ('}
                    <DataText text={overlap.note} lang={DATASET_LANG} />
                    {')'}
                  </>
                )}
              </span>
            );
          })}
        </p>
      )}
    </section>
  );
}

/** The actor's header and their claims, most relevant first. */
export function ActorClaims({ index, actorId, presentActorIds, headingId, headerAction, onExplore }: ActorClaimsProps) {
  const actor = index.actorsById.get(actorId);
  if (!actor) return <p class="cc-empty">{t('no_record')}</p>;
  const links = orderClaimsForActor(index, actorId, presentActorIds);
  const [lead, ...rest] = links;
  const latest = latestDevelopment(index, actorId);
  return (
    <article class="cc-actor">
      <ActorHeader actor={actor} headingId={headingId} action={headerAction} />
      {lead === undefined ? (
        <p class="cc-empty">{t('no_claims')}</p>
      ) : (
        <section class="cc-lead" data-testid="lead-claim">
          <Glance index={index} claim={lead.claim} actorId={actorId} />
          <Disclosure summary={t('show_all_claim')} buttonClass="cc-more-button" testId="lead-details">
            {() => <ClaimDetails index={index} claim={lead.claim} actorId={actorId} />}
          </Disclosure>
        </section>
      )}
      {rest.length > 0 && (
        <section class="cc-more" aria-labelledby={headingId ? `${headingId}-more` : undefined}>
          <h3 class="cc-sub" id={headingId ? `${headingId}-more` : undefined}>
            {plural('more_claims', rest.length)}
          </h3>
          <ul class="cc-rows" data-testid="more-claims">
            {rest.slice(0, MAX_MORE_ROWS).map((link) => (
              <li key={link.claim.id} data-claim-id={link.claim.id}>
                <Disclosure summary={<ClaimRow index={index} link={link} />} buttonClass="cc-row-button">
                  {() => (
                    <>
                      <Glance index={index} claim={link.claim} actorId={actorId} />
                      <ClaimDetails index={index} claim={link.claim} actorId={actorId} />
                    </>
                  )}
                </Disclosure>
              </li>
            ))}
          </ul>
          {rest.length > MAX_MORE_ROWS && onExplore && (
            <button type="button" class="cc-link-button" onClick={() => onExplore(actorId)}>
              {t('card_more_in_explorer', links.length)}
            </button>
          )}
        </section>
      )}
      <ActorAbout index={index} actor={actor} />
      {latest && <p class="cc-latest">{t('latest_development', formatPartialDate(latest))}</p>}
    </article>
  );
}
