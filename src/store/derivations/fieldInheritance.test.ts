import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../core/model/paths.ts';
import { createStudioStore } from '../studioStore.ts';
import { fieldInheritance } from './fieldInheritance.ts';

const lr = ['optimizer', 'lr'];

describe('field inheritance in the store', () => {
  it('a fresh config inherits lr from schedule_1x.py; an edit sets it; reset puts it back, undoably', () => {
    const store = createStudioStore();
    expect(fieldInheritance(store.getState(), lr)).toEqual({ kind: 'inherited', from: 'schedule_1x.py' });
    store.getState().actions.fieldChanged(lr, 0.01);
    expect(fieldInheritance(store.getState(), lr)).toMatchObject({ kind: 'set', baseValue: 0.02 });
    store.getState().actions.fieldResetToInherited(lr);
    expect(getAtPath(store.getState().config, lr)).toBe(0.02);
    expect(fieldInheritance(store.getState(), lr).kind).toBe('inherited');
    store.temporal.getState().undo();
    expect(getAtPath(store.getState().config, lr)).toBe(0.01);
  });

  it('marks nothing in standalone export mode, where the file writes every value', () => {
    const store = createStudioStore();
    store.getState().actions.exportModeChanged('standalone');
    expect(fieldInheritance(store.getState(), lr)).toEqual({ kind: 'own' });
  });
});

describe('field and section inheritance of an imported file (its own _base_ chain)', () => {
  const leaf = "_base_ = ['./mid.py']\n# tuned by hand\noptimizer = dict(lr=0.01)\n";
  const mid = "_base_ = ['../_base_/schedules/schedule_1x.py', '../_base_/default_runtime.py']\nrunner = dict(max_epochs=24)\n";
  const importChain = async () => {
    const store = createStudioStore();
    const problems = await store.getState().actions.filesImported([
      { path: 'configs/frcnn/leaf.py', text: leaf },
      { path: 'configs/frcnn/mid.py', text: mid },
    ]);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    return store;
  };
  const readerChunk = () => import('../../core/entries/inheritance.ts');

  it('names the base that set a field; nothing is marked until the reader has loaded', async () => {
    const store = await importChain();
    const reader = await readerChunk();
    expect(fieldInheritance(store.getState(), ['runner', 'max_epochs'])).toEqual({ kind: 'own' });
    expect(fieldInheritance(store.getState(), ['runner', 'max_epochs'], reader)).toEqual({ kind: 'inherited', from: 'mid.py' });
    expect(fieldInheritance(store.getState(), ['optimizer', 'momentum'], reader)).toEqual({ kind: 'inherited', from: 'schedule_1x.py' });
    expect(fieldInheritance(store.getState(), lr, reader)).toEqual({ kind: 'set', from: 'schedule_1x.py', baseValue: 0.02 });
  });

  it('reset to inherited takes the setting out of the file text, undoably', async () => {
    const store = await importChain();
    const reader = await readerChunk();
    await store.getState().actions.fieldResetToInherited(lr);
    const s = store.getState();
    expect(getAtPath(s.config, lr)).toBe(0.02);
    expect(s.source?.files[s.source.entry]).toBe("_base_ = ['./mid.py']\n# tuned by hand\n");
    expect(fieldInheritance(s, lr, reader)).toEqual({ kind: 'inherited', from: 'schedule_1x.py' });
    store.temporal.getState().undo();
    expect(getAtPath(store.getState().config, lr)).toBe(0.01);
    expect(store.getState().source?.files['configs/frcnn/leaf.py']).toBe(leaf);
  });

  it('a section reset drops every setting of the file in it, edits included; a section with nothing set stays', async () => {
    const store = await importChain();
    const reader = await readerChunk();
    store.getState().actions.fieldChanged(['optimizer', 'weight_decay'], 0.05);
    expect(fieldInheritance(store.getState(), ['optimizer'], reader).kind).toBe('set');
    expect(fieldInheritance(store.getState(), ['checkpoint_config'], reader).kind).toBe('inherited');
    await store.getState().actions.sectionResetToInherited(['optimizer']);
    const s = store.getState();
    expect(s.config['optimizer']).toEqual({ type: 'SGD', lr: 0.02, momentum: 0.9, weight_decay: 0.0001 });
    expect(s.source?.files[s.source.entry]).not.toContain('optimizer');
    expect(fieldInheritance(s, ['optimizer'], reader).kind).toBe('inherited');
    const before = store.getState();
    await store.getState().actions.sectionResetToInherited(['checkpoint_config']);
    expect(store.getState()).toBe(before);
  });

  it('a form config: section reset puts the base section back, undoably', async () => {
    const store = createStudioStore();
    store.getState().actions.fieldChanged(lr, 0.01);
    store.getState().actions.fieldChanged(['optimizer', 'momentum'], 0.95);
    expect(fieldInheritance(store.getState(), ['optimizer']).kind).toBe('set');
    await store.getState().actions.sectionResetToInherited(['optimizer']);
    expect(fieldInheritance(store.getState(), ['optimizer']).kind).toBe('inherited');
    expect(getAtPath(store.getState().config, lr)).toBe(0.02);
    store.temporal.getState().undo();
    expect(getAtPath(store.getState().config, ['optimizer', 'momentum'])).toBe(0.95);
  });
});
