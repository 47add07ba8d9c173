import { isPyDict } from '../../python/value.ts';
import { dictAt, itemsOf } from '../pyAccess.ts';
import type { Finding, Rule } from '../types.ts';
import { unknownArgumentFindings } from './unknownArguments.ts';

/**
 * Hook sections whose class rejects a keyword: MMCV builds `<Policy>LrUpdaterHook(**lr_config)`,
 * the momentum hook, CheckpointHook and each logger hook (base_runner.py:412-484); MMEngine builds
 * each `default_hooks` entry. EvalHook takes `**eval_kwargs` (passed on to dataset.evaluate), so
 * `evaluation` is not judged here.
 */
const hookArgs = {
  id: 'hook/unknown-argument',
  summary: 'lr/momentum updater, checkpoint and logger hook arguments the hook class does not accept',
  reference: { source: 'mmdet issue #6657 (argument reaching a hook constructor)', url: 'https://github.com/open-mmlab/mmdetection/issues/6657' },
};

export const hookUnknownArgumentMmcv1: Rule = {
  ...hookArgs,
  check(input) {
    const out: Finding[] = [
      ...unknownArgumentFindings(input, 'lr-policy', ['lr_config']),
      ...unknownArgumentFindings(input, 'momentum-policy', ['momentum_config']),
      ...unknownArgumentFindings(input, 'checkpoint-hook', ['checkpoint_config']),
    ];
    const hooks = itemsOf(dictAt(input.config, ['log_config'])?.hooks) ?? [];
    hooks.forEach((h, i) => {
      if (isPyDict(h)) out.push(...unknownArgumentFindings(input, 'logger-hook', ['log_config', 'hooks', String(i)]));
    });
    return out;
  },
};

export const hookUnknownArgumentMmengine: Rule = {
  ...hookArgs,
  check(input) {
    const hooks = dictAt(input.config, ['default_hooks']) ?? {};
    return Object.keys(hooks).flatMap((name) => unknownArgumentFindings(input, 'default-hook', ['default_hooks', name]));
  },
};
