import { join } from 'node:path';
import { testDataDir } from '../src/test/testData.ts';
import { expect, test } from './fixtures.ts';

const weightDecayConfig = `optim_wrapper = dict(
    type='OptimWrapper',
    optimizer=dict(type='SGD', lr=0.02, momentum=0.9, weight_decay=0.0001),
    paramwise_cfg=dict(norm_decay_mult=0.0, bias_lr_mult=2.0, bias_decay_mult=0.5))
param_scheduler = [
    dict(type='LinearLR', start_factor=0.001, by_epoch=False, begin=0, end=500),
    dict(type='CosineAnnealingLR', by_epoch=True, begin=0, end=12),
    dict(type='CosineAnnealingParamScheduler', param_name='weight_decay', eta_min=1e-05, by_epoch=True, begin=0, end=12),
]
train_cfg = dict(type='EpochBasedTrainLoop', max_epochs=12, val_interval=1)
`;

const plateauConfig = `optim_wrapper = dict(type='OptimWrapper', optimizer=dict(type='SGD', lr=0.02, momentum=0.9, weight_decay=0.0001))
param_scheduler = [dict(type='ReduceOnPlateauLR', monitor='coco/bbox_mAP', rule='greater', factor=0.5, patience=0)]
train_cfg = dict(type='EpochBasedTrainLoop', max_epochs=6, val_interval=1)
`;

async function importText(page: import('@playwright/test').Page, name: string, text: string) {
  await page.getByTestId('import-input').setInputFiles({ name, mimeType: 'text/x-python', buffer: Buffer.from(text) });
}

/** The drawn path of one line of a chart. */
function linePath(page: import('@playwright/test').Page, chart: string, key: string) {
  return page.locator(`[data-testid="${chart}"] [data-testid="${chart}.line"][data-key="${key}"] path.recharts-line-curve, [data-testid="${chart}"] .recharts-line [data-key="${key}"]`).first();
}

test('a weight-decay scheduler and paramwise groups get their own curves, in both languages', async ({ studio, page }) => {
  await studio.open();
  await importText(page, 'wd_cosine.py', weightDecayConfig);
  const chart = page.getByTestId('weight-decay-chart');
  await expect(chart).toBeVisible();
  await expect(page.getByTestId('weight-decay-title')).toHaveText('Weight decay');
  // The optimizer's own weight decay, the bias group (x0.5) and the norm group (x0, rising to eta_min).
  await expect(chart.getByTestId('weight-decay-chart.legend-item')).toHaveText(['base', 'bias params + depthwise conv biases (lr ×2, wd ×0.5)', 'norm params (lr ×1, wd ×0)']);
  await expect(page.getByTestId('lr-chart.legend-item')).toHaveText(['base', 'bias params + depthwise conv biases (lr ×2, wd ×0.5)']);
  await expect(page.getByTestId('paramwise-note')).toContainText('depends on the model');
  // The base curve falls from 1e-4 towards eta_min: its first point is higher on screen than its last.
  const d = await linePath(page, 'weight-decay-chart', 'base').getAttribute('d');
  const ys = [...(d ?? '').matchAll(/[ML]\s*([\d.]+)[ ,]([\d.]+)/g)].map((m) => Number(m[2]));
  expect(ys.length).toBeGreaterThan(2);
  expect(ys[0]).toBeLessThan(ys[ys.length - 1] as number);

  await page.getByTestId('language').selectOption('zh');
  await expect(page.getByTestId('weight-decay-title')).toHaveText('权重衰减');
  await expect(chart.getByTestId('weight-decay-chart.legend-item').nth(2)).toHaveText('归一化层参数 (lr ×1，wd ×0)');
});

test('ReduceOnPlateau is drawn from the metric values typed', async ({ studio, page }) => {
  await studio.open();
  await importText(page, 'plateau.py', plateauConfig);
  await expect(page.getByTestId('schedule-error')).toHaveCount(0);
  const status = page.getByTestId('plateau-metrics-status');
  await expect(status).toHaveAttribute('data-source', 'none');
  const lr = page.getByTestId('lr-chart');
  await expect(lr.getByTestId('lr-chart.milestone')).toHaveCount(0);
  const before = await linePath(page, 'lr-chart', 'base').getAttribute('d');
  // mAP stalls after the 2nd validation: patience 0 halves the lr after the 3rd and the 4th.
  await page.getByTestId('plateau-metrics').fill('0.30, 0.35, 0.34, 0.33, 0.36');
  await expect(status).toHaveAttribute('data-source', 'typed');
  await expect(status).toContainText('Using the 5 values typed.');
  await expect.poll(() => linePath(page, 'lr-chart', 'base').getAttribute('d')).not.toBe(before);
  await page.getByTestId('language').selectOption('zh');
  await expect(status).toContainText('使用输入的 5 个值。');
});

test('a dropped training log shows its lr as points over the planned curve', async ({ studio, page }) => {
  await studio.open();
  await page.getByTestId('training-log-input').setInputFiles(join(testDataDir, 'training-logs', 'mmcv_1x_n600.log'));
  await page.getByTestId('training-log-use-iters').click();
  const points = page.getByTestId('lr-chart.log-points');
  await expect(points).toBeVisible();
  await expect(points).toHaveAttribute('data-count', '144');
  await expect(page.getByTestId('log-points-caption')).toContainText('logged lr (144)');
  await expect(page.getByTestId('log-points-iters')).toHaveCount(0);
  // The log followed the plan: each circle sits on the planned line (the line's y at its x, within 1.5 px).
  const d = (await linePath(page, 'lr-chart', 'base').getAttribute('d')) ?? '';
  const line = [...d.matchAll(/[ML]\s*([\d.]+)[ ,]([\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
  const circles = await points.locator('circle').evaluateAll((cs) => cs.map((c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) })));
  expect(circles).toHaveLength(144);
  for (const c of circles.filter((_, i) => i % 10 === 5)) {
    const onLine = line.slice(1).some((b, i) => {
      const a = line[i] as { x: number; y: number };
      if (c.x < Math.min(a.x, b.x) - 0.5 || c.x > Math.max(a.x, b.x) + 0.5) return false;
      if (Math.abs(b.x - a.x) < 0.5) return c.y >= Math.min(a.y, b.y) - 1.5 && c.y <= Math.max(a.y, b.y) + 1.5;
      const y = a.y + ((b.y - a.y) * (c.x - a.x)) / (b.x - a.x);
      return Math.abs(y - c.y) <= 1.5;
    });
    expect(onLine, `circle at ${c.x},${c.y}`).toBe(true);
  }
  await page.getByTestId('language').selectOption('zh');
  await expect(page.getByTestId('log-points-caption')).toContainText('日志中的 lr (144)');

  // A run at twice the planned lr: the value axis grows so every logged point stays in view.
  await page.getByTestId('training-log-input').setInputFiles(join(testDataDir, 'training-logs', 'mmcv_1x_n300_2x_lr.log.json'));
  await expect(points).toHaveAttribute('data-count', '72');
});
