/**
 * Reads the curated record files from disk (Node only: the build, the CLI and tests). The pure
 * merge is `compile.ts`; this file only lists and parses the files, in a stable order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileRecords, fileOfPath, type CompileResult, type RecordFile } from '../data/compile';
import { validateDataset, type ValidationResult } from '../data/validate';

export const RECORDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'records');
const FOLDERS = ['actors', 'groups', 'episodes'] as const;

function readRecord(dir: string, path: string): RecordFile {
  const shown = relative(join(dir, '..', '..', '..'), path);
  try {
    return { path: shown, json: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    return { path: shown, json: { parseError: error instanceof Error ? error.message : String(error) } };
  }
}

/** Every record file, folder by folder, file names sorted. */
export function readRecords(dir = RECORDS_DIR): { meta: RecordFile; files: RecordFile[] } {
  const files = FOLDERS.flatMap((folder) =>
    readdirSync(join(dir, folder))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => readRecord(dir, join(dir, folder, name))),
  );
  return { meta: readRecord(dir, join(dir, 'meta.json')), files };
}

/** Compiles and validates the records; problems name the file each record came from. */
export function compileAndValidate(dir = RECORDS_DIR): { compiled: CompileResult; result: ValidationResult } {
  const { meta, files } = readRecords(dir);
  const compiled = compileRecords(meta, files);
  const result = validateDataset(compiled.dataset);
  if (compiled.problems.length > 0) {
    const earlier = result.ok ? [] : result.problems;
    return { compiled, result: { ok: false, problems: [...compiled.problems, ...earlier] } };
  }
  if (!result.ok) {
    const problems = result.problems.map((p) => {
      const file = fileOfPath(compiled, p.path);
      return file === undefined ? p : { ...p, message: `${p.message} (in ${file})` };
    });
    return { compiled, result: { ok: false, problems } };
  }
  return { compiled, result };
}
