import { describe, expect, it } from 'vitest';
import type { PyDict } from '../python/value.ts';
import { applyFix, liftThroughLists } from './applyFix.ts';

const fix = (edits: Parameters<typeof applyFix>[1]['edits']) => ({ title: { en: '', zh: '' }, edits });

describe('applyFix', () => {
  const own: PyDict = { optimizer: { type: 'AdamW', lr: 0.0001, momentum: 0.9 }, runner: { max_epochs: 12 } };

  it('sets, deletes and replaces (with _delete_=True first) without touching its input', () => {
    const before = structuredClone(own);
    expect(applyFix(own, fix([{ op: 'delete', path: ['optimizer', 'momentum'] }])).optimizer).toEqual({ type: 'AdamW', lr: 0.0001 });
    expect(applyFix(own, fix([{ op: 'set', path: ['runner', 'max_epochs'], value: 24 }])).runner).toEqual({ max_epochs: 24 });
    expect(applyFix(own, fix([{ op: 'replace', path: ['optimizer'], value: { type: 'AdamW', lr: 0.0001 } }])).optimizer).toEqual({ _delete_: true, type: 'AdamW', lr: 0.0001 });
    expect(applyFix(own, fix([{ op: 'set', path: ['lr_config', 'policy'], value: 'step' }])).lr_config).toEqual({ policy: 'step' });
    expect(own).toEqual(before);
  });

  it('an edit inside a list item becomes a set of the whole list', () => {
    const merged: PyDict = { param_scheduler: [{ type: 'LinearLR' }, { type: 'MultiStepLR', milestones: [8], T_max: 3 }] };
    expect(liftThroughLists(merged, { op: 'delete', path: ['param_scheduler', '1', 'T_max'] })).toEqual({
      op: 'set',
      path: ['param_scheduler'],
      value: [{ type: 'LinearLR' }, { type: 'MultiStepLR', milestones: [8] }],
    });
    expect(liftThroughLists(merged, { op: 'delete', path: ['optimizer', 'momentum'] })).toEqual({ op: 'delete', path: ['optimizer', 'momentum'] });
  });
});
