import type { RunnerSpec } from './parseRunner.ts';

/** A training length the runner accepts but never trains with. */
export interface IdleRunner {
  path: string[];
  en: string;
  zh: string;
}

/**
 * MMCV 1.7.2 `EpochBasedRunner.run` loops `while self.epoch < self._max_epochs` and
 * `IterBasedRunner.run` `while self.iter < self._max_iters`: a length below 1 raises nothing,
 * the loop never starts and training ends at once with nothing trained. The forms warn with
 * this (not an error: no exception is raised), and the simulator gives zero iterations.
 */
export function findIdleRunner(spec: RunnerSpec): IdleRunner | undefined {
  const [length, key] = spec.kind === 'EpochBasedRunner' ? [spec.maxEpochs, 'max_epochs'] : [spec.maxIters, 'max_iters'];
  if (length === undefined || length >= 1) return undefined;
  return {
    path: ['runner', key],
    en: `${key}=${length}: ${spec.kind}.run() raises nothing but returns before its first ${spec.kind === 'EpochBasedRunner' ? 'epoch' : 'iteration'}; nothing is trained.`,
    zh: `${key}=${length}：${spec.kind}.run() 不会报错，但在第一${spec.kind === 'EpochBasedRunner' ? '轮' : '次迭代'}之前就返回，什么也不会训练。`,
  };
}
