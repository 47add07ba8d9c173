/**
 * Which registry builds a scheduler: `default_scope` or a `scope.` prefix picks a codebase's own
 * class (mmpose's ConstantLR without the factor check); other scopes keep MMEngine's. The curve
 * of mmpose's ConstantLR is checked against the real class in golden case me_mmpose_constantlr_raise.
 */
import { describe, expect, it } from 'vitest';
import { newDict } from '../../../python/value.ts';
import type { PyDict, PyValue } from '../../../python/value.ts';
import { simulateMmengine } from './simulate.ts';

function dict(entries: Record<string, PyValue>): PyDict {
  const d = newDict();
  for (const [k, v] of Object.entries(entries)) d[k] = v;
  return d;
}

function run(scope: string | undefined, type: string, factor = 2.5): ReturnType<typeof simulateMmengine> {
  const config = dict({
    optim_wrapper: dict({ optimizer: dict({ type: 'SGD', lr: 0.1 }) }),
    param_scheduler: [dict({ type, factor, begin: 1, end: 2 })],
    train_cfg: dict({ by_epoch: true, max_epochs: 3 }),
    ...(scope === undefined ? {} : { default_scope: scope }),
  });
  return simulateMmengine(config, { itersPerEpoch: 2 });
}

describe('codebase schedulers chosen by scope', () => {
  it("mmpose's ConstantLR takes a factor above 1 under default_scope mmpose or an mmpose. prefix", () => {
    for (const r of [run('mmpose', 'ConstantLR'), run('mmdet', 'mmpose.ConstantLR')]) {
      expect(r.ok).toBe(true);
      // end - begin - 1 = 0 steps: the factor applies at its first step and is never undone (as in
      // MMEngine, and as RTMO relies on: its epoch-280 ConstantLR raises the lr for the rest of training).
      if (r.ok) expect(Array.from(r.curves.base.lr)).toEqual([0.1, 0.1, 0.25, 0.25, 0.25, 0.25]);
    }
  });

  it("MMEngine's ConstantLR keeps its range check in other scopes", () => {
    for (const r of [run('mmdet', 'ConstantLR'), run(undefined, 'ConstantLR'), run('mmpose', 'mmengine.ConstantLR')]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toBe('ValueError: Constant multiplicative factor should between 0 and 1.');
    }
  });

  it("mmseg's PolyLRRatio and mmtrack's SiamRPNExpLR are found only under their codebase's scope", () => {
    const build = (scope: string | undefined, sched: Record<string, PyValue>) =>
      simulateMmengine(
        dict({
          optim_wrapper: dict({ optimizer: dict({ type: 'SGD', lr: 0.1 }) }),
          param_scheduler: [dict(sched)],
          train_cfg: dict({ by_epoch: true, max_epochs: 3 }),
          ...(scope === undefined ? {} : { default_scope: scope }),
        }),
        { itersPerEpoch: 2 },
      );
    const poly = { type: 'PolyLRRatio', eta_min_ratio: 0.5, begin: 0, end: 3 };
    for (const r of [build('mmseg', poly), build('mmdet', { ...poly, type: 'mmseg.PolyLRRatio' })]) {
      expect(r.ok).toBe(true);
      // total_iters 2: (0.1 - 0.05) * (1 - 1/2) + 0.05 at epoch 1, then the floor 0.05 at epoch 2.
      const mid = (0.1 - 0.05) * 0.5 + 0.05;
      if (r.ok) expect(Array.from(r.curves.base.lr)).toEqual([0.1, 0.1, mid, mid, (mid - 0.05) * 0 + 0.05, 0.05]);
    }
    for (const r of [build('mmdet', poly), build(undefined, poly)]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/^KeyError: .*\(PolyLRRatio is registered by mmseg 1\.x .*: set default_scope='mmseg' or type='mmseg\.PolyLRRatio'\)$/);
    }
    const siam = build('mmtrack', { type: 'SiamRPNExpLR', start_factor: 0.5, end_factor: 1.0, begin: 0, end: 3 });
    expect(siam.ok).toBe(true);
    // end - begin - 1 = 2 steps from 0.05 to 0.1: x sqrt(2) per epoch.
    const step = Math.pow(1.0 / 0.5, 1 / 2);
    const first = 0.1 * 0.5;
    if (siam.ok) expect(Array.from(siam.curves.base.lr)).toEqual([first, first, first * step, first * step, first * step * step, first * step * step]);
    const bad = build('mmtrack', { type: 'SiamRPNExpLR', start_factor: 2, begin: 0, end: 3 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toBe('ValueError: Starting multiplicative factor should between 0 and 1.');
  });

  it('a codebase scheduler under another scope names the codebase that registers it', () => {
    // CosineAnnealingWeightDecay is modelled under mmpretrain (param-groups golden cases); mmdet's registry does not hold it.
    const r = run('mmdet', 'CosineAnnealingWeightDecay');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^KeyError: .*\(CosineAnnealingWeightDecay is registered by mmpretrain 1\.x .*: set default_scope='mmpretrain' or type='mmpretrain\.CosineAnnealingWeightDecay'\)$/);
  });
});
