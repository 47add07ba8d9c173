import AxeBuilder from '@axe-core/playwright';
import { en } from '../src/ui/locales/en.ts';
import { zh } from '../src/ui/locales/zh.ts';
import { runtimeSections } from '../src/core/model/sections/index.ts';
import { expect, test } from './fixtures.ts';

/** Every English UI text that has a different Chinese version, split at interpolations. */
function englishTexts(): string[] {
  const pairs: [string, string][] = Object.keys(en).map((k) => [en[k as keyof typeof en], zh[k as keyof typeof en]]);
  for (const section of runtimeSections) {
    pairs.push([section.title.en, section.title.zh], [section.help.en, section.help.zh]);
    for (const f of section.fields) pairs.push([f.label.en, f.label.zh], [f.help.en, f.help.zh]);
  }
  // Proper names a Chinese text also uses (Nesterov, Runner) are not untranslated text.
  const allZh = pairs.map(([, z]) => z).join('\n');
  return pairs
    .filter(([e, z]) => e !== z)
    .flatMap(([e]) => e.split(/\{\{[^}]+\}\}/))
    .map((s) => s.trim())
    .filter((s) => /[a-z]{3}/i.test(s) && s.length >= 6 && !allZh.includes(s));
}

test('switching to 简体中文 translates every visible label of the main screen', async ({ studio, page }) => {
  await studio.open();
  await page.getByTestId('lr-chart').waitFor();
  await studio.select('language', 'zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const visible = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('code, .monaco-editor, .code-pane, option, script, style')) el.remove();
    return clone.innerText;
  });
  const left = englishTexts().filter((s) => visible.includes(s));
  expect(left).toEqual([]);
  // Beyond the known strings: no run of three English words anywhere (names of MMCV keys and
  // classes are single words or live in <code>).
  expect(visible.match(/\b[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}\b/g) ?? []).toEqual([]);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('no serious or critical accessibility violations (axe)', async ({ studio, page }) => {
  await studio.open();
  await page.getByTestId('lr-chart').waitFor();
  await page.locator('.monaco-editor').waitFor();
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
  expect(bad).toEqual([]);
});

test("the timeline's kept checkpoints match max_keep_ckpts", async ({ studio, page }) => {
  await studio.open();
  await page.getByTestId('iters-source').selectOption('direct');
  await page.getByTestId('iters-per-epoch').fill('100');
  await studio.typeInto('checkpoint_config.max_keep_ckpts', '3');
  const ticks = page.getByTestId('timeline-checkpoint');
  await expect(ticks).toHaveCount(12);
  await expect(page.locator('[data-testid="timeline-checkpoint"][data-kept="true"]')).toHaveCount(3);
  await expect(page.getByTestId('timeline-summary')).toContainText('3 kept');
  await expect(page.getByTestId('timeline-summary')).toContainText('epoch_10');
});

test('every control is reachable by keyboard with a visible focus ring', async ({ studio, page }) => {
  await studio.open();
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement?.tagName);
  expect(first).toBeTruthy();
  for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? getComputedStyle(el).outlineStyle : 'none';
  });
  expect(outline).not.toBe('none');
});
