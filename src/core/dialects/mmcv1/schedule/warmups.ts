import { choosePow } from './fastMath.ts';
import type { WarmupKind } from './lrHookSpec.ts';

/** The value during warmup at iteration `iter`, from the regular value and the group's initial value. */
export type WarmupFn = (iter: number, regular: number, base: number) => number;

/** `LrUpdaterHook.get_warmup_lr`: scales the regular lr up towards itself. */
export function makeLrWarmup(kind: WarmupKind, ratio: number, warmupIters: number): WarmupFn {
  switch (kind) {
    case 'constant':
      return (_i, regular) => regular * ratio;
    case 'linear':
      return (i, regular) => {
        const k = (1 - i / warmupIters) * (1 - ratio);
        return regular * (1 - k);
      };
    case 'exp': {
      const pow = choosePow(warmupIters);
      return (i, regular) => regular * pow(ratio, 1 - i / warmupIters);
    }
  }
}

/**
 * `YOLOXLrUpdaterHook.get_warmup_lr` (mmdet 2.25): whatever the warmup word, a quadratic ramp
 * of the group's initial lr, `base * ratio * ((i + 1) / warmup_iters) ** 2`.
 */
export function makeYoloxWarmup(ratio: number, warmupIters: number): WarmupFn {
  return (i, _regular, base) => base * (ratio * ((i + 1) / warmupIters) ** 2);
}

/**
 * mmselfsup 0.11 `StepFixCosineAnnealingLrUpdaterHook.get_warmup_lr`: as MMCV's, except the
 * linear ramp starts from 0 (`k = 1 - i / warmup_iters`, no warmup_ratio in it).
 */
export function makeStepFixWarmup(kind: WarmupKind, ratio: number, warmupIters: number): WarmupFn {
  if (kind !== 'linear') return makeLrWarmup(kind, ratio, warmupIters);
  return (i, regular) => {
    const k = 1 - i / warmupIters;
    return regular * (1 - k);
  };
}

/** `MomentumUpdaterHook.get_warmup_momentum`: divides where the lr warmup multiplies. */
export function makeMomentumWarmup(kind: WarmupKind, ratio: number, warmupIters: number): WarmupFn {
  switch (kind) {
    case 'constant':
      return (_i, regular) => regular / ratio;
    case 'linear':
      return (i, regular) => {
        const k = (1 - i / warmupIters) * (1 - ratio);
        return regular / (1 - k);
      };
    case 'exp': {
      const pow = choosePow(warmupIters);
      return (i, regular) => regular / pow(ratio, 1 - i / warmupIters);
    }
  }
}
