import { expect, test } from './fixtures.ts';

/** The right edge of the warmup band, in chart pixels. */
async function warmupRight(page: import('@playwright/test').Page): Promise<number> {
  const box = await page.locator('[data-testid="lr-chart"] .recharts-reference-area-rect').first().boundingBox();
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
  await expect(page.locator('[data-testid="lr-chart"] .recharts-reference-area-rect')).toHaveCount(1);
  const before = await warmupRight(page);

  const plot = page.locator('[data-testid="lr-chart"] .recharts-cartesian-grid');
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
