/**
 * The only URLs the card turns into links: absolute http(s). A dataset (or a reader's imported
 * file) could carry `javascript:`, `data:` or relative URLs; those are shown as text, never linked.
 *
 * @returns the normalised href, or null when the value must not become a link.
 */
export function linkableUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}
