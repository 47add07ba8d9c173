import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { getAtPath } from '../../core/model/paths.ts';
import { createStudioStore } from '../studioStore.ts';
import type { StudioPersistHooks } from './persistOptions.ts';
import { followOtherTabs, mergeOtherTabLibrary } from './followOtherTabs.ts';
import { repairSavedState } from './repairSavedState.ts';

/** A localStorage stand-in that can be made full (every write throws as a full quota does). */
function storage(initial: Record<string, string> = {}) {
  const data: Record<string, string> = { ...initial };
  const s = {
    data,
    full: false,
    getItem: (k: string) => data[k] ?? null,
    setItem: (k: string, v: string) => {
      if (s.full) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      data[k] = v;
    },
    removeItem: (k: string) => {
      delete data[k];
    },
  };
  return s;
}

const entry = (id: string, name: string, config: Record<string, unknown> = { a: 1 }) => ({ id, name, config, scheduleBase: '1x', exportMode: 'inherit', updatedAt: 1 });
const saved = (configs: unknown[], activeId = 'a') => JSON.stringify({ state: { version: 2, activeId, configs, ui: { language: 'en', logScale: false, itersPerEpoch: 50 } }, version: 2 });

async function openStore(backing: StateStorage, hooks: StudioPersistHooks = {}) {
  const store = createStudioStore({ persist: { storage: () => backing, ...hooks } });
  await store.persist.rehydrate();
  return store;
}

describe('saving when storage is full', () => {
  it('keeps the edit in memory, says so once, offers the configs for download, and saves on the next change once there is room', async () => {
    const backing = storage();
    const store = await openStore(backing);
    backing.full = true;
    store.getState().actions.fieldChanged(['optimizer', 'lr'], 0.5);
    store.getState().actions.configCreated();
    expect(store.getState().saveFailed).toBe(true);
    const notice = store.getState().notice;
    expect(notice?.kind).toBe('error');
    expect(notice?.text.en).toMatch(/could not be saved/);
    const download = notice?.download?.text;
    const downloaded = JSON.parse(typeof download === 'function' ? download() : (download ?? ''));
    expect(downloaded.state.configs).toHaveLength(2);
    expect(downloaded.state.configs[0].config.optimizer.lr).toBe(0.5);

    backing.full = false;
    store.getState().actions.configRenamed('after');
    expect(store.getState().saveFailed).toBe(false);
    expect(store.getState().notice).toBeNull();
    const again = await openStore(backing);
    expect(again.getState().library.configs).toHaveLength(2);
    expect(getAtPath(again.getState().library.configs[0]?.config ?? {}, ['optimizer', 'lr'])).toBe(0.5);
  });
});

describe('unreadable saved data', () => {
  it('is not overwritten by the defaults when storage is too full to set it aside', async () => {
    const backing = storage({ 'mmcfg-studio': '{broken' });
    backing.full = true;
    let message = '';
    const store = await openStore(backing, { onSetAside: (_raw, m) => (message = m?.en ?? '') });
    expect(message).toMatch(/left in place/);
    backing.full = false; // even with room again, this run must not overwrite the only copy
    store.getState().actions.fieldChanged(['optimizer', 'lr'], 0.3);
    expect(backing.data['mmcfg-studio']).toBe('{broken');
    expect(store.getState().saveFailed).toBe(true);
  });

  it('a notice about the repair, given as the app does, does not write the defaults over the saved configs', async () => {
    const backing = storage({ 'mmcfg-studio': saved([entry('a', 'good', { optimizer: { type: 'SGD', lr: 0.07 } }), entry('b', 'bad', { 'a b': 1 })], 'b') });
    const store = createStudioStore({ persist: { storage: () => backing, onSetAside: (_raw, m) => m && store.getState().actions.noticeShown({ kind: 'error', text: m }) } });
    await store.persist.rehydrate();
    expect(store.getState().notice?.text.en).toMatch(/set aside, not deleted/);
    const kept = JSON.parse(backing.data['mmcfg-studio'] ?? '{}').state.configs;
    expect(kept.map((c: { name: string }) => c.name)).toEqual(['good']);
    expect(kept[0].config.optimizer.lr).toBe(0.07);
  });

  it('each tab reopens the config it had open, whichever tab saved last', async () => {
    const backing = storage({ 'mmcfg-studio': saved([entry('a', 'first'), entry('b', 'second')], 'b') });
    const tab = storage({ 'mmcfg-studio:active': 'a' });
    const store = createStudioStore({ persist: { storage: () => backing, tabStorage: () => tab } });
    await store.persist.rehydrate();
    expect(store.getState().name).toBe('first');
    store.getState().actions.configSwitched('b');
    expect(tab.data['mmcfg-studio:active']).toBe('b');
  });

  it('a second incident does not overwrite the first set-aside copy', async () => {
    const backing = storage({ 'mmcfg-studio': '{first', 'mmcfg-studio:set-aside': '{older' });
    await openStore(backing);
    expect(backing.data['mmcfg-studio:set-aside']).toBe('{older');
    expect(backing.data['mmcfg-studio:set-aside-2']).toBe('{first');
  });

  it('one damaged config among good ones is set aside, the good ones open', async () => {
    const bad = { ...entry('b', 'bad', { 'a b': 1 }) };
    const backing = storage({ 'mmcfg-studio': saved([entry('a', 'good'), bad]) });
    let aside = '';
    const store = await openStore(backing, { onSetAside: (raw) => (aside = raw) });
    expect(store.getState().library.configs.map((c) => c.name)).toEqual(['good']);
    expect(JSON.parse(aside)).toEqual([bad]);
    expect(JSON.parse(backing.data['mmcfg-studio:set-aside'] ?? '[]')).toEqual([bad]);
  });

  it.each([['a b'], ['text'], ['__x'], ['class']])('a saved config with the top-level key %j is refused at the door', (key) => {
    const r = repairSavedState(saved([entry('a', 'good'), entry('b', 'bad', { [key]: 1 })]));
    expect(r.state?.configs.map((c) => c.id)).toEqual(['a']);
    expect(r.problems[0]).toMatch(/cannot be Python names/);
  });
});

describe('a reload within the typing debounce', () => {
  it('a flushed text is saved as the draft at once, and loads after the reload', async () => {
    const backing = storage();
    const store = await openStore(backing);
    store.getState().actions.codeFlushed('optimizer = dict(type="SGD", lr=0.7, momentum=0.9, weight_decay=0.0001)\n');
    const reloaded = createStudioStore({ persist: { storage: () => backing } });
    await reloaded.persist.rehydrate();
    await new Promise((r) => setTimeout(r, 50));
    await vitestWaitFor(() => reloaded.getState().codeDraft === null);
    expect(getAtPath(reloaded.getState().config, ['optimizer', 'lr'])).toBe(0.7);
  });

  it('an unparsed draft survives a reload as the draft', async () => {
    const backing = storage();
    const store = await openStore(backing);
    await store.getState().actions.codeEdited('optimizer = dict(lr=0.5,,)\n');
    const reloaded = await openStore(backing);
    await new Promise((r) => setTimeout(r, 50));
    expect(reloaded.getState().codeDraft).toBe('optimizer = dict(lr=0.5,,)\n');
  });
});

describe('two tabs', () => {
  it('a config made in the other tab is kept, one deleted there does not come back, an edit there of the open one is followed', () => {
    const ours = { activeId: 'a', configs: [entry('a', 'ours'), entry('gone', 'deleted there'), entry('same', 'untouched')] } as never;
    const theirs = repairSavedState(saved([{ ...entry('a', 'their edit of a'), updatedAt: 2 }, entry('same', 'untouched'), entry('new', 'made there')], 'new')).state;
    if (!theirs) throw new Error('fixture');
    const merged = mergeOtherTabLibrary(ours, theirs);
    expect(merged.configs.map((c) => c.name)).toEqual(['their edit of a', 'untouched', 'made there']);
    expect(merged.openChanged?.name).toBe('their edit of a');
    expect(merged.configs[1]).toBe((ours as { configs: unknown[] }).configs[2]);
  });

  it('the config open here stays when the other tab deleted it', () => {
    const ours = { activeId: 'a', configs: [entry('a', 'open here'), entry('b', 'other')] } as never;
    const theirs = repairSavedState(saved([entry('b', 'other')], 'b')).state;
    if (!theirs) throw new Error('fixture');
    const merged = mergeOtherTabLibrary(ours, theirs);
    expect(merged.configs.map((c) => c.name)).toEqual(['other', 'open here']);
    expect(merged.openChanged).toBeUndefined();
  });

  it('the store follows the storage event and its next save keeps the other tab\'s configs', async () => {
    const backing = storage();
    const tabA = await openStore(backing);
    const tabB = await openStore(backing);
    const listeners: ((e: { key: string | null; newValue: string | null }) => void)[] = [];
    followOtherTabs(tabA, { addEventListener: (_t, l) => listeners.push(l), removeEventListener: () => {} });
    tabB.getState().actions.configCreated();
    tabB.getState().actions.configRenamed('made_in_b');
    for (const l of listeners) l({ key: 'mmcfg-studio', newValue: backing.data['mmcfg-studio'] ?? null });
    await vitestWaitFor(() => tabA.getState().library.configs.length === 2);
    tabA.getState().actions.fieldChanged(['optimizer', 'lr'], 0.25);
    const names = JSON.parse(backing.data['mmcfg-studio'] ?? '{}').state.configs.map((c: { name: string }) => c.name);
    expect(names).toContain('made_in_b');
    expect(tabA.temporal.getState().pastStates).toHaveLength(1);
  });
});

describe('two tabs answering each other', () => {
  it('settle: saves stop once both tabs hold the same library, even with different configs open', async () => {
    const backing = storage();
    const listeners: ((e: { key: string | null; newValue: string | null }) => void)[][] = [[], []];
    let saves = 0;
    // Each tab's own view of the shared storage: its saves reach the other tab as storage events.
    const viewOf = (i: number): StateStorage => ({
      getItem: backing.getItem,
      removeItem: backing.removeItem,
      setItem: (k, v) => {
        const changed = backing.data[k] !== v;
        backing.setItem(k, v);
        if (k !== 'mmcfg-studio' || !changed) return;
        saves++;
        setTimeout(() => listeners[1 - i]?.forEach((l) => l({ key: k, newValue: v })), 0);
      },
    });
    const tabs = [await openStore(viewOf(0), { tabStorage: () => storage() }), await openStore(viewOf(1), { tabStorage: () => storage() })];
    tabs.forEach((t, i) => followOtherTabs(t, { addEventListener: (_t, l) => listeners[i]?.push(l), removeEventListener: () => {} }));
    tabs[0]?.getState().actions.configCreated();
    await new Promise((r) => setTimeout(r, 300));
    tabs[1]?.getState().actions.fieldChanged(['optimizer', 'lr'], 0.5);
    await new Promise((r) => setTimeout(r, 300));
    const settled = saves;
    await new Promise((r) => setTimeout(r, 300));
    expect(saves).toBe(settled);
    expect(saves).toBeLessThan(10);
    expect(tabs[0]?.getState().library.configs).toHaveLength(2);
    expect(tabs[1]?.getState().library.configs).toHaveLength(2);
    expect(tabs[0]?.getState().library.activeId).not.toBe(tabs[1]?.getState().library.activeId);
  });
});

async function vitestWaitFor(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(ok()).toBe(true);
}
