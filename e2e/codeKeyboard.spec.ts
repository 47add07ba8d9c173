import { test, expect } from './fixtures.ts';

test('a syntax error is explained on hover and reached with F8', async ({ studio, page }) => {
  await studio.open();
  await expect(page.locator('.monaco-editor')).toBeVisible();
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\nx = = 1');
  const squiggle = page.locator('.monaco-editor .squiggly-error').first();
  await expect(squiggle).toBeVisible();
  // The squiggle lies under the text layer, so move the mouse over it as a person would.
  const box = await squiggle.boundingBox();
  if (!box) throw new Error('squiggle has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // The marker's own text, shown by Monaco's hover contribution.
  await expect(page.locator('.monaco-hover').filter({ hasText: /syntax/i }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('F8');
  await expect(page.locator('.marker-widget, .zone-widget .marker-widget').first()).toContainText(/syntax/i);
});

test('Esc then Tab leaves the code pane; Tab alone indents', async ({ studio, page }) => {
  await studio.open();
  await expect(page.getByTestId('code-keyboard-hint')).toBeVisible();
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Tab');
  const inEditor = () => page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null);
  expect(await inEditor()).toBe(true);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect(await inEditor()).toBe(false);
  await expect(page.locator(':focus')).toBeVisible();

  // Backwards too: Shift+Tab sends a Shift keydown first, which must not disarm the Escape.
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  expect(await inEditor()).toBe(false);
  await expect(page.getByTestId('share-link')).toBeFocused();
});
