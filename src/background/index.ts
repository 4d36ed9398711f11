/**
 * Background entry (Chrome service worker / Firefox event page). Listeners are registered at top
 * level, synchronously, so a restarted worker receives the event that woke it; no state lives in
 * module variables.
 */
import { registerBackground } from './register';

registerBackground();
