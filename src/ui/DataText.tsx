/**
 * Dataset text (names, summaries, quotes, titles) as published, marked with the language it is
 * written in. The `lang` attribute lets screen readers switch voice and browsers pick the right
 * font inside a Chinese interface; tests use it to tell dataset text from interface text. The
 * text is a Preact text child: never parsed as HTML.
 */
import type { ComponentChildren } from 'preact';

export interface DataTextProps {
  text: string;
  lang: string;
  class?: string;
  children?: ComponentChildren;
}

export function DataText({ text, lang, class: className }: DataTextProps) {
  return (
    <span lang={lang} class={className}>
      {text}
    </span>
  );
}
