/**
 * Popup entry: styles, then the popup. Nothing else starts here.
 */
import { render } from 'preact';
import { Popup, POPUP_STYLES } from './Popup';

const style = document.createElement('style');
style.textContent = POPUP_STYLES;
document.head.append(style);

const root = document.getElementById('root');
if (root) render(<Popup />, root);
