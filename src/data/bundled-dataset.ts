/**
 * The dataset that ships with the extension, typed.
 *
 * It is not validated here: this module sits on the content script's hot path. The build calls
 * `assertBundledDatasetValid()` (src/tools/bundle-check.ts), which validates `dataset.json` and
 * checks that `dataset.compact.json` is its exact compact form, so what is imported here is known
 * good. Expanding the short keys is one linear pass over ~1,000 small objects.
 */
import compact from './dataset.compact.json';
import { expandDataset } from './compact';
import type { Dataset } from './schema';

/** The bundled dataset (from the validated `dataset.json`, shipped in compact form). */
export const BUNDLED_DATASET: Dataset = expandDataset(compact);
