import { useEffect, useState } from 'preact/hooks';
import {
  MAX_DELAY_MS,
  parseSiteInput,
  setSiteEnabled,
  updateSettings,
  type HighlightStyle,
  type Settings,
} from '../shared/settings';
import { useActiveData, useSettings } from '../ui/hooks';
import { DataSection } from './DataSection';
import { RubricSection } from './RubricSection';

const STYLE_CHOICES: readonly { value: HighlightStyle; label: string; hint: string }[] = [
  { value: 'underline', label: 'Underline', hint: 'a quiet dotted line under each name' },
  { value: 'background', label: 'Background', hint: 'a light tint behind each name' },
  { value: 'none', label: 'None', hint: 'no marks; cards still open from the keyboard command and the toolbar popup' },
];

function HighlightSection({ settings }: { settings: Settings }) {
  const delay = (key: 'openDelayMs' | 'closeDelayMs') => (event: Event) => {
    const value = Number((event.currentTarget as HTMLInputElement).value);
    if (Number.isFinite(value)) void updateSettings({ [key]: value });
  };
  return (
    <section aria-labelledby="marking-title">
      <h2 id="marking-title">Marking names</h2>
      <fieldset>
        <legend>Highlight style</legend>
        {STYLE_CHOICES.map((choice) => (
          <label class="choice" key={choice.value}>
            <input
              type="radio"
              name="highlight-style"
              value={choice.value}
              checked={settings.highlightStyle === choice.value}
              onChange={() => void updateSettings({ highlightStyle: choice.value })}
            />
            <span>
              {choice.label} <span class="hint">— {choice.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="open-delay">Open the card after resting on a name for (ms)</label>
        <input id="open-delay" class="delay" type="number" min={0} max={MAX_DELAY_MS} step={50} value={settings.openDelayMs} onChange={delay('openDelayMs')} />
      </div>
      <div class="field">
        <label for="close-delay">Close the card after leaving it for (ms)</label>
        <input id="close-delay" class="delay" type="number" min={0} max={MAX_DELAY_MS} step={50} value={settings.closeDelayMs} onChange={delay('closeDelayMs')} />
        <p class="hint">From 0 to {MAX_DELAY_MS} ms. The defaults (500 and 300) let the pointer pass over names without opening cards.</p>
      </div>
    </section>
  );
}

function SitesSection({ settings }: { settings: Settings }) {
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    const site = parseSiteInput(input);
    if (!site) return setError('Enter a site such as news.example.com, or paste a page address.');
    setError('');
    setInput('');
    void setSiteEnabled(site, false);
  };
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">Where it runs</h2>
      <label class="choice">
        <input type="checkbox" role="switch" checked={settings.paused} onChange={(e) => void updateSettings({ paused: (e.currentTarget as HTMLInputElement).checked })} data-testid="options-pause" />
        <span>
          Pause everywhere <span class="hint">— no page is read or marked until you switch this off.</span>
        </span>
      </label>
      <h3 id="disabled-title">Sites where Counterclaim is off</h3>
      {settings.disabledSites.length === 0 ? (
        <p class="hint" data-testid="no-disabled-sites">None. Turn a site off here or from the toolbar popup.</p>
      ) : (
        <ul class="site-list" aria-labelledby="disabled-title" data-testid="disabled-sites">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" onClick={() => void setSiteEnabled(site, true)} aria-label={`Turn Counterclaim back on for ${site}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} class="row">
        <label for="site-input" class="sr-only">
          Site to turn off
        </label>
        <input
          id="site-input"
          class="site-input"
          type="text"
          inputMode="url"
          placeholder="news.example.com"
          value={input}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
          data-testid="site-input"
        />
        <button type="submit">Turn off for this site</button>
      </form>
      {error && (
        <p class="error" id="site-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** The options page: marking, sites, data (import/export) and the evidence rubric. */
export function Options() {
  const settings = useSettings();
  const data = useActiveData();
  // The rubric is linked as options.html#rubric; the page renders after load, so scroll once it exists.
  useEffect(() => {
    if (!settings || !location.hash) return;
    const target = document.getElementById(location.hash.slice(1));
    target?.scrollIntoView();
    target?.focus({ preventScroll: true });
  }, [settings !== null]);
  return (
    <main class="options">
      <h1>Counterclaim options</h1>
      <p class="hint">Changes apply at once, on open pages too.</p>
      {settings ? (
        <>
          <HighlightSection settings={settings} />
          <SitesSection settings={settings} />
        </>
      ) : (
        <p>Loading…</p>
      )}
      <DataSection info={data?.info ?? null} />
      <RubricSection />
    </main>
  );
}
