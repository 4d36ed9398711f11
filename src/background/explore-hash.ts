/**
 * A deep link into the explore page, or '' for anything else: only the page's own routes pass,
 * so no message can make the background open an arbitrary URL.
 */
export function exploreHash(hash: string): string {
  return /^(?:actor|episode)\/[a-z0-9-]{1,48}$/.test(hash) ? `#${hash}` : '';
}
