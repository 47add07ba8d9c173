import { expect, test } from './fixtures.ts';

/** The headers `vite preview` must send; public/_headers states the same for static hosts. */
const expected = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

test('the preview server sends the security headers on the page and its assets', async ({ request }) => {
  const pageResponse = await request.get('/');
  expect(pageResponse.status()).toBe(200);
  const headers = pageResponse.headers();
  expect(headers).toMatchObject(expected);
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("object-src 'none'");
  const script = /<script type="module" crossorigin src="\.\/([^"]+\.js)"/.exec(await pageResponse.text())?.[1];
  expect(script).toBeTruthy();
  const asset = await request.get(`/${script}`);
  expect(asset.status()).toBe(200);
  expect(asset.headers()).toMatchObject({ ...expected, 'content-security-policy': csp });
});

test('the app, Monaco and its workers run under the policy with no violation', async ({ studio, page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await studio.open();
  await expect(page.locator('.monaco-editor').first()).toBeVisible();
  await studio.typeInto('optimizer.lr', '0.04');
  await expect.poll(() => studio.codeText()).toContain('lr=0.04');
  await expect(page.getByTestId('lr-chart')).toBeVisible();
  const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  expect(violations).toEqual([]);
});

test('another page cannot frame the app', async ({ page, baseURL }) => {
  await page.setContent(`<iframe id="app" src="${baseURL}/" width="800" height="600"></iframe>`);
  // Chromium replaces a frame refused by frame-ancestors / X-Frame-Options with its error page.
  await expect.poll(() => page.frames().find((f) => f !== page.mainFrame())?.url() ?? '').toMatch(/^chrome-error:/);
  await expect(page.frameLocator('#app').getByTestId('code-pane')).toHaveCount(0);
});
