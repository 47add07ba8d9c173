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
