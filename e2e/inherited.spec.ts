import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** A leaf over a middle file over mmdet's built-in schedule and runtime, as a person drops the folder. */
function chainFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'mmcfg-e2e-chain-'));
  const dir = join(root, 'configs', 'frcnn');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'leaf.py'), "_base_ = ['./mid.py']\n# tuned by hand\noptimizer = dict(lr=0.01)\n");
  writeFileSync(join(dir, 'mid.py'), "_base_ = ['../_base_/schedules/schedule_1x.py', '../_base_/default_runtime.py']\nrunner = dict(max_epochs=24)\n");
  return join(root, 'configs');
}

test('an imported file: fields its own bases give are dimmed with the base that set them; reset takes the setting out of the file, per field and per section, undoably', async ({ studio, page }) => {
  await studio.open();
  await page.getByTestId('import-folder-input').setInputFiles(chainFolder());
  await expect(studio.field('optimizer.lr')).toHaveValue('0.01');
  const fieldOf = (id: string) => page.locator('.field', { has: page.getByTestId(id) });
  await expect(fieldOf('optimizer.momentum')).toHaveAttribute('data-inherited', 'true');
  await expect(fieldOf('optimizer.momentum').locator('.field-origin')).toHaveText('from schedule_1x.py');
  await expect(fieldOf('runner.max_epochs').locator('.field-origin')).toHaveText('from mid.py');
  await expect(fieldOf('optimizer.lr')).not.toHaveAttribute('data-inherited', 'true');

  await page.getByTestId('optimizer.lr.reset').click();
  await expect(studio.field('optimizer.lr')).toHaveValue('0.02');
  await expect(fieldOf('optimizer.lr').locator('.field-origin')).toHaveText('from schedule_1x.py');
  await expect.poll(() => studio.codeText()).toBe("_base_ = ['./mid.py']\n# tuned by hand\n");
  await page.getByTestId('undo').click();
  await expect(studio.field('optimizer.lr')).toHaveValue('0.01');
  await expect.poll(() => studio.codeText()).toContain('optimizer = dict(lr=0.01)');

  // A section: everything the file sets in it goes at once; with nothing left set the button is off.
  await studio.typeInto('optimizer.weight_decay', '0.05');
  const sectionReset = page.getByTestId('section.optimizer.reset');
  await expect(sectionReset).toBeEnabled();
  await expect(page.getByTestId('section.checkpoint_config.reset')).toBeDisabled();
  await sectionReset.click();
  await expect(studio.field('optimizer.lr')).toHaveValue('0.02');
  await expect(studio.field('optimizer.weight_decay')).toHaveValue('0.0001');
  await expect.poll(() => studio.codeText()).not.toContain('optimizer');
  await expect(sectionReset).toBeDisabled();
  await page.getByTestId('undo').click();
  await expect(studio.field('optimizer.weight_decay')).toHaveValue('0.05');
  await expect(studio.field('optimizer.lr')).toHaveValue('0.01');

  await studio.select('language', 'zh');
  await expect(fieldOf('runner.max_epochs').locator('.field-origin')).toHaveText('来自 mid.py');
  await expect(sectionReset).toHaveText('整节恢复为继承值');
  await expect(page.getByTestId('optimizer.lr.reset')).toHaveText('恢复为继承值');
});

test('a form config: the section reset puts the built-in base values back (both languages)', async ({ studio, page }) => {
  await studio.open();
  const sectionReset = page.getByTestId('section.optimizer.reset');
  await expect(sectionReset).toBeDisabled();
  await expect(sectionReset).toHaveText('reset section to inherited');
  await studio.typeInto('optimizer.lr', '0.01');
  await studio.typeInto('optimizer.momentum', '0.95');
  await sectionReset.click();
  await expect(studio.field('optimizer.lr')).toHaveValue('0.02');
  await expect(studio.field('optimizer.momentum')).toHaveValue('0.9');
  await expect.poll(() => studio.codeText()).not.toMatch(/\bmomentum=0\.95/);
  await expect(sectionReset).toBeDisabled();
  await studio.select('language', 'zh');
  await expect(sectionReset).toHaveText('整节恢复为继承值');
});
