/**
 * The real data the hostile-input tests mutate: one actor's slice of the bundled dataset (ICEFCOM:
 * the first story's claims, responses, evidence, sources and every actor they name), a valid
 * dataset of real records. The whole field-scale dataset would make each of the thousand-odd
 * cases validate some 300 actors and 450 sources without testing anything more.
 */
import { BUNDLED_DATASET } from '../../../src/data/bundled-dataset';
import type { Dataset } from '../../../src/data/schema';
import { sliceForActor } from '../../../src/data/slice';

export const HOSTILE_BASE: Dataset = sliceForActor(BUNDLED_DATASET, 'icefcom') as Dataset;
