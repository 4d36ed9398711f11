/** What the toolbar badge says and how it looks; pure, so tests import it directly. */

/** Badge colour: dark slate keeps white digits at > 7:1 contrast in light and dark toolbars. */
export const BADGE_BACKGROUND = '#334155';
export const BADGE_TEXT_COLOR = '#ffffff';

/** Most actors the badge spells out; a badge fits about four characters. */
const MAX_SHOWN = 99;

/** Badge text for a count: '' for none, '99+' beyond two digits. Pure. */
export function badgeText(actorCount: number): string {
  if (!Number.isFinite(actorCount) || actorCount <= 0) return '';
  return actorCount > MAX_SHOWN ? `${MAX_SHOWN}+` : String(Math.floor(actorCount));
}
