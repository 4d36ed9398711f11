/**
 * An interface string with a piece of markup in place of its `$1` — dataset text with its own
 * `lang`, a link — wherever the translation puts it ("Responses by $1" / "$1 的回應").
 */
import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../shared/i18n';

/** Stands in for the markup while the string is looked up; never shown. */
const MARK = '\u2063';

export function Interpolate({ message, children }: { message: MessageKey; children: ComponentChildren }) {
  const [before = '', after = ''] = t(message, MARK).split(MARK);
  return (
    <>
      {before}
      {children}
      {after}
    </>
  );
}
