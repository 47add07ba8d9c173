import fc from 'fast-check';
import { inheritedBaseV2, scheduleBaseIds } from '../../core/model/bases.ts';
import type { PyDict, PyValue } from '../../core/python/value.ts';
import { pyFloat } from '../../core/python/value.ts';
import { dictFromEntries } from '../../core/python/pyMap.ts';

/** Python floats: everyday, tiny, huge, integral (`1.0`) and infinite values; NaN left out (nan != nan). */
export const floatArb: fc.Arbitrary<PyValue> = fc.oneof(
  fc.double({ noNaN: true }).map(pyFloat),
  fc.double({ min: 1e-12, max: 1e-3, noNaN: true }).map(pyFloat),
  fc.double({ min: 1e15, max: 1e25, noNaN: true }).map(pyFloat),
  fc.integer({ min: -1000, max: 1000 }).map((i) => ({ $float: i })),
  fc.constantFrom(0.1, 0.9, 0.999, 1e-5, 2e-5, 1e-4, 5e-4, 1e-7, 1e16, 1e20, -0).map(pyFloat),
);

const positiveFloatArb = fc.oneof(
  fc.double({ min: 1e-8, max: 1, noNaN: true }).map(pyFloat),
  fc.constantFrom(0.02, 0.01, 0.001, 1e-4, 1e-5, 2e-4).map(pyFloat),
  fc.integer({ min: 1, max: 10 }).map((i) => ({ $float: i })),
);

export const intArb: fc.Arbitrary<PyValue> = fc.oneof(
  fc.integer({ min: -5, max: 1000 }),
  fc.integer(),
  fc.constantFrom(2 ** 53 + 2, 2 ** 60, -(2 ** 64), 1e21),
);

/** Strings with quotes, escapes, unicode, lone surrogates and mmcv's `{{ ... }}` templates. */
export const stringArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: fc.constantFrom("'", '"', '\\', '\n', '\t', '{', '}', 'é', '中', '😀', '\u2028', '\u0000', '\ud800', 'a'), maxLength: 8 }),
  fc.constantFrom('{{ fileDirname }}', '{{fileBasename}}', '{{ _base_.optimizer }}', "it's", 'caf\u00e9', 'backbone.layer1'),
);

/** Dict keys: identifiers, keywords, non-identifiers; never the PyValue markers `$float`/`$tuple`. */
export const keyArb: fc.Arbitrary<string> = fc
  .oneof(fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/), fc.constantFrom('class', 'lambda', 'None', 'a b', '1x', 'backbone.norm', 'ﬁ', 'é'), stringArb)
  .filter((k) => k !== '$float' && k !== '$tuple');

/** Any PyValue, nested a few levels. */
export const pyValueArb: fc.Arbitrary<PyValue> = fc.letrec<{ value: PyValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    intArb,
    floatArb,
    stringArb,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(tie('value'), { maxLength: 3 }).map((items) => ({ $tuple: items })),
    // Through dictFromEntries: a key like '1' makes the map form, which keeps the order the writer then emits.
    fc.dictionary(keyArb, tie('value'), { maxKeys: 4, noNullPrototype: true }).map((d): PyValue => dictFromEntries(Object.entries(d))),
  ),
})).value;

const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

function compact(entries: Record<string, PyValue | undefined>): PyDict {
  const out: PyDict = {};
  for (const [k, v] of Object.entries(entries)) if (v !== undefined) out[k] = v;
  return out;
}

const betasArb = fc.tuple(positiveFloatArb, positiveFloatArb).map(([a, b]) => ({ $tuple: [a, b] }));

const paramwiseArb = fc.record({
  custom_keys: fc
    .dictionary(keyArb, fc.record({ lr_mult: positiveFloatArb, decay_mult: positiveFloatArb }, { requiredKeys: ['lr_mult'] }), { maxKeys: 3, noNullPrototype: true })
    .map((d): PyValue => dictFromEntries(Object.entries(d))),
  norm_decay_mult: maybe(positiveFloatArb),
}).map(compact);

const optimizerArb: fc.Arbitrary<PyValue> = fc.oneof(
  fc.record({ type: fc.constant('SGD'), lr: positiveFloatArb, momentum: maybe(positiveFloatArb), weight_decay: maybe(positiveFloatArb), nesterov: maybe(fc.boolean()), paramwise_cfg: maybe(paramwiseArb) }).map(compact),
  fc.record({ type: fc.constantFrom('Adam', 'AdamW'), lr: positiveFloatArb, betas: maybe(betasArb), eps: maybe(positiveFloatArb), weight_decay: maybe(positiveFloatArb), amsgrad: maybe(fc.boolean()), paramwise_cfg: maybe(paramwiseArb) }).map(compact),
);

const gradClipArb = fc.oneof(fc.constant(null), fc.record({ max_norm: fc.oneof(positiveFloatArb, fc.integer({ min: 1, max: 50 })), norm_type: fc.constantFrom(2, { $float: 2 }, 1) }));

const optimizerConfigArb: fc.Arbitrary<PyValue> = fc.oneof(
  fc.record({ grad_clip: gradClipArb }),
  fc.record({ type: fc.constant('Fp16OptimizerHook'), loss_scale: fc.oneof(fc.constant('dynamic'), floatArb), grad_clip: gradClipArb, distributed: maybe(fc.boolean()) }).map(compact),
  fc.record({}),
);

const warmupArb = fc.oneof(
  fc.record({ warmup: fc.constant(null) }),
  fc.record({ warmup: fc.constantFrom('linear', 'constant', 'exp'), warmup_iters: fc.integer({ min: 0, max: 5000 }), warmup_ratio: positiveFloatArb, warmup_by_epoch: maybe(fc.boolean()) }).map(compact),
  fc.record({}),
);

const epochListArb = fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 4 });

/** The policy-specific arguments of every MMCV 1.x LrUpdaterHook. */
const policyArb: fc.Arbitrary<PyDict> = fc.oneof(
  fc.record({ policy: fc.constant('step'), step: fc.oneof(epochListArb, fc.integer({ min: 1, max: 100 })), gamma: maybe(positiveFloatArb), min_lr: maybe(positiveFloatArb) }),
  fc.record({ policy: fc.constant('fixed') }),
  fc.record({ policy: fc.constant('exp'), gamma: positiveFloatArb }),
  fc.record({ policy: fc.constant('poly'), power: maybe(positiveFloatArb), min_lr: maybe(positiveFloatArb) }),
  fc.record({ policy: fc.constant('inv'), gamma: positiveFloatArb, power: maybe(positiveFloatArb) }),
  fc.record({ policy: fc.constant('CosineAnnealing'), min_lr: maybe(positiveFloatArb), min_lr_ratio: maybe(positiveFloatArb) }),
  fc.record({ policy: fc.constant('FlatCosineAnnealing'), start_percent: maybe(positiveFloatArb), min_lr: maybe(positiveFloatArb), min_lr_ratio: maybe(positiveFloatArb) }),
  fc.record({ policy: fc.constant('LinearAnnealing'), min_lr: maybe(positiveFloatArb), min_lr_ratio: maybe(positiveFloatArb) }),
  fc.record({ policy: fc.constant('CosineRestart'), periods: epochListArb, restart_weights: maybe(fc.array(positiveFloatArb, { maxLength: 4 })), min_lr: maybe(positiveFloatArb), min_lr_ratio: maybe(positiveFloatArb) }),
  fc.record({ policy: fc.constant('cyclic'), target_ratio: fc.oneof(positiveFloatArb, betasArb), cyclic_times: fc.integer({ min: 1, max: 5 }), step_ratio_up: positiveFloatArb, anneal_strategy: maybe(fc.constantFrom('cos', 'linear')), gamma: maybe(positiveFloatArb) }),
  fc.record({ policy: fc.constant('OneCycle'), max_lr: fc.oneof(positiveFloatArb, fc.array(positiveFloatArb, { minLength: 1, maxLength: 3 })), total_steps: maybe(fc.integer({ min: 1, max: 100000 })), pct_start: maybe(positiveFloatArb), anneal_strategy: maybe(fc.constantFrom('cos', 'linear')), div_factor: maybe(positiveFloatArb), final_div_factor: maybe(floatArb), three_phase: maybe(fc.boolean()) }),
).map(compact);

const lrConfigArb: fc.Arbitrary<PyValue> = fc
  .tuple(policyArb, warmupArb, maybe(fc.boolean()))
  .map(([policy, warmup, byEpoch]) => ({ ...policy, ...(warmup as PyDict), ...(byEpoch === undefined ? {} : { by_epoch: byEpoch }) }));

const momentumConfigArb = fc.record({ policy: fc.constantFrom('cyclic', 'OneCycle', 'CosineAnnealing'), target_ratio: maybe(betasArb), cyclic_times: maybe(fc.integer({ min: 1, max: 4 })), step_ratio_up: maybe(positiveFloatArb) }).map(compact);

const runnerArb = fc.oneof(
  fc.record({ type: fc.constant('EpochBasedRunner'), max_epochs: fc.integer({ min: 1, max: 500 }) }),
  fc.record({ type: fc.constant('IterBasedRunner'), max_iters: fc.integer({ min: 1, max: 500000 }) }),
);

const hookArb = fc.oneof(
  fc.constant({ type: 'TextLoggerHook' }),
  fc.record({ type: fc.constant('TensorboardLoggerHook'), by_epoch: maybe(fc.boolean()) }).map(compact),
  fc.record({ type: fc.constant('WandbLoggerHook'), init_kwargs: fc.dictionary(keyArb, pyValueArb, { maxKeys: 3, noNullPrototype: true }).map((d): PyValue => dictFromEntries(Object.entries(d))) }),
);

const runtimeArbs = {
  checkpoint_config: fc.record({ interval: fc.integer({ min: -1, max: 100 }), by_epoch: maybe(fc.boolean()), max_keep_ckpts: maybe(fc.integer({ min: 1, max: 10 })), save_optimizer: maybe(fc.boolean()) }).map(compact),
  log_config: fc.record({ interval: fc.integer({ min: 1, max: 500 }), hooks: fc.array(hookArb, { maxLength: 3 }) }),
  custom_hooks: fc.array(fc.oneof(fc.constant({ type: 'NumClassCheckHook' }), fc.record({ type: fc.constant('EMAHook'), momentum: positiveFloatArb, priority: fc.constantFrom(49, 'ABOVE_NORMAL') })), { maxLength: 3 }),
  evaluation: fc.record({ interval: fc.integer({ min: 1, max: 50 }), metric: fc.oneof(fc.constantFrom('bbox', 'mAP'), fc.constant<PyValue>(['bbox', 'segm'])), save_best: maybe(fc.constantFrom('auto', 'bbox_mAP')), rule: maybe(fc.constantFrom('greater', 'less')) }).map(compact),
  workflow: fc.array(fc.tuple(fc.constantFrom('train', 'val'), fc.integer({ min: 1, max: 3 })).map((t) => ({ $tuple: t })), { minLength: 1, maxLength: 2 }),
  dist_params: fc.record({ backend: fc.constantFrom('nccl', 'gloo'), port: maybe(fc.integer({ min: 1024, max: 65535 })) }).map(compact),
  log_level: fc.constantFrom('INFO', 'DEBUG'),
  load_from: fc.oneof(fc.constant(null), stringArb),
  resume_from: fc.oneof(fc.constant(null), stringArb),
  opencv_num_threads: fc.integer({ min: 0, max: 8 }),
  mp_start_method: fc.constantFrom('fork', 'spawn'),
  auto_scale_lr: fc.record({ enable: fc.boolean(), base_batch_size: maybe(fc.integer({ min: 1, max: 512 })) }).map(compact),
};

/** Top-level names for unknown extra keys: identifiers mmcv keeps, not clashing with runtime sections. */
const extraNameArb = fc
  .oneof(fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/), fc.constantFrom('dict', 'float', 'fp16', 'model', '_private', 'ünicode'))
  .filter((k) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) && !['filename', 'text', 'pretty_text', 'lambda', 'class', 'def', 'del', 'for', 'if', 'in', 'is', 'or', 'and', 'as', 'not', 'try', 'with', 'from', 'else', 'elif', 'pass', 'while', 'yield', 'raise', 'async', 'await', 'break', 'global', 'import', 'return', 'assert', 'except', 'finally', 'continue', 'nonlocal'].includes(k));

/**
 * A whole runtime config: each section either kept as in a schedule base, or generated;
 * some base keys dropped; unknown extra keys added; occasionally a `_delete_` hint.
 */
export const runtimeConfigArb: fc.Arbitrary<PyDict> = fc
  .record({
    base: fc.constantFrom(...scheduleBaseIds),
    optimizer: fc.oneof(fc.constant(undefined), optimizerArb),
    optimizer_config: fc.oneof(fc.constant(undefined), optimizerConfigArb),
    lr_config: fc.oneof(fc.constant(undefined), lrConfigArb),
    momentum_config: maybe(momentumConfigArb),
    runner: fc.oneof(fc.constant(undefined), runnerArb),
    runtime: fc.record(runtimeArbs, { requiredKeys: [] }),
    dropped: fc.subarray(Object.keys(inheritedBaseV2('1x'))),
    extras: fc.dictionary(extraNameArb, pyValueArb, { maxKeys: 3, noNullPrototype: true }),
    deleteHint: fc.option(fc.constantFrom('optimizer', 'lr_config', 'log_config'), { nil: undefined }),
  })
  .map((r) => {
    const config: PyDict = inheritedBaseV2(r.base);
    const sections: Record<string, PyValue | undefined> = { optimizer: r.optimizer, optimizer_config: r.optimizer_config, lr_config: r.lr_config, momentum_config: r.momentum_config, runner: r.runner, ...r.runtime };
    for (const [k, v] of Object.entries(sections)) if (v !== undefined) config[k] = v;
    for (const k of r.dropped) delete config[k];
    for (const [k, v] of Object.entries(r.extras)) config[k] = v;
    const hinted = r.deleteHint === undefined ? undefined : config[r.deleteHint];
    if (r.deleteHint !== undefined && hinted !== null && typeof hinted === 'object' && !Array.isArray(hinted) && !('$tuple' in hinted) && !('$float' in hinted)) {
      config[r.deleteHint] = { _delete_: true, ...hinted };
    }
    return config;
  });
