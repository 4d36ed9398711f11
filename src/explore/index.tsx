/**
 * Explore page entry: language, styles, then the page. Nothing else starts here.
 */
import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n';
import { Explore, EXPLORE_STYLES } from './Explore';

document.documentElement.lang = uiLanguage();
document.title = t('explore_title');
const style = document.createElement('style');
style.textContent = EXPLORE_STYLES;
document.head.append(style);

const root = document.getElementById('root');
if (root) render(<Explore />, root);
