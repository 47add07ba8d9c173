import { describe, expect, it } from 'vitest';
import type { PyDict, PyValue } from '../python/value.ts';
import { inheritedBaseV2 } from './bases.ts';
import { setAtPath } from './paths.ts';
import { validateConfig } from './validate.ts';

const base = (): PyDict => ({ ...inheritedBaseV2('1x'), evaluation: { interval: 1, metric: 'bbox' } });

function edit(...changes: Array<[string[], PyValue | undefined]>): PyDict {
  return changes.reduce((c, [path, value]) => setAtPath(c, path, value), base());
}

function at(config: PyDict, path: string): string[] {
  return validateConfig(config)
    .filter((m) => m.path.join('.') === path)
    .map((m) => `${m.severity}: ${m.message.en}`);
}

const cosine = (extra: PyDict): PyDict => setAtPath(base(), ['lr_config'], { policy: 'CosineAnnealing', ...extra });

// Each case: [rule, path, a config that breaks it, a config that satisfies it, severity].
const cases: Array<[string, string, PyDict, PyDict, 'error' | 'warning']> = [
  ['negative interval', 'evaluation.interval', edit([['evaluation', 'interval'], -1]), edit([['evaluation', 'interval'], 2]), 'error'],
  ['non-number lr', 'optimizer.lr', edit([['optimizer', 'lr'], 'fast']), edit([['optimizer', 'lr'], 0.01]), 'error'],
  ['empty required lr', 'optimizer.lr', edit([['optimizer', 'lr'], undefined]), base(), 'error'],
  ['int field given a float', 'runner.max_epochs', edit([['runner', 'max_epochs'], { $float: 12 }]), base(), 'error'],
  ['warmup_ratio in (0, 1]', 'lr_config.warmup_ratio', edit([['lr_config', 'warmup_ratio'], 1.5]), edit([['lr_config', 'warmup_ratio'], { $float: 1 }]), 'error'],
  ['warmup_ratio 0', 'lr_config.warmup_ratio', edit([['lr_config', 'warmup_ratio'], 0]), edit([['lr_config', 'warmup_ratio'], 0.5]), 'error'],
  ['warmup_iters > 0', 'lr_config.warmup_iters', edit([['lr_config', 'warmup_iters'], 0]), edit([['lr_config', 'warmup_iters'], 1]), 'error'],
  ['warmup_iters absent', 'lr_config.warmup_iters', edit([['lr_config', 'warmup_iters'], undefined]), edit([['lr_config', 'warmup_iters'], undefined], [['lr_config', 'warmup'], null]), 'error'],
  ['unknown warmup', 'lr_config.warmup', edit([['lr_config', 'warmup'], 'Linear']), edit([['lr_config', 'warmup'], 'exp']), 'error'],
  ['cosine without min_lr', 'lr_config.min_lr_ratio', cosine({}), cosine({ min_lr: 0 }), 'error'],
  ['cosine with both', 'lr_config.min_lr_ratio', cosine({ min_lr: 0, min_lr_ratio: 0.01 }), cosine({ min_lr_ratio: 0.01 }), 'error'],
  ['cosine with None and a ratio', 'lr_config.min_lr_ratio', cosine({ min_lr: 0, min_lr_ratio: 0.1 }), cosine({ min_lr: null, min_lr_ratio: 0.1 }), 'error'],
  ['milestones ascending', 'lr_config.step', edit([['lr_config', 'step'], [11, 8]]), edit([['lr_config', 'step'], [8, 11]]), 'error'],
  ['milestones strictly ascending', 'lr_config.step', edit([['lr_config', 'step'], [8, 8]]), edit([['lr_config', 'step'], [8, 9]]), 'error'],
  ['int step ≥ max_epochs', 'lr_config.step', edit([['lr_config', 'step'], 12]), edit([['lr_config', 'step'], 3]), 'warning'],
  ['milestone never reached', 'lr_config.step', edit([['lr_config', 'step'], [8, 12]]), edit([['lr_config', 'step'], [8, 11]]), 'warning'],
  [
    'cyclic by_epoch',
    'lr_config.by_epoch',
    setAtPath(base(), ['lr_config'], { policy: 'cyclic', by_epoch: true, target_ratio: { $tuple: [10, 1e-4] } }),
    setAtPath(base(), ['lr_config'], { policy: 'cyclic', target_ratio: { $tuple: [10, 1e-4] } }),
    'error',
  ],
  ['OneCycle by_epoch', 'lr_config.by_epoch', setAtPath(base(), ['lr_config'], { policy: 'OneCycle', max_lr: 0.1, by_epoch: true }), setAtPath(base(), ['lr_config'], { policy: 'OneCycle', max_lr: 0.1, by_epoch: false }), 'error'],
  ['target_ratio tuple', 'lr_config.target_ratio', setAtPath(base(), ['lr_config'], { policy: 'cyclic', target_ratio: [10, 1e-4] }), setAtPath(base(), ['lr_config'], { policy: 'cyclic', target_ratio: { $tuple: [10, 1e-4] } }), 'error'],
  ['policy case', 'lr_config.policy', edit([['lr_config', 'policy'], 'cosineannealing'], [['lr_config', 'step'], undefined]), edit([['lr_config', 'policy'], 'Step']), 'error'],
  ['policy case (upper)', 'lr_config.policy', edit([['lr_config', 'policy'], 'STEP']), edit([['lr_config', 'policy'], 'step']), 'error'],
  ['stale policy argument', 'lr_config.min_lr_ratio', edit([['lr_config', 'min_lr_ratio'], 0.1]), edit([['lr_config', 'min_lr'], 0.1]), 'error'],
  ['Epoch runner with max_iters', 'runner.max_iters', edit([['runner', 'max_epochs'], undefined], [['runner', 'max_iters'], 1000]), base(), 'error'],
  ['Iter runner with max_epochs', 'runner.max_epochs', edit([['runner', 'type'], 'IterBasedRunner']), edit([['runner'], { type: 'IterBasedRunner', max_iters: 90000 }], [['lr_config', 'step'], [60000, 80000]]), 'error'],
  ['Epoch runner needs max_epochs', 'runner.max_epochs', edit([['runner', 'max_epochs'], undefined]), base(), 'error'],
  // MMCV's run() loop never starts (no exception): a warning, and the simulator agrees (errors.test.ts).
  ['idle epoch runner', 'runner.max_epochs', edit([['runner', 'max_epochs'], 0]), edit([['runner', 'max_epochs'], 1], [['lr_config', 'step'], [1]]), 'warning'],
  ['idle iter runner', 'runner.max_iters', edit([['runner'], { type: 'IterBasedRunner', max_iters: -5 }], [['lr_config', 'step'], [60000, 80000]]), edit([['runner'], { type: 'IterBasedRunner', max_iters: 90000 }], [['lr_config', 'step'], [60000, 80000]]), 'warning'],
  ['val workflow without annotations', 'workflow', edit([['workflow'], [{ $tuple: ['train', 1] }, { $tuple: ['val', 1] }]]), edit([['workflow'], [{ $tuple: ['train', 1] }, { $tuple: ['val', 1] }]], [['data'], { val: { pipeline: [{ type: 'LoadImageFromFile' }, { type: 'LoadAnnotations', with_bbox: true }] } }]), 'warning'],
  ['workflow entries are tuples', 'workflow.0', edit([['workflow'], [['train', 1]]]), base(), 'error'],
  ['nesterov needs momentum', 'optimizer.nesterov', edit([['optimizer', 'nesterov'], true], [['optimizer', 'momentum'], 0]), edit([['optimizer', 'nesterov'], true]), 'error'],
  ['decay mults need weight_decay', 'optimizer.weight_decay', edit([['optimizer', 'weight_decay'], undefined], [['optimizer', 'paramwise_cfg'], { norm_decay_mult: 0 }]), edit([['optimizer', 'paramwise_cfg'], { norm_decay_mult: 0 }]), 'error'],
  ['grad_clip needs max_norm', 'optimizer_config.grad_clip.max_norm', edit([['optimizer_config', 'grad_clip'], { norm_type: 2 }]), edit([['optimizer_config', 'grad_clip'], { max_norm: 35, norm_type: 2 }]), 'error'],
  ['log_config keys MMCV ignores', 'log_config.by_epoch', edit([['log_config', 'by_epoch'], false]), edit([['log_config', 'hooks'], [{ type: 'TextLoggerHook', by_epoch: false }]]), 'warning'],
  ['logger hook argument types', 'log_config.hooks.0.interval', edit([['log_config', 'hooks'], [{ type: 'TextLoggerHook', interval: 0 }]]), edit([['log_config', 'hooks'], [{ type: 'TextLoggerHook', interval: 10 }]]), 'error'],
  ['pct_start must be a float', 'lr_config.pct_start', setAtPath(base(), ['lr_config'], { policy: 'OneCycle', max_lr: 0.1, pct_start: 1 }), setAtPath(base(), ['lr_config'], { policy: 'OneCycle', max_lr: 0.1, pct_start: { $float: 1 } }), 'error'],
  ['missing section', 'optimizer_config', edit([['optimizer_config'], undefined]), base(), 'error'],
  ['momentum cosine pair', 'momentum_config.min_momentum_ratio', edit([['momentum_config'], { policy: 'CosineAnnealing' }]), edit([['momentum_config'], { policy: 'CosineAnnealing', min_momentum_ratio: 0.9 }]), 'error'],
  ['checkpoint never saves', 'checkpoint_config.interval', edit([['checkpoint_config', 'interval'], -1]), base(), 'warning'],
];

describe('validateConfig', () => {
  it('passes the 1x base', () => {
    expect(validateConfig(base())).toEqual([]);
  });

  it.each(cases)('%s: flags %s', (_rule, path, broken, fixed, severity) => {
    const flagged = at(broken, path);
    expect(flagged.length, JSON.stringify(validateConfig(broken))).toBeGreaterThan(0);
    expect(flagged.every((m) => m.startsWith(severity))).toBe(true);
    expect(at(fixed, path), JSON.stringify(validateConfig(fixed))).toEqual([]);
  });

  it('writes every message in both languages', () => {
    for (const [, , broken] of cases) {
      for (const m of validateConfig(broken)) {
        expect(m.message.en).not.toBe('');
        expect(m.message.zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('accepts a policy registered downstream but warns on unknown ones', () => {
    expect(at(edit([['lr_config'], { policy: 'YOLOX', warmup: 'exp', warmup_iters: 5, num_last_epochs: 15, min_lr_ratio: 0.05 }]), 'lr_config.policy')).toEqual([]);
    expect(at(edit([['lr_config'], { policy: 'MyFancy' }]), 'lr_config.policy')[0]).toMatch(/^warning/);
  });
});
