import { isPyDict, type PyDict, type PyValue } from '../../../python/value.ts';
import { limits } from '../../../limits.ts';
import { ColumnSink, type ChartWindow } from '../../../schedule/columnSink.ts';
import type { ChartCurvesResult, ExtraGroupCurves, ScheduleError, ScheduleResult } from '../../../schedule/types.ts';
import { collectMarks } from './collectMarks.ts';
import { parseOptimizer, type OptimizerSetup } from './parseOptimizer.ts';
import { ParamGroupKeys, parseScheduler, type SchedulerContext } from './parseScheduler.ts';
import { parseTrainLoop, type TrainLoop } from './parseTrainLoop.ts';
import { itemsOf } from './pyArgs.ts';
import type { GroupsSeed } from './liveScheduler.ts';
import { runTraining } from './runTraining.ts';
import { MOMENTUM_SLOT, type SchedulerSpec } from './schedulerSpec.ts';
import { reprPy } from '../../../python/repr.ts';

function listSchedulerEntries(config: PyDict): { raw: PyValue; path: string[] }[] | string {
  const value = config['param_scheduler'];
  if (value === undefined || value === null) return [];
  const items = itemsOf(value);
  if (items !== undefined) return items.map((raw, i) => ({ raw, path: ['param_scheduler', String(i)] }));
  if (isPyDict(value)) return [{ raw: value, path: ['param_scheduler'] }];
  return `TypeError: scheduler should be a _ParamScheduler object or dict, but got ${reprPy(value)}`;
}

/** Made once parsing is done, when every scheduled parameter name has its slot. */
function makeSeed(optimizer: OptimizerSetup, keys: ParamGroupKeys): GroupsSeed {
  const otherSlots = new Map<number, number>();
  for (const [name, v] of optimizer.otherValues) {
    const slot = keys.slots.get(name);
    if (slot !== undefined && name !== 'lr' && name !== 'momentum') otherSlots.set(slot, v);
  }
  return { starts: optimizer.groups, slotCount: keys.slots.size, otherSlots, hasBetas: optimizer.hasBetas };
}

/**
 * Learning rate and momentum (SGD `momentum`, Adam-like `betas[0]`) for every training
 * iteration of an MMDetection 3.x config, exactly as MMEngine v0.10.7's runner,
 * `ParamSchedulerHook` and parameter schedulers set them (plus MMDetection's QuadraticWarmup).
 * Reads `optim_wrapper`, `param_scheduler` and `train_cfg`; `itersPerEpoch` is the train
 * dataloader length. Where MMEngine would raise, returns its error instead of throwing.
 */
export function simulateMmengine(config: PyDict, opts: { itersPerEpoch: number }): ScheduleResult {
  const prepared = prepareMmengine(config, opts.itersPerEpoch);
  if (!prepared.ok) return prepared;
  const { specs, loop, seed, optimizer } = prepared;
  const ipe = opts.itersPerEpoch;
  const run = runTraining(specs, loop, ipe, seed);
  if (!run.ok) return run;
  const [base, ...extras] = run.runs;
  if (base === undefined) return { ok: false, error: { message: 'optimizer has no parameter group' } };
  const extraGroups: ExtraGroupCurves[] = extras.map((curves, k) => {
    const start = optimizer.groups[k + 1];
    return { customKey: start?.customKey ?? '', lrMult: start?.lrMult ?? 1, lr: curves.lr, momentum: curves.momentum };
  });
  return {
    ok: true,
    curves: {
      itersPerEpoch: ipe,
      totalIters: loop.totalIters,
      base,
      extraGroups,
      marks: collectMarks(specs, ipe, loop.totalIters),
    },
  };
}

/**
 * The same run as {@link simulateMmengine}, reduced to a chart window (`reduceSeries` of each
 * full curve, bit for bit) without holding every iteration: stretches where every value holds
 * (between epoch steps, outside iteration schedulers' ranges) cost one update per column.
 * With a `budget`: null, without running, when the iterations stepped one by one (inside
 * iteration-based schedulers' ranges) plus the epochs would exceed it.
 */
export function chartMmengine(config: PyDict, opts: { itersPerEpoch: number; window: ChartWindow; budget?: number }): ChartCurvesResult | null {
  const prepared = prepareMmengine(config, opts.itersPerEpoch);
  if (!prepared.ok) return prepared;
  const { specs, loop, seed, optimizer } = prepared;
  const ipe = opts.itersPerEpoch;
  if (opts.budget !== undefined && estimateWork(specs, loop, ipe, seed) > opts.budget) return null;
  const run = runTraining(specs, loop, ipe, seed, false, (n) => new ColumnSink(n, opts.window));
  if (!run.ok) return run;
  const [base, ...extras] = run.runs;
  if (base === undefined) return { ok: false, error: { message: 'optimizer has no parameter group' } };
  const reduce = (g: { lr: ColumnSink; momentum: ColumnSink | null }) => ({ lr: g.lr.result(), momentum: g.momentum?.result() ?? null });
  return {
    ok: true,
    curves: {
      itersPerEpoch: ipe,
      epochBased: loop.kind === 'epoch',
      totalIters: loop.totalIters,
      base: reduce(base),
      extraGroups: extras.map((g, k) => {
        const start = optimizer.groups[k + 1];
        return { ...reduce(g), customKey: start?.customKey ?? '', lrMult: start?.lrMult ?? 1 };
      }),
      marks: collectMarks(specs, ipe, loop.totalIters),
    },
  };
}

/** Iterations stepped one by one: inside iteration schedulers' ranges (all of them when betas must stay in sync), plus one per epoch. */
function estimateWork(specs: readonly SchedulerSpec[], loop: TrainLoop, ipe: number, seed: GroupsSeed): number {
  const total = loop.totalIters;
  if (seed.hasBetas && specs.some((s) => s.slot === MOMENTUM_SLOT && !s.momentumMixin)) return total;
  let work = Math.ceil(total / ipe);
  for (const s of specs) if (!s.byEpoch) work += Math.max(0, Math.min(total, s.end) - Math.max(0, s.begin));
  return work;
}

type Prepared =
  | { ok: true; specs: SchedulerSpec[]; loop: TrainLoop; seed: GroupsSeed; optimizer: OptimizerSetup }
  | { ok: false; error: ScheduleError };

/** Everything MMEngine reads and builds before the first iteration. */
function prepareMmengine(config: PyDict, ipe: number): Prepared {
  if (!Number.isInteger(ipe) || ipe < 1) {
    return { ok: false, error: { message: `AssertionError: \`epoch_length\` must be a positive integer, but got ${ipe}.` } };
  }
  const loop = parseTrainLoop(config, ipe);
  if (!loop.ok) return loop;
  const total = loop.value.totalIters;
  if (total > limits.iterations.value) {
    const key = loop.value.kind === 'iter' ? 'max_iters' : 'max_epochs';
    return { ok: false, error: { message: `${limits.iterations.message} (this run has ${total})`, path: ['train_cfg', key] } };
  }
  const optimizer = parseOptimizer(config);
  if (!optimizer.ok) return optimizer;
  if (optimizer.value.groups.length * total > limits.groupIterations.value) {
    const message = `${limits.groupIterations.message} (${optimizer.value.groups.length} groups × ${total} iterations)`;
    return { ok: false, error: { message, path: ['optim_wrapper'] } };
  }
  const entries = listSchedulerEntries(config);
  if (typeof entries === 'string') return { ok: false, error: { message: entries, path: ['param_scheduler'] } };

  const keys = new ParamGroupKeys(optimizer.value);
  const scope = typeof config['default_scope'] === 'string' ? config['default_scope'] : 'mmdet';
  const ctx: SchedulerContext = { loop: loop.value, itersPerEpoch: ipe, optimizer: optimizer.value, scope, keys };
  const specs: SchedulerSpec[] = [];
  for (const [index, entry] of entries.entries()) {
    const parsed = parseScheduler(entry.raw, entry.path, index, ctx);
    if (!parsed.ok) {
      // Earlier schedulers were built (and stepped once) before this entry raised.
      const built = runTraining(specs, loop.value, ipe, makeSeed(optimizer.value, keys), true);
      return built.ok ? parsed : built;
    }
    specs.push(parsed.value);
  }
  return { ok: true, specs, loop: loop.value, seed: makeSeed(optimizer.value, keys), optimizer: optimizer.value };
}
