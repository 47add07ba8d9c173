import { expect, test } from './fixtures.ts';

test('a fresh config shows lr as inherited from schedule_1x.py; an edit sets it; reset puts the base value back and the export stops writing it', async ({ studio, page }) => {
  await studio.open();
  const wrapper = page.locator('.field', { has: page.getByTestId('optimizer.lr') });
  await expect(wrapper).toHaveAttribute('data-inherited', 'true');
  await expect(wrapper.locator('.field-origin')).toHaveText('from schedule_1x.py');
  await expect(page.getByTestId('optimizer.lr.reset')).toHaveCount(0);
  // A key of the other base names its own file.
  await expect(page.locator('.field', { has: page.getByTestId('checkpoint_config.interval') }).locator('.field-origin')).toHaveText('from default_runtime.py');

  await studio.typeInto('optimizer.lr', '0.01');
  await expect.poll(() => studio.codeText()).toContain('lr=0.01');
  await expect(wrapper).not.toHaveAttribute('data-inherited', 'true');
  await expect(wrapper.locator('.field-origin')).toHaveCount(0);

  await page.getByTestId('optimizer.lr.reset').click();
  await expect(studio.field('optimizer.lr')).toHaveValue('0.02');
  await expect(wrapper).toHaveAttribute('data-inherited', 'true');
  await expect(page.getByTestId('optimizer.lr.reset')).toHaveCount(0);
  await expect.poll(() => studio.codeText()).not.toContain('lr=0.01');
  expect(await studio.codeText()).not.toMatch(/\blr=/);

  await studio.select('language', 'zh');
  await expect(wrapper.locator('.field-origin')).toHaveText('来自 schedule_1x.py');
  await studio.typeInto('optimizer.lr', '0.04');
  await expect(page.getByTestId('optimizer.lr.reset')).toHaveText('恢复为继承值');
});
