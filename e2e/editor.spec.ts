import { readFileSync } from 'node:fs';
import { loadExportedWithPython } from '../src/test/oracle/loadWithPython.ts';
import { expect, test } from './fixtures.ts';

test('a person edits lr, switches to CosineAnnealing, sets max_epochs, and the export loads in Python as shown', async ({ studio, page }) => {
  await studio.open();
  await studio.typeInto('optimizer.lr', '0.01');
  await studio.select('lr_config.policy', 'CosineAnnealing');
  await studio.typeInto('lr_config.min_lr_ratio', '1e-3');
  await studio.typeInto('runner.max_epochs', '24');

  await expect.poll(() => studio.codeText()).toContain("policy='CosineAnnealing'");
  const code = await studio.codeText();
  expect(code).toContain('lr=0.01');
  expect(code).toContain('min_lr_ratio=0.001');
  expect(code).toContain('max_epochs=24');
  expect(code).not.toMatch(/\bstep=/);

  await studio.typeInto('config-name', 'cosine_24e');
  const [download] = await Promise.all([page.waitForEvent('download'), studio.field('export-py').click()]);
  expect(download.suggestedFilename()).toBe('cosine_24e.py');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toBe(code);

  const [loaded] = loadExportedWithPython([text]);
  if (!loaded?.ok) throw new Error(`Python could not load the export: ${loaded?.error}`);
  const cfg = loaded.config as Record<string, Record<string, unknown>>;
  // What the forms show is what Python loads.
  expect(cfg.optimizer?.lr).toBe(Number(await studio.field('optimizer.lr').inputValue()));
  expect(cfg.lr_config?.policy).toBe(await studio.field('lr_config.policy').inputValue());
  expect(cfg.lr_config?.min_lr_ratio).toBe(Number(await studio.field('lr_config.min_lr_ratio').inputValue()));
  expect(cfg.runner?.max_epochs).toBe(Number(await studio.field('runner.max_epochs').inputValue()));
  expect(cfg.lr_config).not.toHaveProperty('step');
});

test('a value that is not a number shows a message at the field and the config keeps its last valid value', async ({ studio }) => {
  await studio.open();
  await studio.typeInto('optimizer.lr', '0.05');
  await expect.poll(() => studio.codeText()).toContain('lr=0.05');
  const before = await studio.codeText();
  await studio.typeInto('optimizer.lr', '0.0.1');
  await expect(studio.field('optimizer.lr.error')).toBeVisible();
  expect(await studio.codeText()).toBe(before);
  await studio.typeInto('lr_config.warmup_ratio', '1.5');
  await expect(studio.field('lr_config.warmup_ratio.error')).toBeVisible();
  expect(await studio.codeText()).toBe(before);
  await studio.typeInto('optimizer.lr', '1.0 / 100');
  await expect.poll(() => studio.codeText()).toContain('lr=0.01');
});
