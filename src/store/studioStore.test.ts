import { describe, expect, it } from 'vitest';
import { getAtPath } from '../core/model/paths.ts';
import { createStudioStore } from './studioStore.ts';
import { presets } from '../core/model/presets.ts';

describe('studio store', () => {
  it('changes a field and undoes it', () => {
    const store = createStudioStore();
    const before = store.getState().config;
    store.getState().actions.fieldChanged(['optimizer', 'lr'], 0.01);
    expect(getAtPath(store.getState().config, ['optimizer', 'lr'])).toBe(0.01);
    store.temporal.getState().undo();
    expect(store.getState().config).toBe(before);
    store.temporal.getState().redo();
    expect(getAtPath(store.getState().config, ['optimizer', 'lr'])).toBe(0.01);
  });

  it('switching policy drops the old policy arguments', () => {
    const store = createStudioStore();
    store.getState().actions.lrPolicyChanged('CosineAnnealing');
    const lr = getAtPath(store.getState().config, ['lr_config']);
    expect(lr).not.toHaveProperty('step');
    expect(lr).toHaveProperty('policy', 'CosineAnnealing');
  });

  it('loading a preset can be undone', () => {
    const store = createStudioStore();
    store.getState().actions.fieldChanged(['optimizer', 'lr'], 0.5);
    const edited = store.getState().config;
    const detr = presets.find((p) => p.id === 'mmdet-detr-150e');
    if (!detr) throw new Error('no DETR preset');
    store.getState().actions.presetApplied({ config: detr.config, scheduleBase: detr.scheduleBase, dialect: 'mmcv1', name: detr.id });
    expect(store.getState().config).not.toBe(edited);
    store.temporal.getState().undo();
    expect(store.getState().config).toBe(edited);
  });

  it('view settings do not enter the undo history', () => {
    const store = createStudioStore();
    store.getState().actions.logScaleToggled();
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});
