import type { Page } from '@playwright/test';
import { expect, test, type StudioPage } from './fixtures.ts';

/** Moves the pointer over the lr chart at an iteration (the plot spans iterations 0 … total − 1). */
async function hoverLrAt(page: Page, iteration: number, total: number) {
  const grid = await page.getByTestId('lr-chart.plot').boundingBox();
  if (!grid) throw new Error('no lr chart');
  const x = grid.x + (grid.width * iteration) / (total - 1);
  await page.mouse.move(x - 3, grid.y + grid.height / 2);
  await page.mouse.move(x, grid.y + grid.height / 2);
}

/** Whether a line the code pane shows containing `text` carries the explanation's decoration. */
async function codeLineLit(page: Page, text: RegExp): Promise<boolean> {
  const line = page.locator('[data-testid="code-pane"] .view-line', { hasText: text }).first();
  const box = await line.boundingBox();
  if (!box) return false;
  const lit = await page.locator('[data-testid="code-pane"] .explain-line').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })));
  return lit.some((r) => r.top <= box.y + box.height / 2 && box.y + box.height / 2 <= r.bottom);
}

/** A 12-epoch run of 100 iterations per epoch, written out whole so the code pane holds `lr_config`. */
async function openStandalone1x(studio: StudioPage, page: Page) {
  await studio.open();
  await page.getByTestId('iters-source').selectOption('direct');
  await page.getByTestId('iters-per-epoch').fill('100');
  await expect(page.getByTestId('total-iters')).toContainText('1,200');
  await studio.select('export-mode', 'standalone');
  await expect.poll(() => studio.codeText()).toContain('step=[8, 11]');
  await expect(page.locator('[data-testid="code-pane"] .monaco-editor')).toBeVisible();
}

test('hovering the lr chart explains the segment, lights the field and the Python line, in English and 简体中文', async ({ studio, page }) => {
  await openStandalone1x(studio, page);
  const sentence = page.locator('[data-testid="curve-explanation"][data-curve="lr"]');
  await expect(page.getByTestId('curve-explanation-hint')).toBeVisible();

  // Iteration 900 is in epoch 9: after the first decay at epoch 8, before the second at 11.
  await hoverLrAt(page, 900, 1200);
  await expect(sentence).toContainText('lr × 0.1 at epoch 8 ← lr_config.step[0]');
  await expect(sentence).toHaveAttribute('data-from', '800');
  await expect(sentence).toHaveAttribute('data-to', '1100');
  // The explained stretch is shaded on the chart itself.
  await expect(page.getByTestId('lr-chart.explained')).toHaveCount(1);
  await expect(page.locator('[data-field="lr_config.step"]')).toHaveAttribute('data-highlighted', 'true');
  await expect(page.locator('[data-field="lr_config.warmup_iters"]')).not.toHaveAttribute('data-highlighted', 'true');
  await expect.poll(() => codeLineLit(page, /step=\[8,\s11\]/)).toBe(true);

  // The warmup: its own fields instead.
  await hoverLrAt(page, 20, 1200);
  await expect(sentence).toContainText('warmup (linear) for 500 iterations');
  await expect(page.locator('[data-field="lr_config.warmup_iters"]')).toHaveAttribute('data-highlighted', 'true');
  await expect(page.locator('[data-field="lr_config.step"]')).not.toHaveAttribute('data-highlighted', 'true');

  await studio.select('language', 'zh');
  await hoverLrAt(page, 900, 1200);
  await expect(sentence).toContainText('第 8 轮起学习率 × 0.1 ← lr_config.step[0]');
  await expect(sentence).toContainText('迭代 800–1,099');
  await expect(page.locator('[data-field="lr_config.step"]')).toHaveAttribute('data-highlighted', 'true');
  await expect.poll(() => codeLineLit(page, /step=\[8,\s11\]/)).toBe(true);

  // Leaving the chart lets go of the highlight; a click keeps it.
  await page.mouse.move(5, 5);
  await expect(page.locator('[data-field="lr_config.step"]')).not.toHaveAttribute('data-highlighted', 'true');
  await hoverLrAt(page, 1150, 1200);
  await page.mouse.down();
  await page.mouse.up();
  await page.mouse.move(5, 5);
  await expect(sentence).toContainText('lr_config.step[1]');
  await expect(page.locator('[data-field="lr_config.step"]')).toHaveAttribute('data-highlighted', 'true');
});

test('focusing lr_config.step lights the stretch of the curve it governs; warmup_iters the warmup', async ({ studio, page }) => {
  await openStandalone1x(studio, page);
  const region = page.locator('[data-testid="lr-chart"] [data-testid="curve-region"]');
  await expect(region).toHaveCount(0);
  const grid = await page.getByTestId('lr-chart.plot').boundingBox();
  if (!grid) throw new Error('no lr chart');

  await studio.field('lr_config.step').focus();
  await expect(region).toHaveCount(1);
  // From the first decay (iteration 800 of 1,199) to the end.
  const box = await region.boundingBox();
  expect(box && Math.abs(box.x - (grid.x + (grid.width * 800) / 1199))).toBeLessThan(4);
  expect(box && Math.abs(box.x + box.width - (grid.x + grid.width))).toBeLessThan(4);

  await studio.field('lr_config.warmup_iters').focus();
  await expect(region).toHaveCount(1);
  const warm = await region.boundingBox();
  expect(warm && Math.abs(warm.x + warm.width - (grid.x + (grid.width * 500) / 1199))).toBeLessThan(4);

  await studio.field('optimizer.weight_decay').focus();
  await expect(region).toHaveCount(0);
});

test('3.x: hovering explains the scheduler with its resolved range and lights its milestones', async ({ studio, page }) => {
  await studio.open();
  await page.getByTestId('preset').focus();
  await expect(page.locator('[data-testid="preset"] option[value="v3:mmdet3-schedule-1x"]')).toBeAttached();
  await studio.select('preset', 'v3:mmdet3-schedule-1x');
  await expect(studio.field('train_cfg.max_epochs')).toBeVisible();
  await page.getByTestId('iters-source').selectOption('direct');
  await page.getByTestId('iters-per-epoch').fill('100');
  await expect(page.getByTestId('total-iters')).toContainText('1,200');
  const sentence = page.locator('[data-testid="curve-explanation"][data-curve="lr"]');
  await hoverLrAt(page, 900, 1200);
  await expect(sentence).toContainText('lr × 0.1 at epoch 8 (param_scheduler[1].milestones[0], gamma=0.1) ← MultiStepLR param_scheduler[1], begin 0 → end 12 epochs (resolved)');
  await expect(page.locator('[data-field="param_scheduler.1.milestones"]')).toHaveAttribute('data-highlighted', 'true');

  await studio.select('language', 'zh');
  await hoverLrAt(page, 900, 1200);
  await expect(sentence).toContainText('MultiStepLR param_scheduler[1]，begin 0 → end 12 轮（已解析）');

  await studio.field('param_scheduler.0.end').focus();
  const region = page.locator('[data-testid="lr-chart"] [data-testid="curve-region"]');
  await expect(region).toHaveCount(1);
});
