/**
 * A long list shown a page at a time: the first `pageSize` items, then a button for the next
 * ones. Keeps the first paint of a list and each filter change within one frame at field scale
 * (measured in `npm run bench`), and stays fully keyboard- and screen-reader-usable, which a
 * virtualised list of variable-height cards would not without much more code.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';

export interface PagedProps<T> {
  items: readonly T[];
  pageSize: number;
  /** When it changes (new filters), the list starts again at one page. */
  resetKey: string;
  render: (item: T) => ComponentChildren;
  keyOf: (item: T) => string;
  testId?: string;
}

export function Paged<T>({ items, pageSize, resetKey, render, keyOf, testId }: PagedProps<T>) {
  const [shown, setShown] = useState(pageSize);
  useEffect(() => setShown(pageSize), [resetKey, pageSize]);
  const visible = items.slice(0, shown);
  const more = Math.min(pageSize, items.length - shown);
  return (
    <>
      <p class="muted ex-count" role="status" data-testid={testId ? `${testId}-count` : undefined}>
        {t('explore_showing', visible.length, items.length)}
      </p>
      <ol class="ex-list" data-testid={testId}>
        {visible.map((item) => (
          <li key={keyOf(item)}>{render(item)}</li>
        ))}
      </ol>
      {more > 0 && (
        <button
          type="button"
          class="ex-more"
          onClick={() => setShown(shown + pageSize)}
          data-testid={testId ? `${testId}-more` : undefined}
        >
          {t('explore_show_more', more)}
        </button>
      )}
    </>
  );
}
