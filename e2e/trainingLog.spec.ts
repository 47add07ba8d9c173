import { join } from 'node:path';
import { testDataDir } from '../src/test/testData.ts';
import { expect, test } from './fixtures.ts';

const logs = join(testDataDir, 'training-logs');

test('a training log that followed the plan, then one from twice the GPUs, in both languages', async ({ studio, page }) => {
  await studio.open();
  await page.getByTestId('training-log-input').setInputFiles(join(logs, 'mmcv_1x_n600.log'));
  const verdict = page.getByTestId('training-log-verdict');
  await expect(verdict).toHaveAttribute('data-matched', 'true');
  await expect(verdict).toContainText('All 144 logged lr values follow the plan');
  await expect(page.getByTestId('training-log-iters')).toContainText('600 (read from the log)');
  await page.getByTestId('training-log-use-iters').click();
  await expect(page.getByTestId('iters-per-epoch')).toHaveValue('600');

  await page.getByTestId('training-log-input').setInputFiles(join(logs, 'mmcv_1x_n300_2x_lr.log.json'));
  await expect(verdict).toHaveAttribute('data-matched', 'false');
  await expect(page.getByTestId('training-log-cause')).toContainText('2× the plan: 2× the GPUs');
  await page.getByTestId('language').selectOption('zh');
  await expect(page.getByTestId('training-log-cause')).toContainText('计划的 2 倍');
});

test('copy the difference from the bases as --cfg-options, and apply a pasted train.py command', async ({ studio, page }) => {
  await studio.open();
  await studio.typeInto('optimizer.lr', '0.01');
  await page.getByTestId('copy-cfg-options').click();
  await expect(page.getByTestId('cfg-options-line')).toContainText('--cfg-options');
  await expect(page.getByTestId('cfg-options-line')).toContainText('optimizer.lr=0.01');

  await page.getByTestId('paste-train-command').fill("python tools/train.py configs/x.py --cfg-options optimizer.lr=0.005 'lr_config.step=[16,22]'");
  await page.getByTestId('apply-train-command').click();
  await expect(page.getByTestId('apply-train-command-result')).toContainText('Applied 2 option(s).');
  await expect(studio.field('optimizer.lr')).toHaveValue('0.005');
  await expect.poll(() => studio.codeText()).toContain('step=[16, 22]');
});
