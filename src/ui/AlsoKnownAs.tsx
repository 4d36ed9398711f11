/**
 * "Also known as", grouped by who uses each name: Mandiant: APT28 · CrowdStrike: Fancy Bear ·
 * Microsoft: Forest Blizzard, STRONTIUM; names whose users the data does not record come last
 * under a neutral heading. Folded after the first few names, with a button for the rest.
 */
import { useState } from 'preact/hooks';
import type { DatasetIndex } from '../data/dataset-index';
import type { Actor } from '../data/schema';
import { t, uiLanguage } from '../shared/i18n';
import { DataText } from './DataText';
import { Names } from './Glance';
import { countNames, nameGroups, shortNameOf, type NameGroup } from './names';

/** Names shown before the fold: enough for the names a reader meets in the press. */
export const AKA_FOLD = 6;

export interface AlsoKnownAsProps {
  index: DatasetIndex;
  actor: Actor;
  /** Show every name at once (the explore page's actor page). */
  unfolded?: boolean;
}

/** The first `limit` names of the groups, cutting the last group short. */
function firstNames(groups: readonly NameGroup[], limit: number): NameGroup[] {
  const out: NameGroup[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    out.push({ by: group.by, names: group.names.slice(0, left) });
    left -= group.names.length;
  }
  return out;
}

export function AlsoKnownAs({ index, actor, unfolded = false }: AlsoKnownAsProps) {
  const [open, setOpen] = useState(unfolded);
  const language = uiLanguage();
  const groups = nameGroups(actor, language);
  const total = countNames(groups);
  if (total === 0) return null;
  const shown = open ? groups : firstNames(groups, AKA_FOLD);
  return (
    <div class="cc-aka-block">
      <h3 class="cc-sub">{t('aka_title')}</h3>
      <ul class="cc-aka" data-testid="aka">
        {shown.map((group) => (
          <li key={group.by ?? ''} data-used-by={group.by ?? ''}>
            <span class="cc-aka-by">
              {group.by === null ? (
                t('aka_other_names')
              ) : (
                <DataText text={shortNameOf(index, group.by, language).text} lang={shortNameOf(index, group.by, language).lang} />
              )}
              {t('colon')}
            </span>
            <Names names={group.names} />
          </li>
        ))}
      </ul>
      {!unfolded && total > AKA_FOLD && (
        <button type="button" class="cc-link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('aka_show_fewer') : t('aka_show_all', total)}
        </button>
      )}
    </div>
  );
}
