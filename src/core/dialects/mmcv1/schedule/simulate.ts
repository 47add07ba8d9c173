import { isPyDict, type PyDict, type PyValue } from '../../../python/value.ts';
import { ColumnSink, type ChartWindow } from '../../../schedule/columnSink.ts';
import type { ChartCurvesResult, ScheduleError, ScheduleMarks, ScheduleResult } from '../../../schedule/types.ts';
import type { LrHookSpec } from './lrHookSpec.ts';
import { prepareLrRule, type PreparedRule } from './lrRules.ts';
import { findScheduleMarks } from './marks.ts';
import type { MomentumHookSpec } from './momentumHookSpec.ts';
import { prepareMomentumRule } from './momentumRules.ts';
import { parseLrHook } from './parseLrHook.ts';
import { parseMomentumHook } from './parseMomentumHook.ts';
import { parseOptimizer, type OptimizerSpec } from './parseOptimizer.ts';
import { parseRunner, resolveRunFacts } from './parseRunner.ts';
import type { Fault, RunFacts } from './runFacts.ts';
import { runUpdater, type NaNRecord, type UpdaterPlan } from './runUpdater.ts';
import { makeLrWarmup, makeMomentumWarmup, makeStepFixWarmup, makeYoloxWarmup } from './warmups.ts';

/** Beyond this the arrays alone would take gigabytes; no chart needs it. */
const maxSimulatedIters = 50_000_000;

/**
 * Learning rate and momentum of every iteration of an MMDetection 2.x (MMCV 1.7.2) training run,
 * per param group, as the optimizer holds them when iteration i's step runs.
 * Reproduces `LrUpdaterHook` / `MomentumUpdaterHook` (and mmdet 2.25's `YOLOXLrUpdaterHook`)
 * under `EpochBasedRunner` or `IterBasedRunner`; `opts.itersPerEpoch` is `len(data_loader)`.
 * Where upstream would raise, returns its exception text and the iteration it would stop at.
 */
export function simulateMmcv1(config: PyDict, opts: { itersPerEpoch: number }): ScheduleResult {
  const run = prepareRun(config, opts.itersPerEpoch);
  if (!run.ok) return run;
  const out = simulateHooks(run.optimizer, run.lrHook, run.momentumHook, run.facts, (n) => new Float64Array(n));
  if (!out.ok) return out;
  const { base, extraGroups, marks } = out;
  return { ok: true, curves: { itersPerEpoch: run.facts.itersPerEpoch, totalIters: run.facts.maxIters, base, extraGroups, marks } };
}

/**
 * The same run as {@link simulateMmcv1}, reduced to a chart window (`reduceSeries` of each full
 * curve, bit for bit) without holding every iteration: epoch-based hooks cost one update per
 * epoch and per column, whatever the iteration count.
 */
export function chartMmcv1(config: PyDict, opts: { itersPerEpoch: number; window: ChartWindow }): ChartCurvesResult;
/** With a `budget`: null, without starting, when the run would evaluate more values than that. */
export function chartMmcv1(config: PyDict, opts: { itersPerEpoch: number; window: ChartWindow; budget: number }): ChartCurvesResult | null;
export function chartMmcv1(config: PyDict, opts: { itersPerEpoch: number; window: ChartWindow; budget?: number }): ChartCurvesResult | null {
  const run = prepareRun(config, opts.itersPerEpoch);
  if (!run.ok) return run;
  if (opts.budget !== undefined && estimateWork(run) > opts.budget) return null;
  const out = simulateHooks(run.optimizer, run.lrHook, run.momentumHook, run.facts, (n) => new ColumnSink(n, opts.window));
  if (!out.ok) return out;
  const reduce = (c: { lr: ColumnSink; momentum: ColumnSink | null }) => ({ lr: c.lr.result(), momentum: c.momentum?.result() ?? null });
  return {
    ok: true,
    curves: {
      itersPerEpoch: run.facts.itersPerEpoch,
      epochBased: !run.facts.iterBased,
      totalIters: run.facts.maxIters,
      base: reduce(out.base),
      extraGroups: out.extraGroups.map((g) => ({ ...reduce(g), customKey: g.customKey, lrMult: g.lrMult })),
      marks: out.marks,
    },
  };
}

/** Values computed one by one for the chart: per-iteration hooks cost every iteration, epoch hooks one per epoch plus warmup. */
function estimateWork(run: Extract<Prepared, { ok: true }>): number {
  const { facts } = run;
  const hookWork = (hook: { byEpoch: boolean; warmupIters: number; warmupByEpoch: boolean } | null): number => {
    if (hook === null) return 0;
    const warmup = Math.min(facts.maxIters, hook.warmupByEpoch ? hook.warmupIters * facts.itersPerEpoch : hook.warmupIters);
    return hook.byEpoch ? warmup + (facts.iterBased ? 0 : Math.ceil(facts.maxIters / facts.itersPerEpoch)) : facts.maxIters;
  };
  return (1 + run.optimizer.extraGroups.length) * (hookWork(run.lrHook) + hookWork(run.momentumHook));
}

type Prepared =
  | { ok: true; optimizer: OptimizerSpec; lrHook: LrHookSpec | null; momentumHook: MomentumHookSpec | null; facts: RunFacts }
  | { ok: false; error: ScheduleError };

/** Everything upstream reads and checks before the first iteration. */
function prepareRun(config: PyDict, itersPerEpoch: number): Prepared {
  if (!Number.isInteger(itersPerEpoch) || itersPerEpoch < 1) {
    return fail({ message: `iterations per epoch must be a positive integer, got ${itersPerEpoch}` });
  }
  const optimizer = parseOptimizer(config.optimizer);
  if (!optimizer.ok) return optimizer;
  const runner = parseRunner(config);
  if (!runner.ok) return runner;
  const iterBased = runner.value.kind === 'IterBasedRunner';
  const lrHook = readSection(config.lr_config, (c) => parseLrHook(c, iterBased));
  if (!lrHook.ok) return lrHook;
  const momentumHook = readSection(config.momentum_config, parseMomentumHook);
  if (!momentumHook.ok) return momentumHook;
  const factsResult = resolveRunFacts(runner.value, itersPerEpoch);
  if (!factsResult.ok) return factsResult;
  const facts = factsResult.value;
  const total = facts.maxIters;
  if (!Number.isInteger(total) || total < 0 || total > maxSimulatedIters) {
    return fail({ message: `cannot chart ${total} iterations (at most ${maxSimulatedIters})`, path: ['runner'] });
  }
  return { ok: true, optimizer: optimizer.value, lrHook: lrHook.value, momentumHook: momentumHook.value, facts };
}

type Curve = Float64Array | ColumnSink;
type HookCurves<C extends Curve> =
  | { ok: true; base: { lr: C; momentum: C | null }; extraGroups: { lr: C; momentum: C | null; customKey: string; lrMult: number }[]; marks: ScheduleMarks }
  | { ok: false; error: ScheduleError };

function simulateHooks<C extends Curve>(
  optimizer: OptimizerSpec,
  lrHook: LrHookSpec | null,
  momentumHook: MomentumHookSpec | null,
  facts: RunFacts,
  makeCurve: (length: number) => C,
): HookCurves<C> {
  const total = facts.maxIters;
  const groups = [{ lr: optimizer.lr }, ...optimizer.extraGroups];
  const lrFault: Fault = { message: null };
  const momentumFault: Fault = { message: null };

  const lrWarmupIters = lrHook === null ? 0 : resolveWarmupIters(lrHook, facts);
  const lrRule = lrHook && prepareLrRule(lrHook.rule, { byEpoch: lrHook.byEpoch, warmupIters: lrWarmupIters }, facts, lrFault);
  if (lrRule?.beforeRunError) return fail({ message: lrRule.beforeRunError, iteration: 0, path: ['lr_config'] });
  let momentumRule: PreparedRule | null = null;
  if (momentumHook !== null) {
    if (optimizer.momentumField === null) {
      const message =
        momentumHook.rule.policy === 'OneCycle'
          ? 'ValueError: optimizer must support momentum withoption enabled'
          : "KeyError: 'betas'";
      return fail({ message, iteration: 0, path: ['momentum_config'] });
    }
    const timing = { byEpoch: momentumHook.byEpoch, warmupIters: momentumHook.warmupIters };
    momentumRule = prepareMomentumRule(momentumHook.rule, timing, facts, momentumFault);
    if (momentumRule.beforeRunError) {
      return fail({ message: momentumRule.beforeRunError, iteration: 0, path: ['momentum_config'] });
    }
  }
  // `before_train_iter` asserts `isinstance(self.warmup_iters, int)` on every iteration.
  if (lrHook && total > 0 && (!lrHook.warmupItersIsInt || (lrHook.warmupByEpoch && facts.iterBased))) {
    return fail({ message: 'AssertionError', iteration: 0, path: ['lr_config', 'warmup_iters'] });
  }

  const lrPlan: UpdaterPlan | null =
    lrHook && lrRule
      ? {
          byEpoch: lrHook.byEpoch,
          regular: lrRule.regular,
          ...(lrRule.fill ? { fill: lrRule.fill } : {}),
          warmup: lrWarmupOf(lrHook, lrWarmupIters),
          warmupIters: lrWarmupIters,
          warmupIgnoresRegular: lrHook.rule.policy === 'YOLOX',
        }
      : null;
  const momentumPlan: UpdaterPlan | null =
    momentumHook && momentumRule
      ? {
          byEpoch: momentumHook.byEpoch,
          regular: momentumRule.regular,
          ...(momentumRule.fill ? { fill: momentumRule.fill } : {}),
          warmup:
            momentumHook.warmup === null
              ? null
              : makeMomentumWarmup(momentumHook.warmup, momentumHook.warmupRatio, momentumHook.warmupIters),
          warmupIters: momentumHook.warmupIters,
        }
      : null;

  let stop = { iteration: Number.POSITIVE_INFINITY, message: '', section: '' };
  const note = (iteration: number, fault: Fault, section: string): void => {
    if (iteration >= 0 && iteration < stop.iteration) stop = { iteration, message: fault.message ?? '', section };
    // The rules share one fault record per hook; clear it for the next group.
    fault.message = null;
  };
  // A constant curve is NaN from the start when its value is.
  const constantNaN = (v: number): NaNRecord => ({ at: v !== v && total > 0 ? 0 : -1 });
  const curves = groups.map((group) => {
    const lr = makeCurve(total);
    let lrNaN: NaNRecord = { at: -1 };
    if (lrPlan && lrRule) {
      note(runUpdater(lrPlan, lrRule.baseOf(group.lr), group.lr, facts, lrFault, lr, lrNaN), lrFault, 'lr_config');
    } else {
      lr.fill(group.lr);
      lrNaN = constantNaN(group.lr);
    }
    let momentum: C | null = null;
    let momentumNaN: NaNRecord = { at: -1 };
    if (optimizer.momentum !== null) {
      momentum = makeCurve(total);
      if (momentumPlan && momentumRule) {
        const base = momentumRule.baseOf(optimizer.momentum);
        note(runUpdater(momentumPlan, base, optimizer.momentum, facts, momentumFault, momentum, momentumNaN), momentumFault, 'momentum_config');
      } else {
        momentum.fill(optimizer.momentum);
        momentumNaN = constantNaN(optimizer.momentum);
      }
    }
    return { lr, momentum, lrNaN, momentumNaN };
  });
  if (Number.isFinite(stop.iteration)) {
    return fail({ message: stop.message, iteration: stop.iteration, path: [stop.section] });
  }
  for (const c of curves) {
    const bad = findNonReal(firstNaN(c.lr, c.lrNaN), c.momentum ? firstNaN(c.momentum, c.momentumNaN) : -1);
    if (bad) return fail({ message: `${bad.what} is not a real number here (Python would compute a complex number or nan)`, iteration: bad.at });
  }
  const [base, ...rest] = curves.map((c) => ({ lr: c.lr, momentum: c.momentum }));
  if (base === undefined) return fail({ message: 'no parameter group' });
  const extraGroups = rest.map((c, i) => {
    const spec = optimizer.extraGroups[i];
    return { ...c, customKey: spec?.customKey ?? '', lrMult: spec?.lrMult ?? 1 };
  });
  return { ok: true, base, extraGroups, marks: findScheduleMarks(lrHook, facts, lrWarmupIters, total) };
}

/** A chart's sink notes its first NaN itself; a full curve's was noted as it was written. */
function firstNaN(curve: Curve, written: NaNRecord): number {
  return curve instanceof ColumnSink ? curve.firstNaN : written.at;
}

/** The first NaN (a negative base raised to a fractional power, 0 * inf), which torch would reject. */
function findNonReal(lrAt: number, momentumAt: number): { what: string; at: number } | null {
  if (lrAt >= 0) return { what: 'lr', at: lrAt };
  return momentumAt >= 0 ? { what: 'momentum', at: momentumAt } : null;
}

/** `warmup_by_epoch`: `before_train_epoch` turns epochs into `warmup_epochs * len(data_loader)`. */
function resolveWarmupIters(hook: LrHookSpec, facts: RunFacts): number {
  return hook.warmupByEpoch ? hook.warmupIters * facts.itersPerEpoch : hook.warmupIters;
}

function lrWarmupOf(hook: LrHookSpec, warmupIters: number): UpdaterPlan['warmup'] {
  if (hook.warmup === null) return null;
  if (hook.rule.policy === 'YOLOX') return makeYoloxWarmup(hook.warmupRatio, warmupIters);
  if (hook.rule.policy === 'StepFixCosineAnnealing') return makeStepFixWarmup(hook.warmup, hook.warmupRatio, warmupIters);
  return makeLrWarmup(hook.warmup, hook.warmupRatio, warmupIters);
}

function readSection<T>(
  value: PyValue | undefined,
  parse: (section: PyDict) => { ok: true; value: T } | { ok: false; error: ScheduleError },
): { ok: true; value: T | null } | { ok: false; error: ScheduleError } {
  if (value === undefined || value === null) return { ok: true, value: null };
  if (!isPyDict(value)) return fail({ message: 'TypeError: hook config must be a dict' });
  return parse(value);
}

function fail(error: ScheduleError): { ok: false; error: ScheduleError } {
  return { ok: false, error };
}
