import { describe, expect, it } from 'vitest';
import { getAtPath } from '../core/model/paths.ts';
import { presets } from '../core/model/presets.ts';
import { createStudioStore } from './studioStore.ts';
import { listConfigs } from './librarySlice.ts';

const names = (store: ReturnType<typeof createStudioStore>) => listConfigs(store.getState()).map((c) => c.name);

describe('library actions', () => {
  it('a preset opens as a new entry named after it, twice under unique names; the edited one keeps its edits', () => {
    const store = createStudioStore();
    store.getState().actions.configRenamed('faster_rcnn_r50_fpn_3x');
    store.getState().actions.fieldChanged(['runner', 'max_epochs'], 36);
    const detr = presets.find((p) => p.id === 'mmdet-detr-150e');
    if (!detr) throw new Error('no DETR preset');
    const pick = () => store.getState().actions.presetApplied({ config: detr.config, scheduleBase: detr.scheduleBase, dialect: 'mmcv1', name: detr.id });
    pick();
    pick();
    expect(names(store)).toEqual(['faster_rcnn_r50_fpn_3x', 'mmdet-detr-150e', 'mmdet-detr-150e_2']);
    expect(store.getState().name).toBe('mmdet-detr-150e_2');
    const first = listConfigs(store.getState())[0];
    expect(first && getAtPath(first.config, ['runner', 'max_epochs'])).toBe(36);
    store.temporal.getState().undo();
    store.temporal.getState().undo();
    expect(names(store)).toEqual(['faster_rcnn_r50_fpn_3x']);
    expect(getAtPath(store.getState().config, ['runner', 'max_epochs'])).toBe(36);
  });

  it('an imported file opens as a new entry named after the file, with its source; the open draft is kept', async () => {
    const store = createStudioStore();
    await store.getState().actions.codeEdited('optimizer = dict(type="SGD", lr=');
    expect(store.getState().codeDraft).toBe('optimizer = dict(type="SGD", lr=');
    const problems = await store.getState().actions.filesImported([{ path: 'my_frcnn.py', text: "_base_ = ['../_base_/schedules/schedule_2x.py']\noptimizer = dict(lr=0.01)  # halved\n" }]);
    expect(problems.filter((d) => d.severity === 'error')).toEqual([]);
    expect(names(store)).toEqual(['my_config', 'my_frcnn']);
    expect(store.getState().source?.entry).toMatch(/my_frcnn\.py$/);
    expect(listConfigs(store.getState())[0]?.draft).toBe('optimizer = dict(type="SGD", lr=');
    store.temporal.getState().undo();
    expect(names(store)).toEqual(['my_config']);
    expect(store.getState().codeDraft).toBe('optimizer = dict(type="SGD", lr=');
  });

  it('new config opens a fresh entry beside the first; undo removes it and reopens the first', () => {
    const store = createStudioStore();
    store.getState().actions.fieldChanged(['optimizer', 'lr'], 0.5);
    store.getState().actions.configCreated();
    expect(names(store)).toEqual(['my_config', 'new_config']);
    expect(getAtPath(store.getState().config, ['optimizer', 'lr'])).toBe(0.02);
    store.temporal.getState().undo();
    expect(names(store)).toEqual(['my_config']);
    expect(getAtPath(store.getState().config, ['optimizer', 'lr'])).toBe(0.5);
  });

  it('rename changes the open entry; undo restores the old name', () => {
    const store = createStudioStore();
    store.getState().actions.configRenamed('faster_rcnn_1x');
    expect(names(store)).toEqual(['faster_rcnn_1x']);
    store.temporal.getState().undo();
    expect(names(store)).toEqual(['my_config']);
  });

  it('duplicate copies the config under a unique name and opens it; undo removes the copy', () => {
    const store = createStudioStore();
    store.getState().actions.fieldChanged(['runner', 'max_epochs'], 24);
    store.getState().actions.configDuplicated(store.getState().library.activeId);
    store.getState().actions.configDuplicated(store.getState().library.activeId);
    expect(names(store)).toEqual(['my_config', 'my_config_copy', 'my_config_copy_copy']);
    expect(getAtPath(store.getState().config, ['runner', 'max_epochs'])).toBe(24);
    store.temporal.getState().undo();
    expect(names(store)).toEqual(['my_config', 'my_config_copy']);
  });

  it('deleting the last config leaves a fresh one; undo brings the deleted one back with its edits', () => {
    const store = createStudioStore();
    store.getState().actions.fieldChanged(['optimizer', 'lr'], 0.5);
    store.getState().actions.configRenamed('precious');
    const id = store.getState().library.activeId;
    store.getState().actions.configDeleted(id);
    expect(names(store)).toEqual(['my_config']);
    expect(getAtPath(store.getState().config, ['optimizer', 'lr'])).toBe(0.02);
    store.temporal.getState().undo();
    expect(names(store)).toEqual(['precious']);
    expect(getAtPath(store.getState().config, ['optimizer', 'lr'])).toBe(0.5);
  });

  it('deleting the open config of several opens the next; switching keeps each config its own edits', () => {
    const store = createStudioStore();
    const first = store.getState().library.activeId;
    store.getState().actions.fieldChanged(['optimizer', 'lr'], 0.5);
    store.getState().actions.configCreated();
    store.getState().actions.fieldChanged(['optimizer', 'lr'], 0.125);
    store.getState().actions.configSwitched(first);
    expect(getAtPath(store.getState().config, ['optimizer', 'lr'])).toBe(0.5);
    store.getState().actions.configDeleted(first);
    expect(names(store)).toEqual(['new_config']);
    expect(getAtPath(store.getState().config, ['optimizer', 'lr'])).toBe(0.125);
    store.temporal.getState().undo();
    expect(names(store)).toEqual(['my_config', 'new_config']);
  });

  it('a draft stays with its config when switching away and back', async () => {
    const store = createStudioStore();
    const first = store.getState().library.activeId;
    await store.getState().actions.codeEdited('optimizer = dict(lr=0.5,,)\n');
    store.getState().actions.configCreated();
    expect(store.getState().codeDraft).toBeNull();
    store.getState().actions.configSwitched(first);
    expect(store.getState().codeDraft).toBe('optimizer = dict(lr=0.5,,)\n');
  });
});

describe('undo grouping', () => {
  it("a field's keystrokes are one undo step", () => {
    const store = createStudioStore();
    const { actions } = store.getState();
    actions.editBurstStarted();
    actions.fieldChanged(['runner', 'max_epochs'], 2);
    actions.fieldChanged(['runner', 'max_epochs'], 24);
    actions.fieldChanged(['runner', 'max_epochs'], 240);
    actions.editBurstEnded();
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.temporal.getState().undo();
    expect(getAtPath(store.getState().config, ['runner', 'max_epochs'])).toBe(12);
  });

  it('two bursts are two steps; changes outside a burst are one step each', () => {
    const store = createStudioStore();
    const { actions } = store.getState();
    actions.editBurstStarted();
    actions.fieldChanged(['optimizer', 'lr'], 0.1);
    actions.fieldChanged(['optimizer', 'lr'], 0.15);
    actions.editBurstEnded();
    actions.editBurstStarted();
    actions.fieldChanged(['runner', 'max_epochs'], 2);
    actions.fieldChanged(['runner', 'max_epochs'], 20);
    actions.editBurstEnded();
    actions.fieldChanged(['optimizer', 'momentum'], 0.8);
    actions.fieldChanged(['optimizer', 'momentum'], 0.7);
    expect(store.temporal.getState().pastStates).toHaveLength(4);
    store.temporal.getState().undo(3);
    expect(getAtPath(store.getState().config, ['optimizer', 'lr'])).toBe(0.15);
    expect(getAtPath(store.getState().config, ['runner', 'max_epochs'])).toBe(12);
  });
});

describe('opening a share link', () => {
  const text = "_base_ = ['../_base_/schedules/schedule_2x.py']\n# halved for 4 GPUs\noptimizer = dict(lr=0.01)\n";
  const payload = { name: 'frcnn', config: {}, scheduleBase: '1x' as const, exportMode: 'inherit' as const, dialect: 'mmcv1' as const };

  it('in a fresh studio, opens the sender file alone (no empty my_config beside it)', async () => {
    const store = createStudioStore();
    const problems = await store.getState().actions.sharedFilesOpened(payload, { entry: 'configs/studio/frcnn.py', files: { 'configs/studio/frcnn.py': text } });
    expect(problems.filter((d) => d.severity === 'error')).toEqual([]);
    expect(names(store)).toEqual(['frcnn']);
    expect(store.getState().source?.files['configs/studio/frcnn.py']).toBe(text);
    expect(getAtPath(store.getState().config, ['optimizer', 'lr'])).toBe(0.01);
  });

  it('beside an edited config, keeps it; a file that does not load opens nothing', async () => {
    const store = createStudioStore();
    store.getState().actions.fieldChanged(['runner', 'max_epochs'], 36);
    const bad = await store.getState().actions.sharedFilesOpened(payload, { entry: 'a.py', files: { 'a.py': 'optimizer = dict(lr=' } });
    expect(bad.some((d) => d.severity === 'error')).toBe(true);
    expect(names(store)).toEqual(['my_config']);
    store.getState().actions.configAddedAndOpened(payload);
    expect(names(store)).toEqual(['my_config', 'frcnn']);
  });
});
