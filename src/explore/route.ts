/**
 * The explore page's views as URL hashes, so every view is a deep link that survives a reload:
 *   #claims?q=…&state=…&claimant=…&status=…&stance=…&year=…   the filtered claim list (default)
 *   #actors?q=…                                               the actor list
 *   #actor/<id>   #episode/<id>                               one actor, one episode
 * Pure: parsing and formatting only.
 */

export const FILTER_KEYS = ['q', 'state', 'claimant', 'status', 'stance', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type ClaimFilters = Readonly<Record<FilterKey, string>>;

export const NO_FILTERS: ClaimFilters = { q: '', state: '', claimant: '', status: '', stance: '', year: '' };

export type Route =
  | { view: 'claims'; filters: ClaimFilters }
  | { view: 'actors'; q: string }
  | { view: 'actor'; id: string }
  | { view: 'episode'; id: string };

/** The route a hash names; anything unknown is the unfiltered claim list. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path = '', query = ''] = raw.split('?', 2) as [string, string?];
  const params = new URLSearchParams(query);
  const detail = /^(actor|episode)\/(.+)$/.exec(path);
  if (detail) return { view: detail[1] as 'actor' | 'episode', id: decodeURIComponent(detail[2] as string) };
  if (path === 'actors') return { view: 'actors', q: params.get('q') ?? '' };
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? ''])) as Record<FilterKey, string>;
  return { view: 'claims', filters };
}

/** The hash of a route (empty parameters left out, so links stay short). */
export function formatRoute(route: Route): string {
  switch (route.view) {
    case 'actor':
    case 'episode':
      return `#${route.view}/${encodeURIComponent(route.id)}`;
    case 'actors':
      return route.q ? `#actors?${new URLSearchParams({ q: route.q }).toString()}` : '#actors';
    case 'claims': {
      const params = new URLSearchParams();
      for (const key of FILTER_KEYS) if (route.filters[key]) params.set(key, route.filters[key]);
      const query = params.toString();
      return query ? `#claims?${query}` : '#claims';
    }
  }
}

export const actorHref = (id: string): string => formatRoute({ view: 'actor', id });
export const episodeHref = (id: string): string => formatRoute({ view: 'episode', id });
