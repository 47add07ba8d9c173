import { describe, expect, it } from 'vitest';
import { simulateSchedule } from '../../schedule/simulate.ts';
import type { PyDict } from '../../python/value.ts';
import { diagnose } from '../engine.ts';

const schedule = { param_scheduler: [{ type: 'MultiStepLR', milestones: [2], by_epoch: true }], train_cfg: { type: 'EpochBasedTrainLoop', max_epochs: 3 } };

function mmengineConfig(constructor: string | undefined): PyDict {
  const wrapper = {
    type: 'OptimWrapper',
    ...(constructor === undefined ? {} : { constructor }),
    optimizer: { type: 'AdamW', lr: 0.001, weight_decay: 0.05 },
    paramwise_cfg: { custom_keys: { backbone: { lr_mult: 0.1 } }, bias_decay_mult: 0 },
  };
  return { optim_wrapper: wrapper, ...schedule } as unknown as PyDict;
}

function drawnGroups(config: PyDict, style: 'mmcv1' | 'mmengine'): string[] {
  const result = simulateSchedule(style, config, { itersPerEpoch: 2 });
  if (!result.ok) throw new Error(result.error.message);
  return result.curves.extraGroups.map((g) => g.customKey);
}

const noteOf = (config: PyDict, dialect: 'mmcv1' | 'mmengine') => diagnose({ config, dialect }).filter((d) => d.rule === 'optimizer/constructor-not-modelled');

describe('optimizer/constructor-not-modelled', () => {
  it('default constructors: the default groups are drawn and nothing is said', () => {
    for (const c of [undefined, 'DefaultOptimWrapperConstructor', 'ForceDefaultOptimWrapperConstructor', 'mmpose.engine.ForceDefaultOptimWrapperConstructor']) {
      const config = mmengineConfig(c);
      expect(drawnGroups(config, 'mmengine'), String(c)).toContain('backbone');
      expect(noteOf(config, 'mmengine'), String(c)).toEqual([]);
    }
  });

  it("a layer-decay constructor: no default group is drawn (they would be wrong), and the note names it (en, zh)", () => {
    const config = mmengineConfig('LearningRateDecayOptimWrapperConstructor');
    expect(drawnGroups(config, 'mmengine')).toEqual([]);
    const [note] = noteOf(config, 'mmengine');
    expect(note?.severity).toBe('info');
    expect(note?.path).toEqual(['optim_wrapper', 'constructor']);
    expect(note?.message.en).toContain('mmselfsup 1.x / mmpretrain 1.x');
    expect(note?.message.zh).toContain('未绘制');
  });

  it('an unknown constructor is said to be unknown; MMCV 1.x has the same rule', () => {
    const config: PyDict = {
      optimizer: { type: 'SGD', lr: 0.02, momentum: 0.9, weight_decay: 1e-4, constructor: 'MyConstructor', paramwise_cfg: { custom_keys: { head: { lr_mult: 10 } } } },
      lr_config: { policy: 'step', step: [2] },
      runner: { type: 'EpochBasedRunner', max_epochs: 3 },
    } as PyDict;
    expect(drawnGroups(config, 'mmcv1')).toEqual([]);
    const [note] = noteOf(config, 'mmcv1');
    expect(note?.path).toEqual(['optimizer', 'constructor']);
    expect(note?.message.en).toContain('MyConstructor is not a constructor this tool models');
  });

  it("TransformerFinetuneConstructor takes model_type, layer_decay and paramwise_options out of the optimizer dict; without it they are unknown arguments", () => {
    const optimizer = { type: 'AdamW', lr: 0.004, weight_decay: 0.05, model_type: 'vit', layer_decay: 0.65, paramwise_options: { bias: { weight_decay: 0 } } };
    const rest = { lr_config: { policy: 'step', step: [2] }, runner: { type: 'EpochBasedRunner', max_epochs: 3 } };
    const unknown = (config: PyDict) => diagnose({ config, dialect: 'mmcv1' }).filter((d) => d.rule === 'optimizer/unknown-argument').map((d) => d.path.join('.')).sort();
    expect(unknown({ optimizer: { ...optimizer, constructor: 'TransformerFinetuneConstructor' }, ...rest } as PyDict)).toEqual([]);
    expect(unknown({ optimizer, ...rest } as PyDict)).toEqual(['optimizer.layer_decay', 'optimizer.model_type', 'optimizer.paramwise_options']);
  });
});
