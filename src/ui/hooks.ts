/**
 * Data sources shared by the extension's pages (popup and options) as Preact hooks, each cleaning
 * up through an AbortController: the dataset in use (and its index), and the settings.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createDatasetIndex, type DatasetIndex } from '../data/dataset-index';
import type { Dataset } from '../data/schema';
import { getDatasetInfo, loadActiveDataset, onActiveDatasetChanged, type DatasetInfo } from '../shared/dataset-store';
import { getSettings, onSettingsChanged, type Settings } from '../shared/settings';

export interface ActiveData {
  index: DatasetIndex;
  info: DatasetInfo;
}

/** The dataset in use, indexed; follows imports and removals made while the popup is open. */
export function useActiveData(): ActiveData | null {
  const [state, setState] = useState<{ dataset: Dataset; info: DatasetInfo } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const load = async () => {
      const [dataset, info] = await Promise.all([loadActiveDataset(), getDatasetInfo()]);
      if (!controller.signal.aborted) setState({ dataset, info });
    };
    void load();
    onActiveDatasetChanged(() => void load(), controller.signal);
    return () => controller.abort();
  }, []);
  const index = useMemo(() => (state ? createDatasetIndex(state.dataset) : null), [state]);
  return state && index ? { index, info: state.info } : null;
}

export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void getSettings().then((value) => {
      if (!controller.signal.aborted) setSettings(value);
    });
    onSettingsChanged(setSettings, controller.signal);
    return () => controller.abort();
  }, []);
  return settings;
}
