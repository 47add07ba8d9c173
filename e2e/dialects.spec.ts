import { expect, test } from './fixtures.ts';

test("converting the seed's DETR schedule to 3.x shows both curves overlaid and the verdict", async ({ studio, page }) => {
  await studio.open();
  await studio.select('preset', 'mmdet-detr-150e');
  await expect(studio.field('optimizer.type')).toHaveValue('AdamW');
  await page.getByTestId('iters-source').selectOption('direct');
  await page.getByTestId('iters-per-epoch').fill('50');
  await page.getByTestId('convert-open').click();
  const report = page.getByTestId('convert-report');
  await expect(report).toBeVisible();
  await expect(page.getByTestId('convert-verdict')).toContainText(/Exact|Differs/);
  await expect(page.locator('[data-testid="convert-overlay"] path.recharts-curve')).toHaveCount(2);
  await page.getByTestId('convert-use').click();
  // The converted config opens as a new 3.x config beside the original.
  await expect(studio.field('optim_wrapper.optimizer.type')).toHaveValue('AdamW');
  await expect.poll(() => studio.codeText()).toContain('param_scheduler');
  await expect(page.getByTestId('lr-chart')).toBeVisible();
});

test('schedule_1x converted to 3.x names or proves away the one-iteration warmup difference', async ({ studio, page }) => {
  await studio.open();
  await page.getByTestId('convert-open').click();
  await expect(page.getByTestId('convert-verdict')).toContainText('Exact');
  await expect(page.getByTestId('convert-notes')).toContainText(/LinearLR|warmup/);
});

test('a 3.x preset shows MMEngine forms, its curve and 3.x Python', async ({ studio, page }) => {
  await studio.open();
  await page.getByTestId('preset').focus();
  await expect(page.locator('[data-testid="preset"] option[value^="v3:"]').first()).toBeAttached();
  const value = await page.locator('[data-testid="preset"] option[value^="v3:"]').first().getAttribute('value');
  await studio.select('preset', value ?? '');
  await expect(studio.field('train_cfg.max_epochs')).toBeVisible();
  await expect.poll(() => studio.codeText()).toContain("'../_base_/schedules/schedule_1x.py'");
  await expect(page.locator('[data-testid="lr-chart"] path.recharts-line-curve')).toHaveCount(1);
});
