/**
 * mmselfsup 0.x `TransformerFinetuneConstructor` (ViT fine-tuning with layer-wise lr decay) against
 * the groups the real code made (test-data/golden/layer-decay, see the README there): the optimizer's
 * own group is charted exactly, the per-layer groups are not drawn, and a diagnostic says so with the
 * rule those groups follow.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDataDir } from '../../test/testData.ts';
import { readGoldenCase } from '../dialects/mmcv1/schedule/goldenCase.ts';
import { diagnose } from '../diagnostics/engine.ts';
import { simulateSchedule } from './simulate.ts';

interface RealGroup {
  params: string[];
  initial_lr: number;
  lr: number[];
  momentum: number[] | null;
  weight_decay: number[];
}

interface LayerDecayCase {
  total_iters: number;
  expected: { lr: number[]; momentum: number[] | null };
  param_groups: RealGroup[];
}

const text = readFileSync(join(testDataDir, 'golden', 'layer-decay', 'mmcv_mmselfsup_vit_layer_decay.json'), 'utf8');
const golden = JSON.parse(text) as LayerDecayCase;
const input = readGoldenCase(text);

/** First index differing beyond relative 1e-12 (absolute floor 1e-15), or -1. */
function firstDifference(got: ArrayLike<number> | null, want: readonly number[] | null): number {
  if (got === null || want === null) return got === want ? -1 : 0;
  if (got.length !== want.length) return Math.min(got.length, want.length);
  for (let i = 0; i < want.length; i++) {
    const a = got[i] ?? Number.NaN;
    const b = want[i] ?? Number.NaN;
    if (!(Math.abs(a - b) <= Math.max(1e-15, 1e-12 * Math.abs(b)))) return i;
  }
  return -1;
}

describe("mmselfsup 0.x TransformerFinetuneConstructor (real groups from mmselfsup v0.11.0's code)", () => {
  const optimizer = input.config['optimizer'] as Record<string, unknown>;
  const lr = Number(optimizer['lr']);
  const decay = Number(optimizer['layer_decay']);

  it("charts the optimizer's own group (the head's) exactly", () => {
    const result = simulateSchedule(input.style, input.config, { itersPerEpoch: input.itersPerEpoch });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.curves.totalIters).toBe(golden.total_iters);
    const head = golden.param_groups.find((g) => g.params.includes('head.head.weight'));
    expect(head?.initial_lr).toBe(lr);
    expect(firstDifference(result.curves.base.lr, head?.lr ?? null)).toBe(-1);
    expect(firstDifference(result.curves.base.momentum, head?.momentum ?? null)).toBe(-1);
    expect(firstDifference(result.curves.base.lr, golden.expected.lr)).toBe(-1);
  });

  it('the real groups follow the rule the diagnostic states: embeddings lr × d^(L+1), backbone.layers.i lr × d^(L−i), the rest lr', () => {
    const layers = new Set(golden.param_groups.flatMap((g) => g.params).flatMap((p) => /^backbone\.layers\.(\d+)\./.exec(p)?.[1] ?? [])).size;
    expect(layers).toBe(12);
    for (const g of golden.param_groups) {
      for (const p of g.params) {
        const layer = /^backbone\.layers\.(\d+)\./.exec(p)?.[1];
        const power = /patch_embed|pos_embed|cls_token/.test(p) ? layers + 1 : layer !== undefined ? layers - Number(layer) : 0;
        expect(Math.abs(g.initial_lr - lr * decay ** power), p).toBeLessThanOrEqual(1e-12 * g.initial_lr);
      }
    }
    // So a single curve is far from what the embeddings train with: 0.65^13 ≈ 0.0037.
    expect(Math.min(...golden.param_groups.map((g) => g.initial_lr)) / lr).toBeLessThan(0.004);
  });

  it('draws none of those groups and says why, without calling its keywords unknown', () => {
    const result = simulateSchedule(input.style, input.config, { itersPerEpoch: input.itersPerEpoch });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.curves.extraGroups).toEqual([]);
    const found = diagnose({ config: input.config, dialect: 'mmcv1' });
    const note = found.find((d) => d.rule === 'optimizer/constructor-not-modelled');
    expect(note?.path).toEqual(['optimizer', 'constructor']);
    expect(note?.message.en).toContain('layer_decay^(L−i)');
    expect(note?.message.en).toContain('not drawn');
    expect(note?.message.zh).toContain('未绘制');
    expect(found.filter((d) => d.rule === 'optimizer/unknown-argument').map((d) => d.path.join('.'))).toEqual([]);
  });
});
