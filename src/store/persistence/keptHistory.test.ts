import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { getAtPath } from '../../core/model/paths.ts';
import { createStudioStore } from '../studioStore.ts';
import { keptHistoryKeys, maxKeptUndoSteps } from './keptHistory.ts';

function memoryStorage(data: Record<string, string> = {}, quota = Infinity): StateStorage & { data: Record<string, string> } {
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      const used = Object.entries(data).reduce((n, [key, text]) => n + (key === k ? 0 : text.length), 0);
      if (used + v.length > quota) throw new Error('QuotaExceededError');
      data[k] = v;
    },
    removeItem: (k) => {
      delete data[k];
    },
  };
}

const settle = async () => {
  await new Promise((r) => setTimeout(r, 350));
};
const open = async (storage: StateStorage) => {
  const store = createStudioStore({ persist: { storage: () => storage, tabStorage: () => memoryStorage() } });
  await store.persist.rehydrate();
  await settle();
  return store;
};

describe('undo steps and pins kept across a reload', () => {
  it('undo after a reload walks back through the edits, bounded', async () => {
    const storage = memoryStorage();
    const first = await open(storage);
    for (let n = 1; n <= maxKeptUndoSteps + 5; n++) first.getState().actions.fieldChanged(['runner', 'max_epochs'], n);
    first.getState().actions.schedulePinned({ label: 'pinned', style: 'mmcv1', config: first.getState().config, pythonText: 'x = 1\n' });
    await settle();
    expect(storage.data[keptHistoryKeys('mmcfg-studio').undo]).toBeDefined();

    const second = await open(storage);
    expect(getAtPath(second.getState().config, ['runner', 'max_epochs'])).toBe(maxKeptUndoSteps + 5);
    expect(second.temporal.getState().pastStates).toHaveLength(maxKeptUndoSteps);
    second.temporal.getState().undo();
    expect(getAtPath(second.getState().config, ['runner', 'max_epochs'])).toBe(maxKeptUndoSteps + 4);
    expect(second.getState().pins.map((p) => p.label)).toEqual(['pinned']);
  });

  it('steps written for another state are not restored onto this one', async () => {
    const storage = memoryStorage();
    const first = await open(storage);
    first.getState().actions.fieldChanged(['runner', 'max_epochs'], 7);
    await settle();
    const saved = JSON.parse(storage.data[keptHistoryKeys('mmcfg-studio').undo] ?? '{}') as { present: string };
    storage.data[keptHistoryKeys('mmcfg-studio').undo] = JSON.stringify({ ...saved, present: 'other' });
    const second = await open(storage);
    expect(second.temporal.getState().pastStates).toHaveLength(0);
  });

  it('a full storage never fails the save of the configs: the steps give way', async () => {
    const storage = memoryStorage({}, 60_000);
    const first = await open(storage);
    const long = 'x'.repeat(3_000);
    for (let n = 1; n <= 30; n++) first.getState().actions.fieldChanged(['note'], `${long}${n}`);
    await settle();
    expect(first.getState().saveFailed).toBe(false);
    const kept = storage.data[keptHistoryKeys('mmcfg-studio').undo];
    expect(kept === undefined || kept.length < 60_000).toBe(true);
  });
});
