import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfigsWithPython } from '../src/test/oracle/loadWithPython.ts';
import { testDataDir } from '../src/test/testData.ts';
import { expect, test } from './fixtures.ts';

const v2 = join(testDataDir, 'fixtures/mmdet/v2/configs');

/** A folder as a person would drop it: the DETR leaf and the bases it names. */
function detrFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'mmcfg-e2e-'));
  const configs = join(root, 'configs');
  mkdirSync(join(configs, 'detr'), { recursive: true });
  cpSync(join(v2, 'detr/detr_r50_8x2_150e_coco.py'), join(configs, 'detr/detr_r50_8x2_150e_coco.py'));
  cpSync(join(v2, '_base_'), join(configs, '_base_'), { recursive: true });
  return configs;
}

test('import a real config with its bases, edit one field, export: Python loads it with only that value changed', async ({ studio, page }) => {
  await studio.open();
  const folder = detrFolder();
  await page.getByTestId('import-folder-input').setInputFiles(folder);
  await expect(studio.field('optimizer.type')).toHaveValue('AdamW');
  await expect(studio.field('runner.max_epochs')).toHaveValue('150');
  const original = readFileSync(join(folder, 'detr/detr_r50_8x2_150e_coco.py'), 'utf8');
  await expect.poll(() => studio.codeText()).toBe(original);

  await studio.typeInto('optimizer.lr', '2e-4');
  await expect.poll(() => studio.codeText()).toContain('lr=0.0002');
  const [download] = await Promise.all([page.waitForEvent('download'), studio.field('export-py').click()]);
  const exported = readFileSync(await download.path(), 'utf8');

  const before = original.split('\n');
  const after = exported.split('\n');
  expect(after.length).toBe(before.length);
  const changed = after.flatMap((line, i) => (line === before[i] ? [] : [line]));
  expect(changed).toHaveLength(1);
  expect(changed[0]).toMatch(/lr=0\.0002/);

  const edited = join(folder, 'detr/edited.py');
  writeFileSync(edited, exported);
  const [a, b] = loadConfigsWithPython([join(folder, 'detr/detr_r50_8x2_150e_coco.py'), edited]);
  if (!a?.ok || !b?.ok) throw new Error('Python could not load the files');
  const optA = a.config.optimizer as Record<string, unknown>;
  const optB = b.config.optimizer as Record<string, unknown>;
  expect(optB.lr).toBe(0.0002);
  expect({ ...b.config, optimizer: { ...optB, lr: optA.lr } }).toEqual(a.config);
});

test('typing invalid Python keeps the last good config, marks the error, and valid text updates the forms', async ({ studio, page }) => {
  await studio.open();
  await expect(page.locator('.monaco-editor')).toBeVisible();
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  // The closing bracket is typed too: Monaco may or may not have closed it itself (on a busy
  // machine its suggestion list can take the keystroke), the line reads the same either way.
  // Escape closes a suggestion list that `dict` may have opened. The doubled comma is the mistake.
  await page.keyboard.type('\noptimizer = dict');
  await page.keyboard.press('Escape');
  await page.keyboard.type('(lr=0.5,,)');
  await expect(page.getByTestId('draft-banner')).toBeVisible();
  await expect.poll(() => studio.codeText()).toContain('\noptimizer = dict(lr=0.5,,)');
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible();
  await expect(studio.field('optimizer.lr')).toHaveValue('0.02');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('draft-banner')).toHaveCount(0);
  await expect(studio.field('optimizer.lr')).toHaveValue('0.5');
});

test('importing a file without its _base_ names the missing base and how to add it, and keeps the open config', async ({ studio, page }) => {
  await studio.open();
  await page.getByTestId('import-input').setInputFiles({ name: 'leaf.py', mimeType: 'text/x-python', buffer: Buffer.from("_base_ = ['./my_schedule.py']\noptimizer = dict(lr=0.01)\n") });
  const problems = page.getByTestId('import-problems');
  await expect(problems).toContainText("FileNotFoundError: base config './my_schedule.py' was not given");
  await expect(problems).toContainText(':1:');
  await expect(page.getByTestId('import-missing-bases')).toBeVisible();
  await expect(studio.field('optimizer.lr')).toHaveValue('0.02');
});
