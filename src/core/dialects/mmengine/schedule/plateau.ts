import { isPyDict, numberOf, type PyDict } from '../../../python/value.ts';
import { formatNumber, reprPy, reprString } from '../../../python/repr.ts';
import type { GroupsState } from './chainValue.ts';
import type { RuleContext } from './buildRule.ts';
import { INF } from './buildRule.ts';
import { itemsOf, readNumber } from './pyArgs.ts';
import type { TrainLoop } from './parseTrainLoop.ts';
import { MOMENTUM_SLOT, type Checked, type SchedulerRule } from './schedulerSpec.ts';

export type PlateauRule = Extract<SchedulerRule, { kind: 'plateau' }>;

function fail<T>(message: string, path: string[]): Checked<T> {
  return { ok: false, error: { message, path } };
}

function readArg(ctx: RuleContext, key: string, fallback: number): Checked<number> {
  const r = readNumber(ctx.args, key, fallback, ctx.path);
  if (r === undefined) return { ok: true, value: fallback };
  return r.ok ? { ok: true, value: r.value } : r;
}

/**
 * `ReduceOnPlateauParamScheduler.__init__` of MMEngine v0.10.7 (also the LR and Momentum
 * classes): its argument checks in upstream order, after the range and `last_step` ones.
 * `min_value` may be one number or one per parameter group.
 */
export function buildPlateauRule(ctx: RuleContext, groupCount: number): Checked<SchedulerRule> {
  const factor = readArg(ctx, 'factor', 0.1);
  const patience = readArg(ctx, 'patience', 10);
  const threshold = readArg(ctx, 'threshold', 1e-4);
  const cooldown = readArg(ctx, 'cooldown', 0);
  const eps = readArg(ctx, 'eps', 1e-8);
  for (const r of [factor, patience, threshold, cooldown, eps]) if (!r.ok) return r;
  if (!factor.ok || !patience.ok || !threshold.ok || !cooldown.ok || !eps.ok) return fail('TypeError', ctx.path);
  if (factor.value >= 1.0) return fail('ValueError: Factor should be < 1.0.', [...ctx.path, 'factor']);
  const rawMin = ctx.args['min_value'];
  const listed = itemsOf(rawMin);
  let minValues: number[];
  if (listed !== undefined) {
    // Only a config without paramwise_cfg tells how many groups a real model's optimizer has.
    if (!ctx.manyGroups && listed.length !== groupCount) {
      return fail(`ValueError: expected ${groupCount} min_lrs, got ${listed.length}`, [...ctx.path, 'min_value']);
    }
    minValues = listed.map((v) => numberOf(v) ?? 0);
  } else {
    const m = readArg(ctx, 'min_value', 0);
    if (!m.ok) return m;
    minValues = [m.value];
  }
  if (threshold.value < 0) return fail(`ValueError: threshold ${formatNumber(threshold.value, true)} should be >= 0.`, [...ctx.path, 'threshold']);
  const rule = ctx.args['rule'] ?? 'less';
  if (rule !== 'less' && rule !== 'greater') return fail(`ValueError: mode ${typeof rule === 'string' ? rule : reprPy(rule)} is unknown!`, [...ctx.path, 'rule']);
  const mode = ctx.args['threshold_rule'] ?? 'rel';
  if (mode !== 'rel' && mode !== 'abs') {
    return fail(`ValueError: threshold mode ${typeof mode === 'string' ? mode : reprPy(mode)} is unknown!`, [...ctx.path, 'threshold_rule']);
  }
  const monitor = ctx.args['monitor'] ?? 'loss';
  if (typeof monitor !== 'string') return fail(`TypeError: monitor should be a str, but got ${reprPy(monitor)}`, [...ctx.path, 'monitor']);
  return {
    ok: true,
    value: {
      kind: 'plateau',
      monitor,
      greater: rule === 'greater',
      relative: mode === 'rel',
      factor: factor.value,
      patience: patience.value,
      threshold: threshold.value,
      cooldown: cooldown.value,
      minValues,
      eps: eps.value,
    },
  };
}

/** The counters of one ReduceOnPlateau scheduler while training runs. */
export interface PlateauState {
  rule: PlateauRule;
  slot: number;
  begin: number;
  end: number;
  /** Momentum class on an Adam-like optimizer: copies `momentum` back into `betas[0]` after each step. */
  syncsBetas: boolean;
  globalStep: number;
  lastStep: number;
  /** MMEngine starts `best` at `INF = int(1e9)` (rule less) or `-INF`, not at float infinity. */
  best: number;
  numBadEpochs: number;
  cooldownCounter: number;
}

export function makePlateauState(rule: PlateauRule, slot: number, begin: number, end: number, lastStep: number, syncsBetas: boolean): PlateauState {
  // Unlike the other schedulers, __init__ does not step: `_global_step` starts at 0.
  return { rule, slot, begin, end, syncsBetas, globalStep: 0, lastStep, best: rule.greater ? -INF : INF, numBadEpochs: 0, cooldownCounter: 0 };
}

function isBetter(r: PlateauRule, a: number, best: number): boolean {
  if (!r.greater) return r.relative ? a < best * (1 - r.threshold) : a < best - r.threshold;
  return r.relative ? a > best * (r.threshold + 1) : a > best + r.threshold;
}

function syncBetas(p: PlateauState, st: GroupsState): void {
  if (!p.syncsBetas) return;
  const n = st.groupCount;
  for (let g = 0; g < n; g++) st.beta0[g] = st.values[MOMENTUM_SLOT * n + g] ?? Number.NaN;
}

/** `step()` from `after_train_epoch` (no metrics): only the step counter moves. */
export function stepPlateauEpoch(p: PlateauState, st: GroupsState): void {
  p.globalStep += 1;
  syncBetas(p, st);
}

/** `step(metrics)` from `ParamSchedulerHook.after_val_epoch`, with the monitored metric's value. */
export function stepPlateauMetric(p: PlateauState, st: GroupsState, metric: number): void {
  if (p.begin <= p.globalStep && p.globalStep < p.end) {
    p.lastStep += 1;
    const r = p.rule;
    if (isBetter(r, metric, p.best)) {
      p.best = metric;
      p.numBadEpochs = 0;
    } else p.numBadEpochs += 1;
    if (p.cooldownCounter > 0) {
      p.cooldownCounter -= 1;
      p.numBadEpochs = 0;
    }
    if (p.numBadEpochs > r.patience) {
      const n = st.groupCount;
      for (let g = 0; g < n; g++) {
        const at = p.slot * n + g;
        const current = st.values[at] ?? Number.NaN;
        const floor = r.minValues[g] ?? r.minValues[r.minValues.length - 1] ?? 0;
        const value = Math.max(current * r.factor, floor);
        if (current - value > r.eps) st.values[at] = value;
      }
      p.cooldownCounter = r.cooldown;
      p.numBadEpochs = 0;
    }
  }
  syncBetas(p, st);
}

/** When validation runs, as the train loops of MMEngine v0.10.7 decide it (no `dynamic_intervals`). */
export interface ValidationPlan {
  begin: number;
  interval: number;
}

/** `val_begin` / `val_interval` of `train_cfg`, with each loop's defaults (1/1 by epoch, 1/1000 by iteration). */
export function readValidationPlan(config: PyDict, loop: TrainLoop): ValidationPlan {
  const cfg = config['train_cfg'];
  const read = (key: string, fallback: number): number => {
    if (!isPyDict(cfg)) return fallback;
    const r = readNumber(cfg, key, fallback, ['train_cfg']);
    return r !== undefined && r.ok ? r.value : fallback;
  };
  return { begin: read('val_begin', 1), interval: read('val_interval', loop.kind === 'epoch' ? 1 : 1000) };
}

/** Whether validation runs once `done` epochs (epoch loop) or iterations (iteration loop) are complete. */
export function validatesAfter(plan: ValidationPlan, done: number, last: number): boolean {
  return done >= plan.begin && (done % plan.interval === 0 || done === last);
}

/** A plateau scheduler runs by epoch only: `convert_to_iter_based` finds no converter, `by_epoch=False` fails an assertion. */
export function plateauByEpochError(className: string, path: string[], convert: boolean): Checked<never> {
  if (convert) return fail(`AttributeError: type object ${reprString(className)} has no attribute 'build_iter_from_epoch'`, [...path, 'convert_to_iter_based']);
  return fail(`AssertionError: Now ${className} only support by_epoch=True`, [...path, 'by_epoch']);
}
