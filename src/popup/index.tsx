/**
 * Popup entry: language, styles, then the popup. Nothing else starts here.
 */
import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n';
import { Popup, POPUP_STYLES } from './Popup';

document.documentElement.lang = uiLanguage();
document.title = t('brand');
const style = document.createElement('style');
style.textContent = POPUP_STYLES;
document.head.append(style);

const root = document.getElementById('root');
if (root) render(<Popup />, root);
