import { useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES } from '../shared/constants';
import { importDataset, type ImportResult } from '../shared/dataset-import';
import { checkImportSize, formatBytes, type ImportMode, type ImportProblem } from '../shared/dataset-merge';
import { exportActiveDataset, removeImportedDataset, type DatasetInfo } from '../shared/dataset-store';
import { formatPartialDate } from '../ui/labels';

type Outcome =
  | { kind: 'none' }
  | { kind: 'working' }
  | { kind: 'imported'; fileName: string; result: Extract<ImportResult, { ok: true }> }
  | { kind: 'failed'; fileName: string; problems: ImportProblem[] }
  | { kind: 'removed' }
  | { kind: 'exported'; fileName: string };

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function countsText(counts: { actors: number; claims: number; responses: number; sources: number; replaced: number }): string {
  const parts = [plural(counts.actors, 'actor', 'actors'), plural(counts.claims, 'claim', 'claims'), plural(counts.responses, 'response', 'responses'), plural(counts.sources, 'source', 'sources')];
  const replaced = counts.replaced > 0 ? `; ${plural(counts.replaced, 'record replaces a bundled one', 'records replace bundled ones')}` : '';
  return `${parts.join(', ')}${replaced}`;
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
    setOutcome(result.ok ? { kind: 'imported', fileName: file.name, result } : { kind: 'failed', fileName: file.name, problems: result.problems });
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
      <h2 id="data-title">Data</h2>
      {info && (
        <div class="panel" data-testid="data-in-use">
          <p>
            <strong>In use:</strong>{' '}
            {!imported || imported.problems
              ? `the bundled dataset, version ${info.bundled.version}, as of ${formatPartialDate(info.bundled.asOf)}.`
              : imported.mode === 'add'
                ? `the bundled dataset (version ${info.bundled.version}, as of ${formatPartialDate(info.bundled.asOf)}) with your file “${imported.fileName}” added.`
                : `only your file “${imported.fileName}” (version ${imported.version}, as of ${formatPartialDate(imported.asOf)}), instead of the bundled dataset.`}
          </p>
          {imported && (
            <>
              <p>
                Your file: {countsText(imported.counts)}; imported {new Date(imported.importedAt).toLocaleString()}.
              </p>
              {imported.problems && (
                <ProblemList title="Your file no longer fits this version’s bundled data, so it is not in use. Fix it and import it again, or remove it:" problems={imported.problems} />
              )}
              <button type="button" onClick={() => void remove()} data-testid="remove-import">
                Remove your file and use the bundled dataset
              </button>
            </>
          )}
        </div>
      )}

      <h3 id="import-title">Import your own dataset</h3>
      <form onSubmit={(event) => void runImport(event)} aria-labelledby="import-title">
        <div class="field">
          <label for="import-file">Dataset file</label>
          <input
            id="import-file"
            type="file"
            accept=".json,application/json"
            aria-describedby="import-hint"
            data-testid="import-file"
            onChange={(event) => setFile((event.currentTarget as HTMLInputElement).files?.[0] ?? null)}
          />
          <p class="hint" id="import-hint">
            JSON in Counterclaim’s dataset schema (the format “Download” below produces), up to {limit}. It is checked with the same
            validator as the bundled data; nothing is stored unless the whole file is valid.
          </p>
        </div>
        <fieldset>
          <legend>Use it</legend>
          <label class="choice">
            <input type="radio" name="mode" value="add" checked={mode === 'add'} onChange={() => setMode('add')} data-testid="mode-add" />
            <span>
              Add to the bundled dataset
              <span class="hint"> — records with an id the bundled data already has replace the bundled record; aliases must not clash with another actor’s.</span>
            </span>
          </label>
          <label class="choice">
            <input type="radio" name="mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} data-testid="mode-replace" />
            <span>
              Replace the bundled dataset
              <span class="hint"> — only your file is used; it must be complete on its own.</span>
            </span>
          </label>
        </fieldset>
        <button type="submit" disabled={!file || outcome.kind === 'working'} data-testid="import-button">
          Import
        </button>
      </form>
      <div class="status-line" role="status" data-testid="import-status">
        {outcome.kind === 'working' && <p>Checking the file…</p>}
        {outcome.kind === 'imported' && (
          <p class="ok">
            Imported “{outcome.fileName}”: {countsText(outcome.result.counts)}. Open pages update now.
          </p>
        )}
        {outcome.kind === 'removed' && <p class="ok">Your file was removed; the bundled dataset is in use.</p>}
        {outcome.kind === 'exported' && <p class="ok">Saved “{outcome.fileName}”.</p>}
      </div>
      {outcome.kind === 'failed' && (
        <ProblemList
          title={`“${outcome.fileName}” was not imported, and nothing changed. ${plural(outcome.problems.length, 'problem', 'problems')} to fix:`}
          problems={outcome.problems}
        />
      )}

      <h3>Export</h3>
      <p class="hint">The data in use, as one JSON file in the same schema; it can be edited and imported again.</p>
      <button type="button" onClick={() => void exportData()} data-testid="export-button">
        Download the data in use
      </button>
    </section>
  );
}
