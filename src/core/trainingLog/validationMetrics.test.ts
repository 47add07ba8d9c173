import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDataDir } from '../../test/testData.ts';
import { parseTrainingLog } from './parseTrainingLog.ts';

const read = (name: string) => readFileSync(join(testDataDir, 'training-logs', name), 'utf8');

describe('validation metrics of JSON logs (for ReduceOnPlateau)', () => {
  it('MMEngine scalars.json: lines without lr, in file order', () => {
    const r = parseTrainingLog(read('mmengine_1x_n600_scalars.json'));
    if (!r.ok) throw new Error(r.message);
    const map = r.log.metrics?.['coco/bbox_mAP'] ?? [];
    expect(map).toHaveLength(12);
    expect(r.log.metrics?.['step']).toBeUndefined();
    expect(r.log.metrics?.['time']).toBeUndefined();
  });

  it("MMCV log.json: the mode 'val' lines", () => {
    const r = parseTrainingLog(read('mmcv_1x_n600.log.json'));
    if (!r.ok) throw new Error(r.message);
    expect(r.log.metrics?.['bbox_mAP']).toHaveLength(12);
    expect(r.log.metrics?.['lr']).toBeUndefined();
  });
});
