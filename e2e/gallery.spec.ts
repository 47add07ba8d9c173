import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

test('pick a preset from the gallery by searching, then export the chart as PNG, SVG and CSV', async ({ studio, page }) => {
  await studio.open();
  await page.getByTestId('gallery-open').click();
  await page.getByTestId('gallery-search').fill('yolox 2.x');
  const use = page.locator('[data-testid^="gallery-use."]').first();
  await expect(use).toBeVisible();
  await use.click();
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await expect(studio.field('lr_config.policy')).toHaveValue('YOLOX');
  await expect(page.getByTestId('lr-chart')).toBeVisible();
  // The entry opens beside the config that was open, named after its file (issue 13 item 1).
  await expect(page.getByTestId('library').getByRole('listitem')).toHaveCount(2);
  await expect(page.getByTestId('library')).toContainText('my_config');
  await expect(page.getByTestId('config-name')).toHaveValue(/yolox/);

  await page.getByTestId('iters-per-epoch').fill('20');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const text = readFileSync(await csv.path(), 'utf8');
  const lines = text.trim().split('\n');
  expect(lines[0]).toMatch(/^iteration,epoch,lr,momentum/);
  expect(lines.length - 1).toBe(300 * 20);

  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
  expect(readFileSync(await svg.path(), 'utf8')).toContain('<svg');
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  expect(readFileSync(await png.path()).subarray(1, 4).toString()).toBe('PNG');
});
