import { expect, test } from './fixtures.ts';

// Screenshots for the "Done when" are written only when asked (DIAG_SHOTS=<folder>).
const shots = process.env.DIAG_SHOTS;

test('a step beyond the end of training puts a marker on the lr chart, with the rule, its severity and the message on hover, in both languages', async ({ studio, page }) => {
  await studio.open();
  const markers = page.getByTestId('lr-chart.rule-marker');
  await expect(page.getByTestId('lr-chart.line').first()).toBeVisible();
  await expect(markers).toHaveCount(0);

  // The 1x schedule decays at epochs 8 and 11: ten epochs never reach 11, and the lr stops changing at epoch 10.
  await studio.typeInto('runner.max_epochs', '10');
  const marker = page.locator('[data-testid="lr-chart.rule-marker"][data-rule="schedule/milestone-beyond-end"]');
  await expect(marker).toHaveCount(1);
  await expect(marker).toHaveAttribute('data-severity', 'warning');
  const totalText = (await page.getByTestId('total-iters').textContent()) ?? '';
  const total = Number(totalText.replace(/[^\d]/g, ''));
  expect(Number(await marker.getAttribute('data-iteration'))).toBe(total - 1);
  await expect(marker.locator('title')).toHaveText(/Milestones \[11\].*never decays.*schedule\/milestone-beyond-end/);
  // The wide hit line takes the pointer, so the browser shows the marker's title as its tooltip.
  const box = await marker.boundingBox();
  if (!box) throw new Error('the marker has no box');
  const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x as number, y as number)?.closest('[data-testid="lr-chart.rule-marker"]')?.getAttribute('data-rule'), [box.x + box.width / 2, box.y + box.height / 2]);
  expect(hit).toBe('schedule/milestone-beyond-end');
  if (shots) await page.getByTestId('charts').screenshot({ path: `${shots}/chart-marker-en.png` });

  await studio.select('language', 'zh');
  await expect(marker.locator('title')).toHaveText(/里程碑 \[11\].*不会在那里衰减/);
  if (shots) await page.getByTestId('charts').screenshot({ path: `${shots}/chart-marker-zh.png` });

  await studio.typeInto('runner.max_epochs', '12');
  await expect(markers).toHaveCount(0);
});
