/**
 * A button that shows and hides the content after it, in place: `aria-expanded` tells screen
 * readers the state, and the content is not rendered while closed (a card with forty claims
 * stays cheap). Used for "more claims" rows and for a claim's full quotes and sources.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

let nextId = 0;

export interface DisclosureProps {
  /** The button's content (a compact row, or a label). */
  summary: ComponentChildren;
  children: () => ComponentChildren;
  initiallyOpen?: boolean;
  class?: string;
  buttonClass?: string;
  testId?: string;
}

export function Disclosure({ summary, children, initiallyOpen = false, class: className, buttonClass, testId }: DisclosureProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const [id] = useState(() => `cc-disclosure-${++nextId}`);
  return (
    <div class={className} data-testid={testId} data-open={open ? 'true' : 'false'}>
      <button
        type="button"
        class={`cc-disclosure ${buttonClass ?? ''}`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <span class="cc-disclosure-mark" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        {summary}
      </button>
      <div id={id} class="cc-disclosure-body" hidden={!open}>
        {open && children()}
      </div>
    </div>
  );
}
