/**
 * Optimizers registered by OpenMMLab codebases, and unknown ones, read the same way by both
 * dialects: momentum from `momentum` or `betas[0]` when the class (or, for an unknown class, the
 * config) defines it, and an "unknown optimizer" warning instead of a silent null or a refusal.
 * The curves of Lamb and LARS are checked against the real classes in the golden cases.
 */
import { describe, expect, it } from 'vitest';
import { policyUnregistered } from '../diagnostics/rules/policyUnregistered.ts';
import { parseOptimizer as parseMmcv1 } from '../dialects/mmcv1/schedule/parseOptimizer.ts';
import { parseOptimizer as parseMmengine } from '../dialects/mmengine/schedule/parseOptimizer.ts';
import { newDict, pyTuple } from '../python/value.ts';
import type { PyDict, PyValue } from '../python/value.ts';

function dict(entries: Record<string, PyValue>): PyDict {
  const d = newDict();
  for (const [k, v] of Object.entries(entries)) d[k] = v;
  return d;
}

function both(optimizer: Record<string, PyValue>): { v1: ReturnType<typeof parseMmcv1>; v3: ReturnType<typeof parseMmengine> } {
  return {
    v1: parseMmcv1(dict(optimizer)),
    v3: parseMmengine(dict({ optim_wrapper: dict({ optimizer: dict(optimizer) }) })),
  };
}

describe('codebase and unknown optimizers', () => {
  it('Lamb: betas[0] from the class default, lr default 1e-3, betas never range-checked', () => {
    const { v1, v3 } = both({ type: 'Lamb', weight_decay: 0.02 });
    expect(v1.ok && [v1.value.lr, v1.value.momentumField, v1.value.momentum, v1.value.unknownType]).toEqual([1e-3, 'betas', 0.9, false]);
    expect(v3.ok && [v3.value.groups[0]?.lr, v3.value.hasBetas, v3.value.groups[0]?.beta0, v3.value.unknownType]).toEqual([1e-3, true, 0.9, false]);
    const odd = both({ type: 'Lamb', lr: 0.1, betas: pyTuple([1.5, 0.999]) });
    expect(odd.v1.ok && odd.v1.value.momentum).toBe(1.5);
    expect(odd.v3.ok && odd.v3.value.groups[0]?.beta0).toBe(1.5);
  });

  it('LARS: momentum in its defaults and lr required, in both dialects', () => {
    const { v1, v3 } = both({ type: 'LARS', lr: 4.8 });
    expect(v1.ok && [v1.value.momentumField, v1.value.momentum]).toEqual(['momentum', 0]);
    expect(v3.ok && [v3.value.hasMomentum, v3.value.groups[0]?.momentum]).toEqual([true, 0]);
    const noLr = both({ type: 'LARS' });
    expect(noLr.v1.ok).toBe(false);
    expect(noLr.v3.ok).toBe(false);
  });

  it('an unknown optimizer is charted from its config keys in both dialects', () => {
    const betas = both({ type: 'MyAdam', lr: 0.01, betas: pyTuple([0.8, 0.9]) });
    expect(betas.v1.ok && [betas.v1.value.momentumField, betas.v1.value.momentum, betas.v1.value.unknownType]).toEqual(['betas', 0.8, true]);
    expect(betas.v3.ok && [betas.v3.value.hasBetas, betas.v3.value.groups[0]?.beta0, betas.v3.value.unknownType]).toEqual([true, 0.8, true]);
    const plain = both({ type: 'MyOpt', lr: 0.01 });
    expect(plain.v1.ok && plain.v1.value.momentumField).toBe(null);
    expect(plain.v3.ok && [plain.v3.value.hasBetas, plain.v3.value.hasMomentum]).toEqual([false, false]);
  });

  it('an unknown optimizer gets an "unknown optimizer" warning; codebase ones and torch ones do not', () => {
    const findings = (type: string, dialect: 'mmcv1' | 'mmengine') => {
      const config = dialect === 'mmcv1' ? dict({ optimizer: dict({ type, lr: 0.1 }) }) : dict({ optim_wrapper: dict({ optimizer: dict({ type, lr: 0.1 }) }) });
      return policyUnregistered.check({ config, dialect } as never);
    };
    for (const dialect of ['mmcv1', 'mmengine'] as const) {
      const unknown = findings('MyOpt', dialect);
      expect(unknown).toHaveLength(1);
      expect(unknown[0]?.severity).toBe('warning');
      expect(unknown[0]?.message.en).toMatch(/unknown optimizer 'MyOpt'/);
      expect(findings('DAdaptAdam', dialect)[0]?.message.en).toMatch(/dadaptation/);
      expect(findings('Lamb', dialect)).toEqual([]);
      expect(findings('SGD', dialect)).toEqual([]);
      expect(findings('Adamw', dialect)[0]?.severity).toBe('error');
    }
  });
});
