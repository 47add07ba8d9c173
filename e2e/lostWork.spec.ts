import lzString from 'lz-string';
import { expect, test } from './fixtures.ts';

/** A share link carrying `config` as it is, with no check on the way. */
function linkTo(config: Record<string, unknown>): string {
  return `/#c=${lzString.compressToEncodedURIComponent(JSON.stringify({ v: 1, n: 'hostile', c: config, b: '1x', e: 'inherit', d: 'mmcv1' }))}`;
}

for (const key of ['a b', 'text', '__x']) {
  test(`a share link whose config has the top-level key ${JSON.stringify(key)} is refused with a message, and reloads stay usable`, async ({ studio, page }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(linkTo({ [key]: 1 }));
    await expect(page.getByTestId('notice')).toContainText('cannot be Python names');
    await expect(studio.field('optimizer.lr')).toHaveValue('0.02');
    await page.reload();
    await expect(page.getByTestId('code-pane')).toBeVisible();
    await expect(studio.field('optimizer.lr')).toHaveValue('0.02');
    await expect(page.getByTestId('library')).not.toContainText('hostile');
    expect(pageErrors).toEqual([]);
  });
}

test('saved state holding a config no file can hold opens the others and sets that one aside', async ({ studio, page }) => {
  const entry = (id: string, name: string, config: unknown) => ({ id, name, config, scheduleBase: '1x', exportMode: 'inherit', dialect: 'mmcv1', updatedAt: 1 });
  const saved = { state: { version: 2, activeId: 'bad', configs: [entry('good', 'kept_one', { optimizer: { type: 'SGD', lr: 0.07 } }), entry('bad', 'bricking', { 'a b': 1 })], ui: { language: 'en', logScale: false, itersPerEpoch: 100 } }, version: 2 };
  await page.goto('/');
  await page.evaluate((text) => localStorage.setItem('mmcfg-studio', text), JSON.stringify(saved));
  await page.reload();
  await expect(studio.field('optimizer.lr')).toHaveValue('0.07');
  await expect(page.getByTestId('notice')).toContainText('set aside, not deleted');
  const aside = await page.evaluate(() => localStorage.getItem('mmcfg-studio:set-aside'));
  expect(JSON.parse(aside ?? '[]')[0].name).toBe('bricking');
  await page.reload();
  await expect(studio.field('optimizer.lr')).toHaveValue('0.07');
});

test('storage full while saving: a visible message, the edit is kept in the tab, saving resumes when there is room', async ({ studio, page }) => {
  await studio.open();
  await page.evaluate(() => {
    const w = window as unknown as { realSetItem: typeof Storage.prototype.setItem };
    w.realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await studio.typeInto('optimizer.lr', '0.04');
  await expect(page.getByTestId('notice')).toContainText('could not be saved');
  await expect(studio.field('optimizer.lr')).toHaveValue('0.04');
  const download = page.waitForEvent('download');
  await page.getByTestId('notice.download').click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  expect(JSON.parse(readFileSync(file, 'utf8')).state.configs[0].config.optimizer.lr).toBe(0.04);

  await page.evaluate(() => {
    Storage.prototype.setItem = (window as unknown as { realSetItem: typeof Storage.prototype.setItem }).realSetItem;
  });
  await studio.typeInto('runner.max_epochs', '24');
  await expect(page.getByTestId('notice')).toHaveCount(0);
  await page.reload();
  await expect(studio.field('optimizer.lr')).toHaveValue('0.04');
  await expect(studio.field('runner.max_epochs')).toHaveValue('24');
});

test('leaving while saving fails asks first', async ({ studio, page }) => {
  await studio.open();
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await studio.typeInto('optimizer.lr', '0.04');
  await expect(page.getByTestId('notice')).toBeVisible();
  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const d = await dialog;
  expect(d.type()).toBe('beforeunload');
  await d.dismiss();
});

test('two tabs: a config made in one is not erased by the other, one deleted does not come back', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByTestId('code-pane')).toBeVisible();
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByTestId('code-pane')).toBeVisible();

  await other.getByTestId('library.new').click();
  await other.getByTestId('config-name').fill('made_in_b');
  await expect(page.getByTestId('library')).toContainText('made_in_b');
  await page.getByTestId('optimizer.lr').fill('0.03');
  await page.getByTestId('optimizer.lr').blur();
  await page.reload();
  await expect(page.getByTestId('library')).toContainText('made_in_b');
  await expect(page.getByTestId('optimizer.lr')).toHaveValue('0.03');

  // The other tab opens my_config and sees the edit made here.
  await other.getByRole('button', { name: 'my_config', exact: true }).click();
  await expect(other.getByTestId('optimizer.lr')).toHaveValue('0.03');
  await page.getByRole('button', { name: 'Remove made_in_b' }).click();
  await expect(page.getByTestId('library')).not.toContainText('made_in_b');
  await expect(other.getByTestId('library')).not.toContainText('made_in_b');
  await other.getByTestId('runner.max_epochs').fill('20');
  await other.getByTestId('runner.max_epochs').blur();
  await other.reload();
  await expect(other.getByTestId('runner.max_epochs')).toHaveValue('20');
  await expect(other.getByTestId('optimizer.lr')).toHaveValue('0.03');
  await expect(other.getByTestId('library')).not.toContainText('made_in_b');
  await page.reload();
  await expect(page.getByTestId('library')).not.toContainText('made_in_b');
  await expect(page.getByTestId('runner.max_epochs')).toHaveValue('20');
});

test('text typed in the code pane just before a reload is not lost', async ({ studio, page }) => {
  await studio.open();
  await expect(page.locator('.monaco-editor')).toBeVisible();
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\nlog_level = "DEBUG"');
  // Well within the 150 ms the pane waits before reporting typing.
  await page.reload();
  await expect.poll(() => studio.codeText()).toContain('log_level = "DEBUG"');
  await expect(page.getByTestId('draft-banner')).toHaveCount(0);
});

test('an unparsed draft survives a reload as the draft', async ({ studio, page }) => {
  await studio.open();
  await expect(page.locator('.monaco-editor')).toBeVisible();
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\nlog_level = = 1');
  await expect(page.getByTestId('draft-banner')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('draft-banner')).toBeVisible();
  await expect.poll(() => studio.codeText()).toContain('log_level = = 1');
});
