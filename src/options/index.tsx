/**
 * Options page entry: styles, then the page. Nothing else starts here.
 */
import { render } from 'preact';
import themeCss from '../ui/theme.css';
import { Options } from './Options';
import optionsCss from './options.css';

const style = document.createElement('style');
style.textContent = [themeCss, optionsCss].join('\n');
document.head.append(style);

const root = document.getElementById('root');
if (root) render(<Options />, root);
