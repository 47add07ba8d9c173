import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDataDir } from '../../../../test/testData.ts';
import { loadConfig, type ConfigFs } from '../../../config/load/loadConfig.ts';
import { computeTimelineV3 } from './computeTimelineV3.ts';

const fixtures = join(testDataDir, 'fixtures/mmdet');
const diskFs: ConfigFs = {
  readFile(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};
const range = (from: number, to: number, step = 1) => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

describe('computeTimelineV3 on real mmdet 3.3 configs', () => {
  it.each(['v3/configs/rtmdet/rtmdet_l_8xb32-300e_coco.py', 'v3/mmdet_configs/rtmdet/rtmdet_l_8xb32_300e_coco.py'])('%s', (file) => {
    const { config, dialect } = loadConfig(join(fixtures, file), diskFs);
    expect(dialect).toBe('mmengine');
    const t = computeTimelineV3(config, 3665);
    expect(t.maxEpochs).toBe(300);
    expect(t.checkpoint?.written.filter((c) => c.kept).map((c) => c.file)).toEqual(['epoch_280.pth', 'epoch_290.pth', 'epoch_300.pth']);
    expect(t.evaluation?.points.map((p) => p.at)).toEqual([...range(10, 270, 10), ...range(279, 300)]);
    expect(t.log?.total).toBe(300 * 73);
    expect(t.warnings).toEqual([]);
  });
});
