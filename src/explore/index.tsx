/**
 * Explore page entry: language, styles, then the page. Nothing else starts here (in test builds
 * only, first the bench's first-paint probe, src/explore/e2e-probe.ts).
 */
import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n';
import { installExploreProbe } from './e2e-probe';
import { Explore, EXPLORE_STYLES } from './Explore';

// Test builds only: stamps of the list's first paint for the bench (a no-op, dropped, otherwise).
if (__E2E__) installExploreProbe();
document.documentElement.lang = uiLanguage();
document.title = t('explore_title');
const style = document.createElement('style');
style.textContent = EXPLORE_STYLES;
document.head.append(style);

const root = document.getElementById('root');
if (root) render(<Explore />, root);
