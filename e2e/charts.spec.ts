import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

/** The right edge of the warmup band, in chart pixels. */
async function warmupRight(page: import('@playwright/test').Page): Promise<number> {
  const box = await page.locator('[data-testid="lr-chart"] [data-testid="lr-chart.warmup"]').first().boundingBox();
  if (!box) throw new Error('no warmup band');
  return box.x + box.width;
}

test('changing warmup_iters moves the shaded warmup region and the tooltip value', async ({ studio, page }) => {
  await studio.open();
  await page.getByTestId('iters-source').selectOption('direct');
  await page.getByTestId('iters-per-epoch').fill('100');
  await studio.typeInto('runner.max_epochs', '12');
  await expect(page.getByTestId('total-iters')).toContainText('1,200');
  await studio.typeInto('lr_config.warmup_iters', '100');
  await expect(page.getByTestId('lr-chart.warmup')).toHaveCount(1);
  const before = await warmupRight(page);

  const plot = page.getByTestId('lr-chart.plot');
  const grid = await plot.boundingBox();
  if (!grid) throw new Error('no chart grid');
  // Hover a point early in training: iteration ≈ 60 of 1,200 is inside a 100-iteration warmup.
  const x = grid.x + (grid.width * 60) / 1199;
  await page.mouse.move(x, grid.y + grid.height / 2);
  const tooltip = page.getByTestId('chart-tooltip');
  await expect(tooltip).toBeVisible();
  const valueBefore = Number(await tooltip.getByTestId('chart-tooltip-value').first().textContent());
  expect(valueBefore).toBeLessThan(0.02);

  await studio.typeInto('lr_config.warmup_iters', '400');
  await expect.poll(() => warmupRight(page)).toBeGreaterThan(before + (grid.width * 250) / 1199);
  await page.mouse.move(x + 1, grid.y + grid.height / 2);
  await page.mouse.move(x, grid.y + grid.height / 2);
  const valueAfter = Number(await tooltip.getByTestId('chart-tooltip-value').first().textContent());
  // A longer warmup means a lower lr at the same iteration.
  expect(valueAfter).toBeLessThan(valueBefore);
  await expect(tooltip).toContainText('Epoch 1');
});

test('an upstream error is shown in MMCV words instead of a curve', async ({ studio, page }) => {
  await studio.open();
  await studio.select('lr_config.policy', 'cyclic');
  await studio.select('lr_config.by_epoch', 'True');
  await expect(page.getByTestId('schedule-error')).toContainText('by_epoch');
  await expect(page.getByTestId('lr-chart')).toHaveCount(0);
});

/** The plot area of the lr chart, in page pixels. */
async function plotBox(page: import('@playwright/test').Page) {
  const box = await page.getByTestId('lr-chart.plot').boundingBox();
  if (!box) throw new Error('no plot area');
  return box;
}

test('drag to zoom into the 500-iteration warmup of an 87,960-iteration run, then back to the whole run', async ({ studio, page }) => {
  await studio.open();
  await expect(page.getByTestId('total-iters')).toContainText('87,960');
  const box = await plotBox(page);
  const fullWarmup = await warmupRight(page);
  expect(fullWarmup - box.x).toBeLessThan(box.width * 0.02);

  // Drag across the first 1 % of the plot (about 880 iterations).
  await page.mouse.move(box.x + 1, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.01, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByTestId('zoom-range')).toBeVisible();
  const to = Number(await page.getByTestId('lr-chart').getAttribute('data-to'));
  expect(to).toBeGreaterThan(500);
  expect(to).toBeLessThan(2000);
  // The warmup now fills a readable part of the plot, and the line is drawn at chart resolution for it.
  await expect.poll(async () => (await warmupRight(page)) - box.x).toBeGreaterThan(box.width * 0.25);
  await expect(page.getByTestId('lr-chart.milestone')).toHaveCount(0);

  // The wheel zooms out around the pointer; the reset button shows the whole run.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 200);
  await expect.poll(async () => Number(await page.getByTestId('lr-chart').getAttribute('data-to'))).toBeGreaterThan(to);
  await page.getByTestId('zoom-reset').click();
  await expect(page.getByTestId('zoom-range')).toHaveCount(0);
  await expect(page.getByTestId('lr-chart')).toHaveAttribute('data-to', '87960');
});

test('a zoom beyond the end of a run that got shorter gives way to the whole run', async ({ studio, page }) => {
  await studio.open();
  await expect(page.getByTestId('total-iters')).toContainText('87,960');
  const box = await plotBox(page);
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByTestId('zoom-range')).toBeVisible();
  await page.getByTestId('iters-source').selectOption('direct');
  await page.getByTestId('iters-per-epoch').fill('10');
  await expect(page.getByTestId('total-iters')).toContainText('120');
  await expect(page.getByTestId('zoom-range')).toHaveCount(0);
  await expect(page.getByTestId('lr-chart')).toHaveAttribute('data-to', '120');
  await expect(page.getByTestId('lr-chart')).toHaveAttribute('data-from', '0');
});

test('the tooltip shows the value computed for the hovered iteration, to 5 significant digits', async ({ studio, page }) => {
  await studio.open();
  await expect(page.getByTestId('total-iters')).toContainText('87,960');
  const box = await plotBox(page);
  // A quarter of the way along: iteration ≈ 22,000 (not a thinned neighbour).
  await page.mouse.move(box.x + box.width * 0.25, box.y + box.height / 2);
  const tooltip = page.getByTestId('chart-tooltip');
  await expect(tooltip.getByTestId('chart-tooltip-value')).toHaveText('0.020000');
  const at = Number(await tooltip.getAttribute('data-iteration'));
  expect(Math.abs(at - 0.25 * 87959)).toBeLessThan(150);
  await expect(tooltip.getByTestId('chart-tooltip-epoch')).toHaveText(`Epoch ${Math.floor(at / 7330) + 1}`);
  await expect(tooltip.getByTestId('chart-tooltip-iteration')).toHaveText(`Iteration ${at.toLocaleString('en-US')}`);

  // Inside the linear warmup every iteration has its own value: MMCV's
  // lr * (1 - (1 - i / 500) * (1 - 0.001)), printed with 5 significant digits.
  await page.mouse.move(box.x + 1, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.012, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByTestId('zoom-range')).toBeVisible();
  for (const share of [0.13, 0.33]) {
    await page.mouse.move(box.x + box.width * share, box.y + box.height / 2);
    const i = Number(await tooltip.getAttribute('data-iteration'));
    expect(i).toBeLessThan(500);
    const expected = 0.02 * (1 - (1 - i / 500) * (1 - 0.001));
    await expect(tooltip.getByTestId('chart-tooltip-value')).toHaveText(expected.toPrecision(5));
  }

  // The same reading in 简体中文, with the zoom still on.
  await studio.select('language', 'zh');
  await expect(page.getByTestId('zoom-reset')).toHaveText('显示完整训练');
  await page.mouse.move(box.x + box.width * 0.33, box.y + box.height / 2);
  const i = Number(await tooltip.getAttribute('data-iteration'));
  await expect(tooltip.getByTestId('chart-tooltip-epoch')).toHaveText('轮次 1');
  await expect(tooltip.getByTestId('chart-tooltip-iteration')).toHaveText(`迭代 ${i.toLocaleString('en-US')}`);
  await expect(tooltip.getByTestId('chart-tooltip-value')).toHaveText((0.02 * (1 - (1 - i / 500) * (1 - 0.001))).toPrecision(5));
});

test('an iteration-based run has no epoch axis and no epoch in the tooltip', async ({ studio, page }) => {
  await studio.open();
  await expect(page.getByTestId('lr-chart.epoch-axis')).toHaveCount(1);
  await studio.select('runner.type', 'IterBasedRunner');
  await expect(page.getByTestId('lr-chart.epoch-axis')).toHaveCount(0);
  const box = await plotBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId('chart-tooltip-iteration')).toBeVisible();
  await expect(page.getByTestId('chart-tooltip-epoch')).toHaveCount(0);
});

test('the timeline draws a checkpoint every epoch over 300 short epochs as one band with its count', async ({ studio, page }) => {
  await studio.open();
  await page.getByTestId('iters-source').selectOption('direct');
  await page.getByTestId('iters-per-epoch').fill('10');
  await studio.typeInto('runner.max_epochs', '300');
  await expect(page.getByTestId('total-iters')).toContainText('3,000');
  const band = page.locator('[data-testid="timeline-band"][data-row="checkpoints"]');
  await expect(band).toHaveCount(1);
  await expect(band).toHaveAttribute('data-count', '300');
  await expect(band).toContainText('300');
  // Log lines every 50 of 3,000 iterations are 60 marks, far enough apart to draw one by one.
  await expect(page.locator('[data-testid="timeline-band"][data-row="log"]')).toHaveCount(0);
  // The band stands for its marks: none is drawn under it, except the kept ones when others are deleted.
  await expect(page.getByTestId('timeline-checkpoint')).toHaveCount(0);
  await studio.typeInto('checkpoint_config.max_keep_ckpts', '3');
  await expect(band).toHaveAttribute('data-count', '300');
  await expect(page.locator('[data-testid="timeline-checkpoint"][data-kept="true"]')).toHaveCount(3);
  await expect(page.locator('[data-testid="timeline-checkpoint"][data-kept="false"]')).toHaveCount(0);
});

const cityscapesConfig = `# Mask R-CNN on Cityscapes, written for this test in the shape of mmdet 2.x's cityscapes configs.
dataset_type = 'CityscapesDataset'
data_root = 'data/cityscapes/'
data = dict(
    samples_per_gpu=1,
    workers_per_gpu=2,
    train=dict(
        type='RepeatDataset',
        times=8,
        dataset=dict(
            type=dataset_type,
            ann_file=data_root + 'annotations/instancesonly_filtered_gtFine_train.json',
            img_prefix=data_root + 'leftImg8bit/train/')))
optimizer = dict(type='SGD', lr=0.01, momentum=0.9, weight_decay=0.0001)
optimizer_config = dict(grad_clip=None)
lr_config = dict(policy='step', warmup='linear', warmup_iters=500, warmup_ratio=0.001, step=[7])
runner = dict(type='EpochBasedRunner', max_epochs=8)
`;

test('a Cityscapes config: iterations per epoch from 2,975 training images, with the source shown, and a typed size wins', async ({ studio, page }) => {
  await studio.open();
  await page.getByTestId('import-input').setInputFiles({ name: 'mask_rcnn_r50_fpn_1x_cityscapes.py', mimeType: 'text/x-python', buffer: Buffer.from(cityscapesConfig) });
  await expect(studio.field('runner.max_epochs')).toHaveValue('8');
  await expect(page.getByTestId('data.datasetSize')).toHaveValue('2975');
  await expect(page.getByTestId('data.repeatTimes')).toHaveValue('8');
  await expect(page.getByTestId('data.samplesPerGpu')).toHaveValue('1');
  // 2,975 images x 8 repeats / (8 GPUs x 1 image) = 2,975 iterations per epoch.
  await expect(page.getByTestId('iters-per-epoch-derived')).toHaveText('= 2,975');
  await expect(page.getByTestId('total-iters')).toContainText('23,800');
  await expect(page.getByTestId('iters-dataset-source')).toContainText('Cityscapes train');
  await expect(page.getByTestId('iters-dataset-citation')).toContainText('2,975');

  await page.getByTestId('data.datasetSize').fill('3000');
  await expect(page.getByTestId('iters-dataset-source')).toHaveAttribute('data-origin', 'typed');
  await expect(page.getByTestId('iters-per-epoch-derived')).toHaveText('= 3,000');
  await page.getByTestId('iters-dataset-reset').click();
  await expect(page.getByTestId('data.datasetSize')).toHaveValue('2975');
  await expect(page.getByTestId('iters-dataset-source')).toContainText('× 8');

  // In 简体中文 the source and its note are Chinese too.
  await studio.select('language', 'zh');
  await expect(page.getByTestId('iters-dataset-source')).toContainText('训练集大小：Cityscapes train，2,975 张图片');
  await expect(page.getByTestId('iters-dataset-citation')).toContainText('gtFine train 划分：2,975 张图片');
  await expect(page.getByTestId('iters-dataset-citation')).not.toContainText('images');
});

test('the lr chart exports as a standalone SVG and PNG of what recharts drew', async ({ studio, page }) => {
  await studio.open();
  await expect(page.getByTestId('total-iters')).toContainText('87,960');
  const [svgFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
  const svg = readFileSync(await svgFile.path(), 'utf8');
  // The line recharts drew, its axes' labels and the epoch axis, with no page stylesheet needed.
  expect(svg).toMatch(/<path[^>]*class="recharts-curve recharts-line-curve"[^>]*d="M[^"]{20,}"/);
  expect(svg).toContain('recharts-xAxis');
  expect(svg).toContain('>80k<');
  expect(svg).toContain('>Epoch<');
  expect(svg).not.toContain('var(');
  const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)?.[1]);
  expect(width).toBeGreaterThan(300);

  const [pngFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  const png = readFileSync(await pngFile.path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  // Drawn at twice the chart's size (IHDR width at byte 16).
  expect(png.readUInt32BE(16)).toBe(2 * width);
});

/** Pixel y of each value-axis label, by its text. */
async function tickYs(page: import('@playwright/test').Page): Promise<Map<string, number>> {
  const ticks = page.getByTestId('lr-chart.value-tick');
  const out = new Map<string, number>();
  for (const t of await ticks.all()) {
    const box = await t.boundingBox();
    if (box) out.set((await t.textContent()) ?? '', box.y + box.height / 2);
  }
  return out;
}

/** Pixel ys of the lr line's vertices (the path is in SVG pixels; made absolute with the svg's box). */
async function lineYs(page: import('@playwright/test').Page): Promise<number[]> {
  const line = page.locator('[data-testid="lr-chart.line"] path.recharts-line-curve').first();
  const d = (await line.getAttribute('d')) ?? '';
  const svg = await page.locator('[data-testid="lr-chart"] svg.recharts-surface').first().boundingBox();
  if (!svg) throw new Error('no chart surface');
  return [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => svg.y + Number(m[2]));
}

test('the value axis and the line agree: the 1x schedule\'s 0.02 and 2e-4 sit where the labels put them, in linear and log scale', async ({ studio, page }) => {
  await studio.open();
  await expect(page.getByTestId('total-iters')).toContainText('87,960');
  const near = (ys: number[], y: number) => ys.filter((v) => Math.abs(v - y) < 1.5).length;

  // Linear: the flat lr before the first step is drawn at the "0.02" label, the end near "0".
  await expect.poll(async () => (await tickYs(page)).has('0.02')).toBe(true);
  let ticks = await tickYs(page);
  let ys = await lineYs(page);
  expect(near(ys, ticks.get('0.02') as number), `line ys ${ys.slice(0, 8).join(' ')} vs label 0.02`).toBeGreaterThan(1);

  // Log: decades 1e-2 and 1e-3 give the pixels per decade; 0.02 is log10(2) of a decade above 1e-2,
  // 2e-4 the same above 1e-4 (after the two ×0.1 steps).
  await page.getByTestId('log-scale').check();
  await expect.poll(async () => (await tickYs(page)).has('1e-3')).toBe(true);
  ticks = await tickYs(page);
  ys = await lineYs(page);
  const y2 = ticks.get('1e-2') as number;
  const perDecade = (ticks.get('1e-3') as number) - y2;
  expect(perDecade).toBeGreaterThan(10);
  expect(near(ys, y2 - perDecade * Math.log10(2)), `line ys ${ys.slice(0, 8).join(' ')}`).toBeGreaterThan(1);
  expect(near(ys, y2 + 2 * perDecade - perDecade * Math.log10(2))).toBeGreaterThan(0);
});
