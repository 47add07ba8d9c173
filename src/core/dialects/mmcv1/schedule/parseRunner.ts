import { isPyDict, type PyDict } from '../../../python/value.ts';
import type { Parsed } from './hookArgs.ts';
import { toPyNumber } from './pyOps.ts';
import type { RunFacts } from './runFacts.ts';

/** The runner `build_runner` makes from `runner` (MMCV 1.7.2 registry: `Runner` is an alias). */
export type RunnerSpec =
  | { kind: 'EpochBasedRunner'; maxEpochs: number | undefined }
  | { kind: 'IterBasedRunner'; maxIters: number | undefined };

/**
 * `BaseRunner.__init__`: `max_epochs` and `max_iters` both given (not None) is a ValueError,
 * whatever their values. Shared by the simulator and the form rules.
 */
export function hasBothRunnerLengths(runner: PyDict): boolean {
  const given = (v: unknown) => v !== undefined && v !== null;
  return given(runner.max_epochs) && given(runner.max_iters);
}

/**
 * The runner a 0.x codebase's train API builds when `runner` is absent or None: mmdet, mmpose,
 * mmaction2 and mmtrack `EpochBasedRunner(max_epochs=total_epochs)`; mmseg's `train_segmentor`
 * `IterBasedRunner(max_iters=total_iters)` (mmseg 0.x configs such as cgnet's only set
 * `total_iters`). Undefined when neither key is there.
 */
export function fallbackRunner(config: PyDict): { spec: RunnerSpec; from: 'total_epochs' | 'total_iters' } | undefined {
  const totalEpochs = toPyNumber(config.total_epochs);
  if (totalEpochs !== undefined) return { spec: { kind: 'EpochBasedRunner', maxEpochs: totalEpochs }, from: 'total_epochs' };
  const totalIters = toPyNumber(config.total_iters);
  if (totalIters !== undefined) return { spec: { kind: 'IterBasedRunner', maxIters: totalIters }, from: 'total_iters' };
  return undefined;
}

/**
 * Builds the runner from `runner` (or, without it, the codebase fallback of {@link fallbackRunner}).
 * Only construction errors here; `run()`'s own checks come later.
 */
export function parseRunner(config: PyDict): Parsed<RunnerSpec> {
  const runner = config.runner;
  if (runner === undefined || runner === null) {
    const fallback = fallbackRunner(config);
    if (fallback === undefined) {
      return { ok: false, error: { message: "KeyError: 'runner'", path: ['runner'] } };
    }
    return { ok: true, value: fallback.spec };
  }
  if (!isPyDict(runner)) {
    return { ok: false, error: { message: 'TypeError: runner config must be a dict', path: ['runner'] } };
  }
  const type = runner.type;
  const maxEpochs = toPyNumber(runner.max_epochs ?? undefined);
  const maxIters = toPyNumber(runner.max_iters ?? undefined);
  const kind = type === 'Runner' ? 'EpochBasedRunner' : type;
  if (kind !== 'EpochBasedRunner' && kind !== 'IterBasedRunner') {
    const name = typeof type === 'string' ? type : String(type);
    return { ok: false, error: { message: `KeyError: '${name} is not in the runner registry'`, path: ['runner', 'type'] } };
  }
  if (hasBothRunnerLengths(runner)) {
    return {
      ok: false,
      error: { message: `ValueError: ${kind}: Only one of \`max_epochs\` or \`max_iters\` can be set.`, path: ['runner'] },
    };
  }
  return { ok: true, value: kind === 'EpochBasedRunner' ? { kind, maxEpochs } : { kind, maxIters } };
}

/** `run()`: asserts its length was given, and (EpochBasedRunner) sets `max_iters = max_epochs * len(loader)`. */
export function resolveRunFacts(spec: RunnerSpec, itersPerEpoch: number): Parsed<RunFacts> {
  switch (spec.kind) {
    case 'EpochBasedRunner':
      if (spec.maxEpochs === undefined) {
        return {
          ok: false,
          error: { message: 'AssertionError: max_epochs must be specified during instantiation', path: ['runner', 'max_epochs'] },
        };
      }
      // An idle runner (findIdleRunner) trains zero iterations.
      return {
        ok: true,
        value: { iterBased: false, itersPerEpoch, maxIters: Math.max(0, spec.maxEpochs * itersPerEpoch), maxEpochs: spec.maxEpochs },
      };
    case 'IterBasedRunner':
      if (spec.maxIters === undefined) {
        return {
          ok: false,
          error: { message: 'AssertionError: max_iters must be specified during instantiation', path: ['runner', 'max_iters'] },
        };
      }
      return { ok: true, value: { iterBased: true, itersPerEpoch, maxIters: Math.max(0, spec.maxIters), maxEpochs: Number.NaN } };
  }
}
