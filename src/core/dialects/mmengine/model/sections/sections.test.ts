import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../../../model/fieldSpec.ts';
import { schedulerTypes } from '../schedulerTypes.ts';
import { customHookTypes } from './customHooks.ts';
import { entryFieldsV3, runtimeFieldsV3, runtimeSectionsV3 } from './index.ts';
import { paramSchedulerSection } from './paramScheduler.ts';

const allFields: FieldSpec[] = [...runtimeFieldsV3, ...entryFieldsV3];

describe('3.x runtime sections', () => {
  it('label and help every field, section, scheduler and hook type in English and Chinese', () => {
    const texts = [
      ...allFields.flatMap((f) => [f.label, f.help].map((text) => ({ text, where: f.path.join('.') }))),
      ...[...runtimeSectionsV3.map((s) => ({ ...s, id: s.id, label: s.title })), ...schedulerTypes.map((s) => ({ ...s, id: s.type })), ...customHookTypes.map((h) => ({ ...h, id: h.type }))].flatMap((s) => [
        { text: s.label, where: s.id },
        { text: s.help, where: s.id },
      ]),
    ];
    for (const { text, where } of texts) {
      expect(text.en.trim(), where).not.toBe('');
      expect(text.zh.trim(), where).not.toBe('');
      expect(text.zh, where).toMatch(/[\u4e00-\u9fff]|^[A-Za-z &_]+$/);
    }
  });

  it('give every field a unique path, within the config and within each list entry type', () => {
    const paths = runtimeFieldsV3.map((f) => f.path.join('.'));
    expect(new Set(paths).size).toBe(paths.length);
    for (const spec of [...schedulerTypes, ...customHookTypes]) {
      const argPaths = spec.args.map((f) => f.path.join('.'));
      expect(new Set(argPaths).size, spec.type).toBe(argPaths.length);
    }
    expect(new Set(schedulerTypes.map((s) => s.type)).size).toBe(schedulerTypes.length);
  });

  it('cover every MMEngine scheduler family for LR and momentum, with begin/end/by_epoch/convert_to_iter_based/verbose', () => {
    expect(schedulerTypes.map((s) => s.type)).toEqual(expect.arrayContaining(['LinearLR', 'ConstantLR', 'MultiStepLR', 'StepLR', 'ExponentialLR', 'CosineAnnealingLR', 'PolyLR', 'OneCycleLR', 'CosineRestartLR', 'QuadraticWarmupLR', 'LinearMomentum', 'CosineRestartMomentum', 'QuadraticWarmupMomentum']));
    expect(schedulerTypes.some((s) => s.type === 'OneCycleMomentum')).toBe(false);
    for (const s of schedulerTypes) {
      expect(s.args.map((a) => a.path[0]), s.type).toEqual(expect.arrayContaining(['begin', 'end', 'by_epoch', 'convert_to_iter_based', 'verbose']));
    }
    const kind = paramSchedulerSection.fields[0]?.type;
    expect(kind?.kind === 'hook-list' && kind.hookTypes === schedulerTypes && kind.ordered === true && typeof kind.retype === 'function').toBe(true);
    expect(schedulerTypes.find((s) => s.type === 'MultiStepLR')?.requiredArgs).toEqual(['milestones']);
  });

  it('show optimizer and clipping arguments only where they apply', () => {
    const field = (...path: string[]) => runtimeFieldsV3.find((f) => f.path.join('.') === path.join('.'));
    expect(field('optim_wrapper', 'optimizer', 'momentum')?.visibleWhen?.({ optimizer: { type: 'SGD' } })).toBe(true);
    expect(field('optim_wrapper', 'optimizer', 'momentum')?.visibleWhen?.({ optimizer: { type: 'AdamW' } })).toBe(false);
    expect(field('optim_wrapper', 'clip_grad', 'clip_value')?.visibleWhen?.({ clip_grad: { type: 'value', clip_value: 1 } })).toBe(true);
    expect(field('optim_wrapper', 'clip_grad', 'max_norm')?.visibleWhen?.({ clip_grad: { max_norm: 1 } })).toBe(true);
    expect(field('optim_wrapper', 'loss_scale')?.visibleWhen?.({ type: 'OptimWrapper' })).toBe(false);
    expect(field('train_cfg', 'max_iters')?.visibleWhen?.({ by_epoch: false })).toBe(true);
    expect(field('train_cfg', 'val_interval')?.mmcvDefaultFor?.({ type: 'IterBasedTrainLoop' }, {})).toBe(1000);
  });
});
