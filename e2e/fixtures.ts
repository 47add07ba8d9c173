import { test as base, expect, type Page, type Locator } from '@playwright/test';

/** The studio as a person sees it: fields by their MMCV key path, the code pane, the export. */
export class StudioPage {
  readonly outsideRequests: string[] = [];
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/');
    await expect(this.page.getByTestId('code-pane')).toBeVisible();
  }

  field(path: string): Locator {
    return this.page.getByTestId(path);
  }

  /** Replaces a text field's content as a person would: select all, type. */
  async typeInto(path: string, text: string) {
    const f = this.field(path);
    await f.click();
    await f.press('ControlOrMeta+a');
    await f.pressSequentially(text);
    await f.blur();
  }

  async select(path: string, value: string) {
    await this.field(path).selectOption(value);
  }

  /** The generated Python as the code pane holds it. */
  async codeText(): Promise<string> {
    return (await this.page.getByTestId('code-pane').getAttribute('data-text')) ?? '';
  }
}

export const test = base.extend<{ studio: StudioPage }>({
  studio: async ({ page }, provide) => {
    const studio = new StudioPage(page);
    // The app must load everything from its own origin: record anything else.
    page.on('request', (req) => {
      const url = new URL(req.url());
      const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
      if (!local && !['data:', 'blob:'].includes(url.protocol)) studio.outsideRequests.push(req.url());
    });
    await provide(studio);
    expect(studio.outsideRequests, 'requests outside localhost').toEqual([]);
  },
});

export { expect };
