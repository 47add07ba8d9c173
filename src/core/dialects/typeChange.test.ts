import { describe, expect, it } from 'vitest';
import { changeComponentType } from './typeChange.ts';
import { newDict, type PyDict } from '../python/value.ts';

function dict(entries: Record<string, unknown>): PyDict {
  return Object.assign(newDict(), entries) as PyDict;
}

describe('changeComponentType for the runner', () => {
  it('drops an explicit by_epoch=True from lr_config and checkpoint_config on the way to IterBasedRunner', () => {
    const config = dict({
      runner: dict({ type: 'EpochBasedRunner', max_epochs: 12 }),
      lr_config: dict({ policy: 'step', step: [8, 11], by_epoch: true }),
      checkpoint_config: dict({ interval: 1, by_epoch: true }),
    });
    const next = changeComponentType(config, ['runner', 'type'], 'IterBasedRunner', { dialect: 'mmcv1', itersPerEpoch: 100 });
    expect((next.runner as PyDict).type).toBe('IterBasedRunner');
    expect(Object.hasOwn(next.lr_config as PyDict, 'by_epoch')).toBe(false);
    expect(Object.hasOwn(next.checkpoint_config as PyDict, 'by_epoch')).toBe(false);
  });

  it('keeps by_epoch when the runner stays epoch-based', () => {
    const config = dict({
      runner: dict({ type: 'IterBasedRunner', max_iters: 1000 }),
      lr_config: dict({ policy: 'step', step: [8, 11], by_epoch: true }),
    });
    const next = changeComponentType(config, ['runner', 'type'], 'EpochBasedRunner', { dialect: 'mmcv1', itersPerEpoch: 100 });
    expect((next.lr_config as PyDict).by_epoch).toBe(true);
  });
});
