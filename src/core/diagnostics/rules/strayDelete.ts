/**
 * `_delete_` is popped by the merge only where the bases define the key (`Config._merge_a_into_b`,
 * mmcv/utils/config.py; mmengine/config/config.py); elsewhere it stays in the dict and reaches the
 * constructor as a keyword (mmdet #6657): a TypeError for the optimizer, hooks, runners, loops and
 * schedulers.
 */
import { isPyDict } from '../../python/value.ts';
import type { PyValue } from '../../python/value.ts';
import { showPath, text } from '../text.ts';
import type { Finding, Rule } from '../types.ts';

/** Top-level keys whose dicts (and list items) are handed to a constructor as keywords. */
const builtSections = new Set([
  'optimizer', 'optim_wrapper', 'lr_config', 'momentum_config', 'checkpoint_config', 'runner', 'log_config',
  'param_scheduler', 'default_hooks', 'train_cfg', 'val_cfg', 'test_cfg', 'custom_hooks', 'optimizer_config',
]);

function walk(v: PyValue, path: string[], out: string[][]): void {
  if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, String(i)], out));
  else if (isPyDict(v)) {
    if (Object.hasOwn(v, '_delete_')) out.push(path);
    for (const [k, x] of Object.entries(v)) if (k !== '_delete_') walk(x, [...path, k], out);
  }
}

export const strayDelete: Rule = {
  id: 'config/stray-delete',
  summary: '`_delete_` on a key the bases do not define, which then reaches the constructor',
  reference: { source: 'mmdet issue #6657', url: 'https://github.com/open-mmlab/mmdetection/issues/6657' },
  check(input) {
    const paths: string[][] = [];
    walk(input.config, [], paths);
    return paths.map((path): Finding => {
      const built = builtSections.has(path[0] ?? '');
      return {
        severity: built ? 'error' : 'warning',
        path: [...path, '_delete_'],
        message: text(
          `${showPath(path)} has _delete_ but the bases do not define it, so _delete_ is not removed by the merge${built ? ' and reaches the constructor: TypeError: unexpected keyword argument \'_delete_\'' : ''}.`,
          `${showPath(path)} 写了 _delete_，但基础配置没有该键，合并时不会移除 _delete_${built ? '，它会传给构造函数：TypeError: unexpected keyword argument \'_delete_\'' : ''}。`,
        ),
        fix: { title: text('Remove _delete_', '删除 _delete_'), edits: [{ op: 'delete', path: [...path, '_delete_'] }] },
      };
    });
  },
};
