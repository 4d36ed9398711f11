import { useEffect, useState } from 'preact/hooks';
import { MAX_DELAY_MS, parseSiteInput, setSiteEnabled, updateSettings, type HighlightStyle, type Settings } from '../shared/settings';
import { t, type MessageKey } from '../shared/i18n';
import { useActiveData, useSettings } from '../ui/hooks';
import { tabLink } from '../ui/open-tab';
import { DataSection } from './DataSection';
import { RubricSection } from './RubricSection';

const STYLE_CHOICES: readonly { value: HighlightStyle; label: MessageKey; hint: MessageKey }[] = [
  { value: 'underline', label: 'options_style_underline', hint: 'options_style_underline_hint' },
  { value: 'background', label: 'options_style_background', hint: 'options_style_background_hint' },
  { value: 'none', label: 'options_style_none', hint: 'options_style_none_hint' },
];

function HighlightSection({ settings }: { settings: Settings }) {
  const delay = (key: 'openDelayMs' | 'closeDelayMs') => (event: Event) => {
    const value = Number((event.currentTarget as HTMLInputElement).value);
    if (Number.isFinite(value)) void updateSettings({ [key]: value });
  };
  return (
    <section aria-labelledby="marking-title">
      <h2 id="marking-title">{t('options_marking_title')}</h2>
      <fieldset>
        <legend>{t('options_style_legend')}</legend>
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
              {t(choice.label)} <span class="hint">— {t(choice.hint)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="open-delay">{t('options_open_delay')}</label>
        <input
          id="open-delay"
          class="delay"
          type="number"
          min={0}
          max={MAX_DELAY_MS}
          step={50}
          value={settings.openDelayMs}
          onChange={delay('openDelayMs')}
        />
      </div>
      <div class="field">
        <label for="close-delay">{t('options_close_delay')}</label>
        <input
          id="close-delay"
          class="delay"
          type="number"
          min={0}
          max={MAX_DELAY_MS}
          step={50}
          value={settings.closeDelayMs}
          onChange={delay('closeDelayMs')}
        />
        <p class="hint">{t('options_delay_hint', MAX_DELAY_MS)}</p>
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
    if (!site) return setError(t('options_site_error'));
    setError('');
    setInput('');
    void setSiteEnabled(site, false);
  };
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('options_sites_title')}</h2>
      <label class="choice">
        <input
          type="checkbox"
          role="switch"
          checked={settings.paused}
          onChange={(e) => void updateSettings({ paused: e.currentTarget.checked })}
          data-testid="options-pause"
        />
        <span>
          {t('options_pause')} <span class="hint">— {t('options_pause_hint')}</span>
        </span>
      </label>
      <h3 id="disabled-title">{t('options_disabled_title')}</h3>
      {settings.disabledSites.length === 0 ? (
        <p class="hint" data-testid="no-disabled-sites">
          {t('options_no_disabled')}
        </p>
      ) : (
        <ul class="site-list" aria-labelledby="disabled-title" data-testid="disabled-sites">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" onClick={() => void setSiteEnabled(site, true)} aria-label={t('options_site_remove_label', site)}>
                {t('options_site_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} class="row">
        <label for="site-input" class="sr-only">
          {t('options_site_input_label')}
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
          onInput={(e) => setInput(e.currentTarget.value)}
          data-testid="site-input"
        />
        <button type="submit">{t('options_site_add')}</button>
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
      <h1>{t('options_title')}</h1>
      <p class="hint">{t('options_applies')}</p>
      {settings ? (
        <>
          <HighlightSection settings={settings} />
          <SitesSection settings={settings} />
        </>
      ) : (
        <p>{t('loading')}</p>
      )}
      <section aria-labelledby="explore-title">
        <h2 id="explore-title">{t('options_explore_title')}</h2>
        <p class="hint">{t('options_explore_text')}</p>
        <p>
          <a {...tabLink('explore.html')} data-testid="options-explore">
            {t('explore_options_link')}
          </a>
        </p>
      </section>
      <DataSection info={data?.info ?? null} />
      <RubricSection />
    </main>
  );
}
