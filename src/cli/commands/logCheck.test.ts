import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDataDir } from '../../test/testData.ts';

const fixtures = join(testDataDir, 'fixtures/mmdet');
const logs = join(testDataDir, 'training-logs');
const v2Config = join(fixtures, 'v2/configs/mask_rcnn/mask_rcnn_r50_fpn_1x_coco.py');

function mmcfg(...args: string[]) {
  return spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
}

describe('mmcfg log-check', () => {
  it('prints one JSON line and exits 0 for a log that followed its plan', () => {
    const r = mmcfg('log-check', v2Config, join(logs, 'mmcv_1x_n600.log'));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['points', 'matched', 'max_rel_diff', 'first_divergence', 'iters_per_epoch']);
    expect(out).toMatchObject({ points: 144, matched: 144, first_divergence: null, iters_per_epoch: 600 });
  });

  it('exits 1 with the first divergence when the run used twice the GPUs (2x lr)', () => {
    const r = mmcfg('log-check', v2Config, join(logs, 'mmcv_1x_n300_2x_lr.log.json'), '--iters-per-epoch', '300');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { first_divergence: { iter: number; logged: number; planned: number } };
    expect(out.first_divergence.iter).toBe(49);
    expect(out.first_divergence.logged / out.first_divergence.planned).toBeCloseTo(2, 2);
    expect(r.stderr).toMatch(/2x the plan: 2x the GPUs/);
  });
});

describe('mmcfg cfg-options', () => {
  it("prints the file's own settings as one --cfg-options line", () => {
    const r = mmcfg('cfg-options', join(fixtures, 'v2/configs/retinanet/retinanet_r50_fpn_90k_coco.py'));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      "--cfg-options evaluation.interval=10000 'lr_config.step=[60000,80000]' runner._delete_=True runner.type=IterBasedRunner runner.max_iters=90000 checkpoint_config.interval=10000\n",
    );
  });
});
