/**
 * The explore page: the whole dataset in a tab of its own, offline. A hash router picks the view
 * (claim list with filters, actor list, one actor, one episode); the data comes from the same
 * store as the popup, so an imported dataset shows here too.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import claimsCss from '../ui/claims.css';
import { formatPartialDate } from '../ui/labels';
import { useActiveData } from '../ui/hooks';
import themeCss from '../ui/theme.css';
import { ActorList } from './ActorList';
import { ActorPage } from './ActorPage';
import { ClaimList } from './ClaimList';
import { EpisodePage } from './EpisodePage';
import exploreCss from './explore.css';
import { formatRoute, parseRoute, type Route } from './route';

/** Styles go in as one <style> (extension pages allow inline styles; scripts stay 'self' only). */
export const EXPLORE_STYLES = [themeCss, claimsCss, exploreCss].join('\n');

/** Moves to `route`: a new history entry, or (for typing in filters) a replaced one. */
export type Navigate = (route: Route, options?: { replace?: boolean }) => void;

/** The route in the address bar, following back/forward and edited hashes. */
function useRoute(): [Route, Navigate] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const controller = new AbortController();
    addEventListener('hashchange', () => setRoute(parseRoute(location.hash)), { signal: controller.signal });
    return () => controller.abort();
  }, []);
  const navigate: Navigate = (next, options) => {
    const hash = formatRoute(next);
    if (options?.replace) {
      // replaceState fires no hashchange: typing in a filter does not fill the history.
      history.replaceState(null, '', hash);
      setRoute(next);
    } else location.hash = hash;
  };
  return [route, navigate];
}

function ViewTabs({ route }: { route: Route }) {
  const current = route.view === 'actors' || route.view === 'actor' ? 'actors' : 'claims';
  return (
    <nav class="ex-tabs" aria-label={t('explore_view_label')}>
      <a href="#claims" aria-current={current === 'claims' ? 'page' : undefined} data-testid="tab-claims">
        {t('explore_claims_tab')}
      </a>
      <a href="#actors" aria-current={current === 'actors' ? 'page' : undefined} data-testid="tab-actors">
        {t('explore_actors_tab')}
      </a>
    </nav>
  );
}

export function Explore() {
  const data = useActiveData();
  const [route, navigate] = useRoute();
  const main = useRef<HTMLElement>(null);
  const firstRoute = useRef(true);
  // A new page-like view (actor, episode) takes focus, as a page load would, so a screen reader
  // starts reading it.
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    if (route.view === 'actor' || route.view === 'episode') {
      main.current?.focus({ preventScroll: true });
      scrollTo({ top: 0 });
    }
  }, [route.view, route.view === 'actor' || route.view === 'episode' ? route.id : '']);
  return (
    <div class="explore">
      <header class="ex-head">
        <h1>{t('explore_title')}</h1>
        <p class="muted ex-intro">{t('explore_intro')}</p>
        <ViewTabs route={route} />
      </header>
      <main ref={main} tabIndex={-1} class="ex-main" data-testid="explore-main" data-view={route.view}>
        {!data ? (
          <p class="muted">{t('loading')}</p>
        ) : route.view === 'claims' ? (
          <ClaimList index={data.index} filters={route.filters} navigate={navigate} />
        ) : route.view === 'actors' ? (
          <ActorList index={data.index} query={route.q} navigate={navigate} />
        ) : route.view === 'actor' ? (
          <ActorPage index={data.index} actorId={route.id} />
        ) : (
          <EpisodePage index={data.index} episodeId={route.id} />
        )}
      </main>
      {data && (
        <footer class="ex-foot muted" data-testid="explore-version">
          {t('data_version_as_of', data.info.active.version, formatPartialDate(data.info.active.asOf))}
        </footer>
      )}
    </div>
  );
}
