import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../../model/fieldSpec.ts';
import { inheritedBaseV3, scheduleBaseIds } from '../model/bases.ts';
import { schedulerTypes } from '../model/schedulerTypes.ts';
import type { PyDict, PyValue } from '../../../python/value.ts';
import { isPyDict, pyEqual, pyFloat } from '../../../python/value.ts';
import { dictFromEntries } from '../../../python/pyMap.ts';
import { assertWithBatchedOracle } from '../../../../test/oracle/assertWithBatchedOracle.ts';
import { floatArb, intArb, keyArb, pyValueArb, stringArb } from '../../../../test/oracle/configArbitraries.ts';
import type { PythonLoadResult } from '../../../../test/oracle/loadWithPython.ts';
import { loadExportedWithPythonV3 } from '../../../../test/oracle/loadWithPythonV3.ts';
import { stripDeleteKeys } from '../../../config/write/diffAgainstBase.ts';
import type { WriteConfigV3Options } from './writeConfigV3.ts';
import { writeConfigV3 } from './writeConfigV3.ts';

const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

function compact(entries: Record<string, PyValue | undefined>): PyDict {
  const out: PyDict = {};
  for (const [k, v] of Object.entries(entries)) if (v !== undefined) out[k] = v;
  return out;
}

const positiveFloatArb = fc.oneof(
  fc.double({ min: 1e-8, max: 1, noNaN: true }).map(pyFloat),
  fc.constantFrom(0.02, 0.01, 0.001, 1e-4, 1e-5, 2e-4, 0.9, 0.1).map(pyFloat),
  fc.integer({ min: 1, max: 10 }).map((i) => ({ $float: i })),
);
const smallIntArb = fc.integer({ min: 0, max: 1000 });

/** A value of the kind a form field edits (what the UI would write), sometimes None when allowed. */
function valueForField(spec: FieldSpec): fc.Arbitrary<PyValue> {
  const kind = spec.type;
  const base: fc.Arbitrary<PyValue> = (() => {
    switch (kind.kind) {
      case 'int':
        return smallIntArb;
      case 'float':
        return fc.oneof(positiveFloatArb, floatArb);
      case 'bool':
        return fc.boolean();
      case 'enum':
        return fc.constantFrom(...kind.options);
      case 'int-list':
        return fc.array(smallIntArb, { maxLength: 4 });
      case 'float-list':
        return fc.array(positiveFloatArb, { maxLength: 4 });
      default:
        return pyValueArb;
    }
  })();
  return spec.nullable ? fc.oneof(base, fc.constant(null)) : base;
}

/** One scheduler of any modeled type with a random subset of its arguments (plus, rarely, an unknown one). */
const schedulerArb: fc.Arbitrary<PyValue> = fc.constantFrom(...schedulerTypes).chain((spec) =>
  fc
    .record({
      type: spec.family === 'QuadraticWarmup' ? fc.constantFrom(spec.type, `mmdet.${spec.type}`) : fc.constant(spec.type),
      args: fc.tuple(...spec.args.map((a) => maybe(valueForField(a)))),
      unknown: maybe(fc.tuple(fc.constantFrom('x_arg', 'last_step', '_scope_'), pyValueArb)),
    })
    .map(({ type, args, unknown }) => {
      const entry: PyDict = { type };
      spec.args.forEach((a, i) => {
        const v = args[i];
        if (v !== undefined) entry[a.path[0] ?? ''] = v;
      });
      if (unknown) entry[unknown[0]] = unknown[1];
      return entry;
    }),
);

const paramSchedulerArb: fc.Arbitrary<PyValue> = fc.oneof(
  { weight: 5, arbitrary: fc.array(schedulerArb, { maxLength: 4 }) },
  { weight: 1, arbitrary: schedulerArb },
  { weight: 1, arbitrary: fc.constant(null) },
);

const optimizerArb: fc.Arbitrary<PyValue> = fc.oneof(
  fc.record({ type: fc.constant('SGD'), lr: positiveFloatArb, momentum: maybe(positiveFloatArb), weight_decay: maybe(positiveFloatArb), nesterov: maybe(fc.boolean()) }).map(compact),
  fc.record({ type: fc.constantFrom('Adam', 'AdamW'), lr: positiveFloatArb, betas: maybe(fc.tuple(positiveFloatArb, positiveFloatArb).map((b) => ({ $tuple: b }))), eps: maybe(positiveFloatArb), weight_decay: maybe(positiveFloatArb) }).map(compact),
  fc.record({ type: fc.constant('RMSprop'), lr: positiveFloatArb, alpha: maybe(positiveFloatArb), momentum: maybe(positiveFloatArb) }).map(compact),
);

const clipGradArb: fc.Arbitrary<PyValue> = fc.oneof(
  fc.constant(null),
  fc.record({ max_norm: fc.oneof(positiveFloatArb, fc.integer({ min: 1, max: 50 })), norm_type: maybe(fc.constantFrom<PyValue>(2, { $float: 2 }, { $float: Infinity })) }).map(compact),
  fc.record({ type: fc.constant('value'), clip_value: positiveFloatArb }),
);

const optimWrapperArb: fc.Arbitrary<PyValue> = fc
  .record({
    type: fc.constantFrom('OptimWrapper', 'AmpOptimWrapper'),
    optimizer: optimizerArb,
    clip_grad: maybe(clipGradArb),
    accumulative_counts: maybe(fc.integer({ min: 1, max: 8 })),
    paramwise_cfg: maybe(
      fc.record({
        custom_keys: maybe(
          fc
            .dictionary(keyArb, fc.record({ lr_mult: positiveFloatArb, decay_mult: maybe(positiveFloatArb) }).map(compact), { maxKeys: 3, noNullPrototype: true })
            .map((d): PyValue => dictFromEntries(Object.entries(d))),
        ),
        norm_decay_mult: maybe(fc.oneof(positiveFloatArb, fc.constant(0))),
        bypass_duplicate: maybe(fc.boolean()),
      }).map(compact),
    ),
    loss_scale: maybe(fc.oneof(fc.constant<PyValue>('dynamic'), positiveFloatArb, fc.record({ init_scale: positiveFloatArb }))),
    dtype: maybe(fc.constantFrom<PyValue>('float16', 'bfloat16', null)),
    constructor: maybe(fc.constant('DefaultOptimWrapperConstructor')),
  })
  .map(compact);

const trainCfgArb: fc.Arbitrary<PyValue> = fc.oneof(
  fc.record({ type: fc.constant('EpochBasedTrainLoop'), max_epochs: fc.integer({ min: 1, max: 500 }), val_interval: maybe(fc.integer({ min: 1, max: 20 })), val_begin: maybe(fc.integer({ min: 1, max: 20 })), dynamic_intervals: maybe(fc.array(fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 10 })).map((t) => ({ $tuple: t })), { maxLength: 2 })) }).map(compact),
  fc.record({ type: fc.constant('IterBasedTrainLoop'), max_iters: fc.integer({ min: 1, max: 500000 }), val_interval: maybe(fc.integer({ min: 1, max: 10000 })) }).map(compact),
  fc.record({ by_epoch: fc.boolean(), max_epochs: fc.integer({ min: 1, max: 50 }) }),
);

const hookVariant = (type: string, args: Record<string, fc.Arbitrary<PyValue>>): fc.Arbitrary<PyValue | undefined> =>
  fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.record({ type: fc.constantFrom(type, 'MyHook'), ...Object.fromEntries(Object.entries(args).map(([k, a]) => [k, maybe(a)])) }).map(compact),
  );

const defaultHooksArb: fc.Arbitrary<PyValue> = fc
  .record({
    timer: hookVariant('IterTimerHook', {}),
    logger: hookVariant('LoggerHook', { interval: fc.integer({ min: 1, max: 200 }), ignore_last: fc.boolean(), out_suffix: fc.constant({ $tuple: ['.json', '.log'] }) }),
    param_scheduler: hookVariant('ParamSchedulerHook', {}),
    checkpoint: hookVariant('CheckpointHook', { interval: fc.integer({ min: -1, max: 50 }), by_epoch: fc.boolean(), save_best: fc.oneof(fc.constant<PyValue>('auto'), fc.constant<PyValue>(['coco/bbox_mAP', 'coco/segm_mAP']), fc.constant(null)), rule: fc.constantFrom<PyValue>('greater', 'less', null), max_keep_ckpts: fc.integer({ min: -1, max: 5 }), save_last: fc.boolean(), save_begin: smallIntArb, out_dir: fc.oneof(fc.constant(null), stringArb) }),
    sampler_seed: hookVariant('DistSamplerSeedHook', {}),
    visualization: hookVariant('DetVisualizationHook', { draw: fc.boolean(), interval: fc.integer({ min: 1, max: 100 }), score_thr: positiveFloatArb }),
    x_extra_hook: maybe(fc.constant<PyValue>({ type: 'EmptyCacheHook' })),
  })
  .map(compact);

const customHooksArb: fc.Arbitrary<PyValue> = fc.array(
  fc.oneof(
    fc.record({ type: fc.constant('EMAHook'), ema_type: maybe(fc.constantFrom('ExpMomentumEMA', 'ExponentialMovingAverage')), momentum: maybe(positiveFloatArb), update_buffers: maybe(fc.boolean()), priority: maybe(fc.constantFrom<PyValue>(49, 'ABOVE_NORMAL')) }).map(compact),
    fc.record({ type: fc.constant('PipelineSwitchHook'), switch_epoch: fc.integer({ min: 1, max: 300 }), switch_pipeline: fc.array(fc.record({ type: fc.constantFrom('LoadImageFromFile', 'Resize'), scale: maybe(fc.constant<PyValue>({ $tuple: [640, 640] })) }).map(compact), { maxLength: 3 }) }),
    fc.constantFrom<PyValue>({ type: 'NumClassCheckHook' }, { type: 'SyncNormHook' }, { type: 'CheckInvalidLossHook', interval: 50 }),
  ),
  { maxLength: 3 },
);

const runtimeArbs = {
  optim_wrapper: optimWrapperArb,
  param_scheduler: paramSchedulerArb,
  train_cfg: trainCfgArb,
  val_cfg: fc.oneof(fc.constant<PyValue>({ type: 'ValLoop' }), fc.constant<PyValue>({ type: 'ValLoop', fp16: true }), fc.constant(null)),
  test_cfg: fc.oneof(fc.constant<PyValue>({ type: 'TestLoop' }), fc.constant<PyValue>({ type: 'TestLoop', fp16: true })),
  default_hooks: defaultHooksArb,
  custom_hooks: customHooksArb,
  log_processor: fc.record({ type: maybe(fc.constant('LogProcessor')), window_size: maybe(fc.integer({ min: 1, max: 100 })), by_epoch: maybe(fc.boolean()), num_digits: maybe(fc.integer({ min: 1, max: 8 })) }).map(compact),
  env_cfg: fc.record({ cudnn_benchmark: maybe(fc.boolean()), mp_cfg: maybe(fc.record({ mp_start_method: maybe(fc.constantFrom('fork', 'spawn')), opencv_num_threads: maybe(fc.integer({ min: 0, max: 8 })) }).map(compact)), dist_cfg: maybe(fc.oneof(fc.constant<PyValue>(null), fc.record({ backend: fc.constantFrom('nccl', 'gloo'), timeout: maybe(fc.integer({ min: 60, max: 7200 })) }).map(compact))) }).map(compact),
  vis_backends: fc.array(fc.constantFrom<PyValue>({ type: 'LocalVisBackend' }, { type: 'TensorboardVisBackend' }, { type: 'WandbVisBackend', init_kwargs: { project: 'p' } }), { maxLength: 3 }),
  visualizer: fc.record({ type: fc.constant('DetLocalVisualizer'), vis_backends: fc.constant<PyValue>([{ type: 'LocalVisBackend' }]), name: fc.constant('visualizer') }),
  auto_scale_lr: fc.record({ enable: maybe(fc.boolean()), base_batch_size: maybe(fc.integer({ min: 1, max: 512 })) }).map(compact),
  default_scope: fc.constantFrom<PyValue>('mmdet', 'mmengine', null),
  log_level: fc.constantFrom('INFO', 'DEBUG', 'WARNING'),
  load_from: fc.oneof(fc.constant(null), stringArb),
  resume: fc.oneof(fc.boolean(), intArb),
};

const reservedOrKeywords = ['filename', 'text', 'pretty_text', 'env_variables', 'lambda', 'class', 'def', 'del', 'for', 'if', 'in', 'is', 'or', 'and', 'as', 'not', 'try', 'with', 'from', 'else', 'elif', 'pass', 'while', 'yield', 'raise', 'async', 'await', 'break', 'global', 'import', 'return', 'assert', 'except', 'finally', 'continue', 'nonlocal', 'match', 'case'];
const extraNameArb = fc
  .oneof(fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/), fc.constantFrom('dict', 'float', 'model', '_private', 'randomness', 'work_dir'))
  .filter((k) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) && !reservedOrKeywords.includes(k) && !(k in runtimeArbs));

/**
 * A whole 3.x runtime config: each section either kept as in a schedule base + default_runtime,
 * or generated; some base keys dropped; unknown extra keys added; occasionally a `_delete_` hint.
 */
const runtimeConfigV3Arb: fc.Arbitrary<PyDict> = fc
  .record({
    base: fc.constantFrom(...scheduleBaseIds),
    runtime: fc.record(runtimeArbs, { requiredKeys: [] }),
    dropped: fc.subarray(Object.keys(inheritedBaseV3('1x'))),
    extras: fc.dictionary(extraNameArb, pyValueArb, { maxKeys: 3, noNullPrototype: true }),
    deleteHint: maybe(fc.constantFrom('optim_wrapper', 'default_hooks', 'train_cfg', 'env_cfg')),
  })
  .map((r) => {
    const config: PyDict = inheritedBaseV3(r.base);
    for (const [k, v] of Object.entries(r.runtime)) if (v !== undefined) config[k] = v;
    for (const k of r.dropped) delete config[k];
    for (const [k, v] of Object.entries(r.extras)) config[k] = v;
    const hinted = r.deleteHint === undefined ? undefined : config[r.deleteHint];
    if (r.deleteHint !== undefined && isPyDict(hinted)) config[r.deleteHint] = { _delete_: true, ...hinted };
    return config;
  });

const allModes: WriteConfigV3Options[] = [
  { mode: 'standalone', scheduleBase: '1x' },
  ...scheduleBaseIds.map((id): WriteConfigV3Options => ({ mode: 'inherit', scheduleBase: id })),
];

describe('writeConfigV3 on generated configs', () => {
  it('loads back through python (MMEngine 0.10.7 semantics) as the config, standalone and on each schedule base', () => {
    const runs = 400;
    const started = performance.now();
    const withDelete = new Set<string>();
    const withDel = new Set<string>();
    const writeAll = (config: PyDict): string[] => allModes.map((opts) => writeConfigV3(config, opts));
    const stats = assertWithBatchedOracle(
      runtimeConfigV3Arb,
      (config) => {
        const texts = writeAll(config);
        for (const t of texts) {
          if (t.includes('_delete_=True')) withDelete.add(t);
          if (t.includes('del _base_.')) withDel.add(t);
        }
        return texts;
      },
      loadExportedWithPythonV3,
      (config, results: PythonLoadResult[]) => {
        const expected = stripDeleteKeys(config);
        allModes.forEach((opts, i) => {
          const result = results[i];
          if (result?.ok && pyEqual(result.config, expected)) return;
          const text = writeConfigV3(config, opts);
          if (!result?.ok) throw new Error(`python could not load it: ${JSON.stringify(result)}\n${text}`);
          expect(result.config, `${JSON.stringify(opts)}\n${text}`).toEqual(expected);
          throw new Error(`loaded config differs from the model (int/float or tuple/list):\n${text}`);
        });
      },
      runs,
    );
    console.info(`v3 generated configs: ${runs} x ${allModes.length} modes, ${stats.batched} distinct files through one python3 process, ${withDelete.size} of them with _delete_=True, ${withDel.size} with del _base_.x, seed ${stats.seed}, ${Math.round(performance.now() - started)} ms`);
    expect(stats).toMatchObject({ unbatched: 0 });
    expect(stats.batched).toBeGreaterThan(1000);
  });
});
