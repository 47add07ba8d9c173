import { pyCos } from '../../../python/mathCos.ts';

/**
 * `annealing_cos` of mmcv/runner/hooks/lr_updater.py: cosine from `weight*start + (1-weight)*end`
 * to `end` as `factor` goes 0 -> 1. Operation order kept so results match bit for bit.
 */
export function annealCos(start: number, end: number, factor: number, weight = 1): number {
  const cosOut = pyCos(Math.PI * factor) + 1;
  return end + 0.5 * weight * (start - end) * cosOut;
}

/** `annealing_linear`: `start + (end - start) * factor`. */
export function annealLinear(start: number, end: number, factor: number): number {
  return start + (end - start) * factor;
}

export function pickAnneal(strategy: 'cos' | 'linear'): (start: number, end: number, factor: number) => number {
  return strategy === 'cos' ? annealCos : annealLinear;
}
