import { useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES } from '../shared/constants';
import { importDataset, type ImportResult } from '../shared/dataset-import';
import { checkImportSize, formatBytes, type ImportMode, type ImportProblem } from '../shared/dataset-merge';
import { exportActiveDataset, removeImportedDataset, type DatasetInfo } from '../shared/dataset-store';
import { plural, t, uiLocale } from '../shared/i18n';
import { formatPartialDate } from '../ui/labels';

/** The notice MITRE asks reproductions of ATT&CK content to carry. */
export const MITRE_NOTICE =
  '© The MITRE Corporation. This work is reproduced and distributed with the permission of The MITRE Corporation.';

type Outcome =
  | { kind: 'none' }
  | { kind: 'working' }
  | { kind: 'imported'; fileName: string; result: Extract<ImportResult, { ok: true }> }
  | { kind: 'failed'; fileName: string; problems: ImportProblem[] }
  | { kind: 'removed' }
  | { kind: 'exported'; fileName: string };

function countsText(counts: { actors: number; claims: number; responses: number; sources: number; replaced: number }): string {
  const parts = [
    plural('count_actors', counts.actors),
    plural('count_claims', counts.claims),
    plural('count_responses', counts.responses),
    plural('count_sources', counts.sources),
  ];
  const replaced = counts.replaced > 0 ? `; ${plural('options_replaced', counts.replaced)}` : '';
  return `${parts.join(t('list_separator'))}${replaced}`;
}

function ProblemList({ title, problems }: { title: string; problems: readonly ImportProblem[] }) {
  return (
    <div class="problems" role="alert" data-testid="import-problems">
      <p>
        <strong>{title}</strong>
      </p>
      <ol>
        {problems.map((problem, i) => (
          <li key={i}>
            <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Save text as a file through a temporary object URL (no `downloads` permission needed). */
function saveFile(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The data in use, a reader's own dataset (import, remove), and export. */
export function DataSection({ info }: { info: DatasetInfo | null }) {
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('add');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const limit = formatBytes(MAX_IMPORT_BYTES);

  const runImport = async (event: Event) => {
    event.preventDefault();
    if (!file) return;
    setOutcome({ kind: 'working' });
    const tooBig = checkImportSize(file.size, MAX_IMPORT_BYTES);
    if (tooBig) return setOutcome({ kind: 'failed', fileName: file.name, problems: [tooBig] });
    const result = await importDataset(await file.text(), mode, file.name);
    setOutcome(
      result.ok ? { kind: 'imported', fileName: file.name, result } : { kind: 'failed', fileName: file.name, problems: result.problems },
    );
  };

  const remove = async () => {
    await removeImportedDataset();
    setOutcome({ kind: 'removed' });
  };

  const exportData = async () => {
    const fileName = `counterclaim-dataset-${info?.active.version ?? 'export'}-${info?.imported ? 'with-import' : 'bundled'}.json`;
    saveFile(await exportActiveDataset(), fileName);
    setOutcome({ kind: 'exported', fileName });
  };

  const imported = info?.imported ?? null;
  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('options_data_title')}</h2>
      <p class="hint" data-testid="about-data">
        {t('options_about_data')}
      </p>
      {/* MITRE's notice, as MITRE words it: legal text stays in its own language. */}
      <p class="hint" lang="en">
        {MITRE_NOTICE}
      </p>
      {info && (
        <div class="panel" data-testid="data-in-use">
          <p>
            <strong>{t('options_in_use')}</strong>{' '}
            {!imported || imported.problems
              ? t('options_in_use_bundled', info.bundled.version, formatPartialDate(info.bundled.asOf))
              : imported.mode === 'add'
                ? t('options_in_use_added', info.bundled.version, formatPartialDate(info.bundled.asOf), imported.fileName)
                : t('options_in_use_replaced', imported.fileName, imported.version, formatPartialDate(imported.asOf))}
          </p>
          {imported && (
            <>
              <p>{t('options_your_file', countsText(imported.counts), new Date(imported.importedAt).toLocaleString(uiLocale()))}</p>
              {imported.problems && <ProblemList title={t('options_stale_import')} problems={imported.problems} />}
              <button type="button" onClick={() => void remove()} data-testid="remove-import">
                {t('options_remove_import')}
              </button>
            </>
          )}
        </div>
      )}

      <h3 id="import-title">{t('options_import_title')}</h3>
      <form onSubmit={(event) => void runImport(event)} aria-labelledby="import-title">
        <div class="field">
          <label for="import-file">{t('options_import_file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".json,application/json"
            aria-describedby="import-hint"
            data-testid="import-file"
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
          />
          <p class="hint" id="import-hint">
            {t('options_import_hint', limit)}
          </p>
        </div>
        <fieldset>
          <legend>{t('options_use_it')}</legend>
          <label class="choice">
            <input type="radio" name="mode" value="add" checked={mode === 'add'} onChange={() => setMode('add')} data-testid="mode-add" />
            <span>
              {t('options_mode_add')}
              <span class="hint"> — {t('options_mode_add_hint')}</span>
            </span>
          </label>
          <label class="choice">
            <input
              type="radio"
              name="mode"
              value="replace"
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
              data-testid="mode-replace"
            />
            <span>
              {t('options_mode_replace')}
              <span class="hint"> — {t('options_mode_replace_hint')}</span>
            </span>
          </label>
        </fieldset>
        <button type="submit" disabled={!file || outcome.kind === 'working'} data-testid="import-button">
          {t('options_import_button')}
        </button>
      </form>
      <div class="status-line" role="status" data-testid="import-status">
        {outcome.kind === 'working' && <p>{t('options_checking')}</p>}
        {outcome.kind === 'imported' && <p class="ok">{t('options_imported', outcome.fileName, countsText(outcome.result.counts))}</p>}
        {outcome.kind === 'removed' && <p class="ok">{t('options_removed')}</p>}
        {outcome.kind === 'exported' && <p class="ok">{t('options_saved', outcome.fileName)}</p>}
      </div>
      {outcome.kind === 'failed' && (
        <ProblemList
          title={t('options_not_imported', outcome.fileName, plural('count_problems', outcome.problems.length))}
          problems={outcome.problems}
        />
      )}

      <h3>{t('options_export_title')}</h3>
      <p class="hint">{t('options_export_hint')}</p>
      <button type="button" onClick={() => void exportData()} data-testid="export-button">
        {t('options_export_button')}
      </button>
    </section>
  );
}
