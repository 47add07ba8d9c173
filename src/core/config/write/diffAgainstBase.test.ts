import { describe, expect, it } from 'vitest';
import { inheritedBaseV2 } from '../../model/bases.ts';
import { diffAgainstBase, stripDeleteKeys } from './diffAgainstBase.ts';

const base = inheritedBaseV2('1x');

describe('diffAgainstBase', () => {
  it('writes nothing for the base itself', () => {
    expect(diffAgainstBase(inheritedBaseV2('1x'), base)).toEqual({ entries: {}, inheritedOnly: [] });
  });

  it('writes only changed keys, recursively, when the merge leaves no stale keys', () => {
    const config = { ...inheritedBaseV2('1x'), optimizer: { type: 'SGD', lr: 0.01, momentum: 0.9, weight_decay: 0.0001 }, log_config: { interval: 10, hooks: [{ type: 'TextLoggerHook' }] } };
    expect(diffAgainstBase(config, base).entries).toEqual({ optimizer: { lr: 0.01 }, log_config: { interval: 10 } });
  });

  it('deletes a base dict whose keys the config drops (SGD momentum under AdamW, step under cosine)', () => {
    const config = {
      ...inheritedBaseV2('1x'),
      optimizer: { type: 'AdamW', lr: 0.0001, weight_decay: 0.05 },
      lr_config: { policy: 'CosineAnnealing', warmup: 'linear', warmup_iters: 500, warmup_ratio: 0.001, min_lr: 0 },
    };
    expect(diffAgainstBase(config, base).entries).toEqual({
      optimizer: { _delete_: true, type: 'AdamW', lr: 0.0001, weight_decay: 0.05 },
      lr_config: { _delete_: true, policy: 'CosineAnnealing', warmup: 'linear', warmup_iters: 500, warmup_ratio: 0.001, min_lr: 0 },
    });
  });

  it('deletes where a dict meets a non-dict (mmcv raises TypeError), at the smallest depth', () => {
    const config = { ...inheritedBaseV2('1x'), optimizer_config: { grad_clip: { max_norm: 35, norm_type: 2 } } };
    expect(diffAgainstBase(config, base).entries).toEqual({ optimizer_config: { grad_clip: { _delete_: true, max_norm: 35, norm_type: 2 } } });
  });

  it('replaces lists and tuples whole, and writes new keys without _delete_ (mmcv would not pop it)', () => {
    const config = { ...inheritedBaseV2('1x'), workflow: [{ $tuple: ['train', 1] }, { $tuple: ['val', 1] }], evaluation: { _delete_: true, interval: 1, extra: { _delete_: true } } };
    expect(diffAgainstBase(config, base).entries).toEqual({ workflow: config.workflow, evaluation: { interval: 1, extra: {} } });
  });

  it('reports base top-level keys the config lacks: a child cannot delete them', () => {
    const { custom_hooks: _h, resume_from: _r, ...config } = inheritedBaseV2('1x');
    expect(diffAgainstBase(config, base).inheritedOnly).toEqual(['custom_hooks', 'resume_from']);
  });

  it('handles keys that look like Object.prototype members as plain keys', () => {
    const config = { ...inheritedBaseV2('1x'), dist_params: { backend: 'nccl', constructor: 1, toString: 2 } };
    expect(diffAgainstBase(config, base).entries).toEqual({ dist_params: { constructor: 1, toString: 2 } });
  });
});

describe('stripDeleteKeys', () => {
  it('removes _delete_ at any depth, inside lists and tuples too', () => {
    expect(stripDeleteKeys({ _delete_: true, a: [{ _delete_: false, b: 1 }], t: { $tuple: [{ _delete_: true }] } })).toEqual({ a: [{ b: 1 }], t: { $tuple: [{}] } });
  });
});
