/**
 * Options page entry: language, styles, then the page. Nothing else starts here.
 */
import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n';
import themeCss from '../ui/theme.css';
import { Options } from './Options';
import optionsCss from './options.css';

document.documentElement.lang = uiLanguage();
document.title = t('options_title');
const style = document.createElement('style');
style.textContent = [themeCss, optionsCss].join('\n');
document.head.append(style);

const root = document.getElementById('root');
if (root) render(<Options />, root);
