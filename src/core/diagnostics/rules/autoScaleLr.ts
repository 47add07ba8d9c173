/**
 * `auto_scale_lr`: MMEngine scales only when `enable` is truthy and then asserts
 * `base_batch_size` (mmengine/runner/runner.py:951-955); MMDetection's `--auto-scale-lr` needs
 * both keys (tools/train.py). The scaled lr is `lr × real batch / base_batch_size`, so a
 * base_batch_size that is not GPUs × samples per GPU of the recipe (its file name says `8xb2`:
 * 8 GPUs × 2) rescales the lr it was tuned with (mmdet #10143).
 */
import { numberOf } from '../../python/value.ts';
import { dictAt, truthyOr } from '../pyAccess.ts';
import { text } from '../text.ts';
import type { DiagnoseInput, Finding, Rule } from '../types.ts';

export const autoScaleLrIncomplete: Rule = {
  id: 'auto-scale-lr/incomplete',
  summary: 'auto_scale_lr without enable or without base_batch_size',
  reference: { source: 'mmengine v0.10.7 mmengine/runner/runner.py:951', url: 'https://github.com/open-mmlab/mmengine/blob/v0.10.7/mmengine/runner/runner.py#L951' },
  check(input): Finding[] {
    const a = dictAt(input.config, ['auto_scale_lr']);
    if (!a) return [];
    if (!('base_batch_size' in a)) {
      const enabled = truthyOr(a.enable, false);
      return [
        {
          severity: enabled ? 'error' : 'warning',
          path: ['auto_scale_lr'],
          message: text(
            `auto_scale_lr has no base_batch_size${enabled ? ': AssertionError "Lack of `base_batch_size` in `auto_scale_lr`" when training starts' : ': turning it on (enable=True or --auto-scale-lr) fails'}.`,
            `auto_scale_lr 缺少 base_batch_size${enabled ? '：训练开始时 AssertionError' : '：开启后（enable=True 或 --auto-scale-lr）会失败'}。`,
          ),
        },
      ];
    }
    if (!('enable' in a)) {
      return [
        {
          severity: 'info',
          path: ['auto_scale_lr'],
          message: text('auto_scale_lr has no enable key: scaling is off, and MMDetection\'s --auto-scale-lr refuses a config without it.', 'auto_scale_lr 没有 enable 键：缩放关闭，且 MMDetection 的 --auto-scale-lr 不接受缺少该键的配置。'),
          fix: { title: text('Add enable=False', '添加 enable=False'), edits: [{ op: 'set', path: ['auto_scale_lr', 'enable'], value: false }] },
        },
      ];
    }
    return [];
  },
};

/** GPUs × images per GPU from a recipe name: `8xb2` (3.x) or `8x2` (2.x). */
export function batchFromFileName(fileName: string): { gpus: number; perGpu: number } | undefined {
  const m = /(?:^|[_-])(\d+)xb?(\d+)(?=[_-])/.exec(fileName.slice(fileName.lastIndexOf('/') + 1));
  return m ? { gpus: Number(m[1]), perGpu: Number(m[2]) } : undefined;
}

const baseBatch = {
  id: 'auto-scale-lr/base-batch-mismatch',
  summary: 'base_batch_size that contradicts GPUs × samples per GPU of the recipe',
  reference: { source: 'mmdet issue #10143', url: 'https://github.com/open-mmlab/mmdetection/issues/10143' },
};

/** 2.x: `data.samples_per_gpu`. */
export const autoScaleLrBaseBatchMmcv1: Rule = {
  ...baseBatch,
  check: (input) => baseBatchFindings(input, numberOf(dictAt(input.config, ['data'])?.samples_per_gpu)),
};

/** 3.x: `train_dataloader.batch_size`. */
export const autoScaleLrBaseBatchMmengine: Rule = {
  ...baseBatch,
  check: (input) => baseBatchFindings(input, numberOf(dictAt(input.config, ['train_dataloader'])?.batch_size)),
};

function baseBatchFindings(input: DiagnoseInput, samplesPerGpu: number | undefined): Finding[] {
  const base = numberOf(dictAt(input.config, ['auto_scale_lr'])?.base_batch_size);
  const named = input.fileName === undefined ? undefined : batchFromFileName(input.fileName);
  if (base === undefined || !named) return [];
  const perGpu = samplesPerGpu ?? named.perGpu;
  const total = named.gpus * perGpu;
  if (total === base) return [];
  return [
    {
      severity: 'warning',
      path: ['auto_scale_lr', 'base_batch_size'],
      message: text(
        `base_batch_size=${base}, but this recipe trains on ${named.gpus} GPUs × ${perGpu} images = ${total}: with auto scaling the lr is rescaled by the wrong factor.`,
        `base_batch_size=${base}，但该配置按 ${named.gpus} 张 GPU × 每卡 ${perGpu} 张图 = ${total} 训练：自动缩放会使用错误的系数。`,
      ),
      fix: { title: text(`Set base_batch_size=${total}`, `将 base_batch_size 设为 ${total}`), edits: [{ op: 'set', path: ['auto_scale_lr', 'base_batch_size'], value: total }] },
    },
  ];
}
