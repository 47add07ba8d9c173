import { describe, expect, it } from 'vitest';
import { temporal } from 'zundo';
import { persist } from 'zustand/middleware';
import type { StateStorage } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { presets } from '../../core/model/presets.ts';
import type { PyDict } from '../../core/python/value.ts';
import type { PersistableState } from './persistOptions.ts';
import { createStudioPersistOptions } from './persistOptions.ts';
import { migrate } from './migrate.ts';
import { repairSavedState } from './repairSavedState.ts';

const preset = presets[0]?.config as PyDict;

function memoryStorage(initial: Record<string, string> = {}): StateStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v;
    },
    removeItem: (k) => {
      delete data[k];
    },
  };
}

const v1 = { config: preset, name: 'mine', scheduleBase: '2x', exportMode: 'standalone', language: 'zh', logScale: true, itersPerEpoch: 100 };
const goodConfig = (id: string, name: string) => ({ id, name, config: { a: { $float: 'inf' }, b: [{ $tuple: [1, 2] }] }, scheduleBase: '1x', exportMode: 'inherit', updatedAt: 1 });
const v2 = (configs: unknown[], activeId = 'a') => ({ state: { version: 2, activeId, configs, ui: { language: 'en', logScale: false, itersPerEpoch: 50 } }, version: 2 });

describe('repairSavedState', () => {
  it('migrates v1 (the single-config store) to v2', () => {
    const r = repairSavedState(JSON.stringify({ state: v1, version: 1 }));
    expect(r.problems).toEqual([]);
    expect(r.state?.configs).toEqual([{ id: 'config-1', name: 'mine', config: preset, scheduleBase: '2x', exportMode: 'standalone', dialect: 'mmcv1', updatedAt: 0 }]);
    expect(r.state?.ui).toEqual({ language: 'zh', logScale: true, itersPerEpoch: 100 });
    expect(migrate(v1, 1)).toEqual(r.state);
  });

  it('drops only the broken configs and restores special floats', () => {
    const r = repairSavedState(JSON.stringify(v2([goodConfig('a', 'ok'), { ...goodConfig('b', 'bad'), scheduleBase: '9x' }, goodConfig('c', 'ok2')])));
    expect(r.state?.configs.map((c) => c.id)).toEqual(['a', 'c']);
    expect(r.state?.configs[0]?.config.a).toEqual({ $float: Infinity });
    expect(r.problems[0]).toMatch(/config "bad" dropped: scheduleBase/);
    expect(r.message?.en).toMatch(/1 saved config was damaged and set aside, not deleted/);
    expect(JSON.parse(r.droppedConfigs ?? "[]")).toEqual([{ ...goodConfig("b", "bad"), scheduleBase: "9x" }]);
    expect(r.setAside).toBeUndefined();
  });

  it('opens the first config when the active one is gone, resets broken UI choices', () => {
    const saved = v2([goodConfig('x', 'only')], 'gone');
    (saved.state.ui as Record<string, unknown>).itersPerEpoch = -3;
    const r = repairSavedState(saved);
    expect(r.state?.activeId).toBe('x');
    expect(r.state?.ui.itersPerEpoch).toBe(7330);
    expect(r.problems).toContain('ui.itersPerEpoch reset to default');
  });

  it.each([
    ['not json', '{"state": '],
    ['no usable config', JSON.stringify(v2([{ id: 'a' }]))],
    ['newer version', JSON.stringify({ state: {}, version: 99 })],
    ['__proto__ key', '{"state":{"version":2,"activeId":"a","configs":[{"__proto__":{"x":1}}]},"version":2}'],
    ['a number', '42'],
  ])('sets aside %s, returning the raw text and a message', (_label, raw) => {
    const r = repairSavedState(raw);
    expect(r.state).toBeNull();
    expect(r.setAside).toBe(raw);
    expect(r.message?.zh.length).toBeGreaterThan(5);
  });
});

describe('persist options around temporal', () => {
  const makeStore = (storage: StateStorage, onSetAside?: (raw: string) => void) =>
    createStore<PersistableState & { actions: { renamed: (n: string) => void } }>()(
      persist(
        temporal(
          (set) => ({ config: preset, name: 'my_config', scheduleBase: '1x', exportMode: 'inherit', language: 'en', logScale: false, itersPerEpoch: 7330, actions: { renamed: (name: string) => set({ name }) } }),
          { partialize: (s) => ({ config: s.config, name: s.name }) },
        ),
        createStudioPersistOptions({ storage: () => storage, now: () => 42, onSetAside: (raw) => onSetAside?.(raw) }),
      ),
    );

  // Hydration is asynchronous (the zod-based repair loads on demand): wait for it as the app does.
  const hydrated = async <S extends { persist: { rehydrate: () => Promise<void> | void } }>(store: S) => {
    await store.persist.rehydrate();
    return store;
  };

  it('saves on change and restores into a new store, keeping the other configs and the actions', async () => {
    const storage = memoryStorage({ 'mmcfg-studio': JSON.stringify(v2([goodConfig('a', 'first'), goodConfig('b', 'second')], 'b')) });
    const store = await hydrated(makeStore(storage));
    expect(store.getState().name).toBe('second');
    store.getState().actions.renamed('renamed');
    const saved = JSON.parse(storage.data['mmcfg-studio'] as string);
    expect(saved.state.configs.map((c: { name: string }) => c.name)).toEqual(['first', 'renamed']);
    expect(saved.state.configs[0].config.a).toEqual({ $float: 'inf' });
    expect(store.temporal.getState().pastStates.length).toBe(1);
    const again = await hydrated(makeStore(storage));
    expect(again.getState().name).toBe('renamed');
    expect(again.getState().library?.configs.length).toBe(2);
    expect(typeof again.getState().actions.renamed).toBe('function');
  });

  it('sets a corrupt store aside before the first write overwrites it', async () => {
    const storage = memoryStorage({ 'mmcfg-studio': '{broken' });
    let seen = '';
    const store = await hydrated(makeStore(storage, (raw) => (seen = raw)));
    expect(seen).toBe('{broken');
    expect(storage.data['mmcfg-studio:set-aside']).toBe('{broken');
    expect(store.getState().name).toBe('my_config');
  });
});
