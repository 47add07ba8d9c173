/**
 * MMEngine's `Runner.from_cfg` (mmengine/runner/runner.py:451-485) reads only its own keys
 * (train_cfg, optim_wrapper, param_scheduler, default_hooks, load_from, resume, ...); the 2.x
 * keys below are accepted by the Config and then ignored without a word.
 */
import { text } from '../text.ts';
import type { Finding, Rule } from '../types.ts';

const replacements: Record<string, string> = {
  lr_config: 'param_scheduler',
  momentum_config: 'param_scheduler',
  optimizer_config: 'optim_wrapper',
  runner: 'train_cfg',
  evaluation: 'train_cfg.val_interval / val_evaluator',
  checkpoint_config: 'default_hooks.checkpoint',
  log_config: 'default_hooks.logger',
  resume_from: 'load_from + resume=True',
  workflow: 'train_cfg / val_cfg',
  total_epochs: 'train_cfg.max_epochs',
};

export const legacyKeyIgnored: Rule = {
  id: 'mmengine/legacy-key-ignored',
  summary: '2.x keys in a 3.x config, which MMEngine\'s Runner ignores silently',
  reference: { source: 'mmengine v0.10.7 mmengine/runner/runner.py:451 (Runner.from_cfg)', url: 'https://github.com/open-mmlab/mmengine/blob/v0.10.7/mmengine/runner/runner.py#L451' },
  check(input): Finding[] {
    return Object.keys(replacements)
      .filter((k) => k in input.config && input.config[k] !== null)
      .map((k) => ({
        severity: 'warning',
        path: [k],
        message: text(
          `${k} is an MMCV 1.x (2.x config) key: MMEngine's Runner never reads it, so it has no effect. Use ${replacements[k]} instead.`,
          `${k} 是 MMCV 1.x（2.x 配置）的键：MMEngine 的 Runner 不读取它，设置无效。请改用 ${replacements[k]}。`,
        ),
        fix: { title: text(`Remove ${k}`, `删除 ${k}`), edits: [{ op: 'delete', path: [k] }] },
      }));
  },
};
