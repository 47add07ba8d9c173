import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { presets } from '../core/model/presets.ts';
import type { CompareActions, CompareSlice, PinInput } from './compareSlice.ts';
import { createCompareActions, initialCompareSlice, maxPins } from './compareSlice.ts';

type TestState = CompareSlice & { actions: CompareActions };

// Only this slice: the studio store wires it beside the others.
function createCompareStore() {
  return createStore<TestState>()((set, get) => ({ ...initialCompareSlice(), actions: createCompareActions(set, get) }));
}

const preset = presets[0];
if (!preset) throw new Error('no presets');
const pin = (label: string, id?: string): PinInput => ({ ...(id ? { id } : {}), label, style: 'mmcv1', config: preset.config, pythonText: `# ${label}\n` });

describe('compare slice', () => {
  it('pins schedules with fresh ids, oldest first', () => {
    const store = createCompareStore();
    store.getState().actions.schedulePinned(pin('current'));
    store.getState().actions.schedulePinned(pin('1x'));
    const { pins } = store.getState();
    expect(pins.map((p) => p.label)).toEqual(['current', '1x']);
    expect(new Set(pins.map((p) => p.id)).size).toBe(2);
    expect(pins[0]?.config).toBe(preset.config);
    expect(pins[0]?.pythonText).toBe('# current\n');
    expect(store.getState().pinReplaced).toBeNull();
  });

  it(`keeps at most ${maxPins}: a fifth replaces the oldest and says which`, () => {
    const store = createCompareStore();
    for (const label of ['a', 'b', 'c', 'd']) store.getState().actions.schedulePinned(pin(label));
    expect(store.getState().pins).toHaveLength(4);
    expect(store.getState().pinReplaced).toBeNull();
    store.getState().actions.schedulePinned(pin('e'));
    expect(store.getState().pins.map((p) => p.label)).toEqual(['b', 'c', 'd', 'e']);
    expect(new Set(store.getState().pins.map((p) => p.id)).size).toBe(4);
    expect(store.getState().pinReplaced).toBe('a');
    store.getState().actions.pinReplacedDismissed();
    expect(store.getState().pinReplaced).toBeNull();
  });

  it('an id pinned again replaces that pin in place', () => {
    const store = createCompareStore();
    store.getState().actions.schedulePinned(pin('import v1', 'imported'));
    store.getState().actions.schedulePinned(pin('other'));
    store.getState().actions.schedulePinned(pin('import v2', 'imported'));
    expect(store.getState().pins.map((p) => `${p.id}:${p.label}`)).toEqual(['imported:import v2', 'pin-2:other']);
  });

  it('numbers a label that is already pinned', () => {
    const store = createCompareStore();
    for (const label of ['my_config', 'my_config', 'my_config']) store.getState().actions.schedulePinned(pin(label));
    expect(store.getState().pins.map((p) => p.label)).toEqual(['my_config', 'my_config (2)', 'my_config (3)']);
  });

  it('removes one pin, ignores unknown ids, clears all', () => {
    const store = createCompareStore();
    for (const label of ['a', 'b', 'c']) store.getState().actions.schedulePinned(pin(label));
    const [, second] = store.getState().pins;
    store.getState().actions.pinRemoved(second?.id ?? '');
    expect(store.getState().pins.map((p) => p.label)).toEqual(['a', 'c']);
    const before = store.getState().pins;
    store.getState().actions.pinRemoved('nope');
    expect(store.getState().pins).toBe(before);
    store.getState().actions.schedulePinned(pin('d'));
    expect(new Set(store.getState().pins.map((p) => p.id)).size).toBe(3);
    store.getState().actions.pinsCleared();
    expect(store.getState().pins).toEqual([]);
  });

  it('fresh stores do not share pins', () => {
    const one = createCompareStore();
    one.getState().actions.schedulePinned(pin('a'));
    expect(createCompareStore().getState().pins).toEqual([]);
  });
});
