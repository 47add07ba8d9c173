import { readFileSync } from 'node:fs';
import { loadExportedWithPython } from '../src/test/oracle/loadWithPython.ts';
import { expect, test } from './fixtures.ts';

// Screenshots for the "Done when" are written only when asked (DIAG_SHOTS=<folder>).
const shots = process.env.DIAG_SHOTS;

test('AdamW chosen in the forms exports a file whose optimizer has no momentum, and no error is shown', async ({ studio, page }) => {
  await studio.open();
  await studio.select('optimizer.type', 'AdamW');
  await expect.poll(() => studio.codeText()).toContain("type='AdamW'");
  const code = await studio.codeText();
  expect(code).not.toMatch(/momentum/);
  expect(code).toMatch(/optimizer = dict\(\s*_delete_=True/);
  const [download] = await Promise.all([page.waitForEvent('download'), studio.field('export-py').click()]);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toBe(code);
  // Python merges the file over MMDetection's own bases: SGD's momentum must not survive.
  const [loaded] = loadExportedWithPython([text]);
  if (!loaded?.ok) throw new Error(`Python could not load the export: ${loaded?.error}`);
  const optimizer = (loaded.config as Record<string, Record<string, unknown>>).optimizer;
  expect(optimizer?.type).toBe('AdamW');
  expect(optimizer).not.toHaveProperty('momentum');
  await expect(page.locator('[data-severity="error"]')).toHaveCount(0);
  await expect(page.getByTestId('problems-toggle')).not.toContainText('error');
});

test('a policy typo typed in the code pane is an error in the Problems list and at the field, with a fix, in both languages', async ({ studio, page }) => {
  await studio.open();
  await expect(page.getByTestId('problems-toggle')).toHaveText('No problems found');
  await expect(page.locator('.monaco-editor')).toBeVisible();
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  // insertText arrives as one input, so Monaco's auto-closing quotes and brackets stay out of it.
  await page.keyboard.insertText("\nlr_config = dict(policy='Cosine')\n");
  // Not a policy the form knows: the select shows "other".
  await expect(studio.field('lr_config.policy')).toHaveValue('__other__');

  const toggle = page.getByTestId('problems-toggle');
  await expect(toggle).toContainText(/\d+ errors?/);
  await toggle.click();
  const item = page.locator('[data-testid="problems-item"][data-rule="policy/unregistered"]');
  await expect(item).toHaveAttribute('data-severity', 'error');
  await expect(item).toContainText("Did you mean 'CosineAnnealing'?");
  const atField = page.locator('[data-testid="lr_config.policy.message"][data-rule="policy/unregistered"]');
  await expect(atField).toHaveAttribute('data-severity', 'error');
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible();

  // Clicking the item focuses the field and selects its line in the code pane.
  await item.click();
  await expect(studio.field('lr_config.policy')).toBeFocused();
  if (shots) await page.screenshot({ path: `${shots}/problems-en.png` });

  // The Monaco hover shows the rule's message, its id and the quick fix.
  const squiggle = page.locator('.monaco-editor .squiggly-error').first();
  // The squiggle is a decoration under the text layer: move the mouse onto it instead of hovering it.
  const hoverSquiggle = async () => {
    const box = await squiggle.boundingBox();
    if (!box) throw new Error('no squiggle');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  };
  await hoverSquiggle();
  const hover = page.locator('.monaco-hover').filter({ hasText: 'CosineAnnealing' });
  await expect(hover.first()).toBeVisible({ timeout: 10_000 });
  await expect(hover.first()).toContainText('policy/unregistered');
  if (shots) await page.screenshot({ path: `${shots}/hover-en.png` });
  await page.mouse.move(0, 0);

  await studio.select('language', 'zh');
  await expect(toggle).toContainText('个错误');
  if ((await page.getByTestId('problems-list').count()) === 0) await toggle.click();
  await expect(item).toContainText('是否想写');
  if (shots) await page.screenshot({ path: `${shots}/problems-zh.png` });
  await hoverSquiggle();
  await expect(page.locator('.monaco-hover').filter({ hasText: '是否想写' }).first()).toBeVisible({ timeout: 10_000 });
  if (shots) await page.screenshot({ path: `${shots}/hover-zh.png` });
  await page.mouse.move(0, 0);

  // The Fix button applies the did-you-mean (a store action: undo brings the typo back).
  await page.getByTestId('lr_config.policy.fix').first().click();
  await expect(studio.field('lr_config.policy')).toHaveValue('CosineAnnealing');
  await expect(page.locator('[data-rule="policy/unregistered"]')).toHaveCount(0);
  await expect.poll(() => studio.codeText()).toContain("policy='CosineAnnealing'");
});
