import { describe, expect, it } from 'vitest';
import { changeSchedulerType } from './schedulerChange.ts';

describe('changeSchedulerType', () => {
  it('keeps common and shared arguments and drops the ones the new class rejects', () => {
    const multi = { type: 'MultiStepLR', begin: 0, end: 12, by_epoch: true, milestones: [8, 11], gamma: 0.1 };
    expect(changeSchedulerType(multi, 'CosineAnnealingLR')).toEqual({ type: 'CosineAnnealingLR', begin: 0, end: 12, by_epoch: true });
    expect(changeSchedulerType(multi, 'StepLR')).toEqual({ type: 'StepLR', begin: 0, end: 12, by_epoch: true, gamma: 0.1, step_size: 4 });
    const cosine = { type: 'CosineAnnealingLR', eta_min: 0.0002, begin: 150, end: 300, T_max: 150, convert_to_iter_based: true };
    expect(changeSchedulerType(cosine, 'PolyLR')).toEqual({ type: 'PolyLR', eta_min: 0.0002, begin: 150, end: 300, convert_to_iter_based: true });
    expect(changeSchedulerType(cosine, 'CosineAnnealingMomentum')).toEqual({ ...cosine, type: 'CosineAnnealingMomentum' });
  });

  it('adds required arguments spanning the entry, and keeps everything for unknown types', () => {
    expect(changeSchedulerType({ type: 'LinearLR', start_factor: 0.001, begin: 0, end: 24 }, 'MultiStepLR')).toEqual({ type: 'MultiStepLR', begin: 0, end: 24, milestones: [16] });
    expect(changeSchedulerType({ type: 'LinearLR', end: 10 }, 'CosineRestartLR')).toEqual({ type: 'CosineRestartLR', end: 10, periods: [10] });
    expect(changeSchedulerType({ type: 'LinearLR', start_factor: 0.1 }, 'mmdet.QuadraticWarmupLR')).toEqual({ type: 'mmdet.QuadraticWarmupLR' });
    expect(changeSchedulerType({ type: 'LinearLR', start_factor: 0.1 }, 'MyLR')).toEqual({ type: 'MyLR', start_factor: 0.1 });
  });
});
