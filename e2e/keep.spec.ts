import { expect, test } from './fixtures.ts';

test('an edit survives a reload, and undo brings back the previous value', async ({ studio, page }) => {
  await studio.open();
  await studio.typeInto('optimizer.lr', '0.04');
  await expect.poll(() => studio.codeText()).toContain('lr=0.04');
  await page.reload();
  await expect(studio.field('optimizer.lr')).toHaveValue('0.04');
  await studio.typeInto('runner.max_epochs', '24');
  await expect(studio.field('runner.max_epochs')).toHaveValue('24');
  await page.getByTestId('undo').click();
  await expect(studio.field('runner.max_epochs')).toHaveValue('12');
  await expect(studio.field('optimizer.lr')).toHaveValue('0.04');
  await page.locator('body').press('ControlOrMeta+Shift+z');
  await expect(studio.field('runner.max_epochs')).toHaveValue('24');
});

test('named configs: new, switch, delete with undo', async ({ studio, page }) => {
  await studio.open();
  await studio.typeInto('config-name', 'first');
  await page.getByTestId('library.new').click();
  await expect(page.getByTestId('config-name')).toHaveValue('new_config');
  await studio.typeInto('optimizer.lr', '0.001');
  await page.getByRole('button', { name: 'first', exact: true }).click();
  await expect(studio.field('optimizer.lr')).toHaveValue('0.02');
  await page.getByRole('button', { name: 'Remove first' }).click();
  await expect(page.getByRole('button', { name: 'first', exact: true })).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(page.getByRole('button', { name: 'first', exact: true })).toHaveCount(1);
});

test('a share link opens the same config in a fresh browser; a mangled one shows a message and changes nothing', async ({ studio, page, browser }) => {
  await studio.open();
  await studio.typeInto('optimizer.lr', '0.015');
  await studio.select('lr_config.policy', 'CosineAnnealing');
  await expect.poll(() => studio.codeText()).toContain("policy='CosineAnnealing'");
  const code = await studio.codeText();
  await page.getByTestId('share-link').click();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toContain('#c=');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(other.getByTestId('optimizer.lr')).toHaveValue('0.015');
  expect(await other.getByTestId('code-pane').getAttribute('data-text')).toBe(code);
  await expect(other.getByTestId('library')).toContainText('my_config');

  // A fresh load (a hash-only change would not reload the page).
  await other.goto('about:blank');
  await other.goto(url.slice(0, url.length - 25));
  await expect(other.getByTestId('notice')).toBeVisible();
  await expect(other.getByTestId('optimizer.lr')).toHaveValue('0.015');
  await fresh.close();
});
