import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture.ts';
import { listPages } from '../support/dist-files.ts';

const distDir = inject('hostileDistDir');
const pages = await listPages(distDir);
const site = useBrowser(() => distDir);

declare global {
  interface Window {
    __hostile?: string;
  }
}

describe('pages built from hostile content', () => {
  test.each(pages)('%s runs none of it, even when every link is clicked', async (path) => {
    const page = await site.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(site.url(path), { waitUntil: 'load' });
    // Hover and click every link the content produced; none may run script.
    for (const link of await page.locator('.prose a').all()) {
      // Sanitised links keep their text but lose their href; hidden ones cannot be used.
      if (!(await link.isVisible())) continue;
      await link.hover();
      await link.click();
      if (page.url() !== site.url(path)) await page.goto(site.url(path), { waitUntil: 'load' });
    }
    expect(await page.evaluate(() => window.__hostile)).toBeUndefined();
    // JSON-LD is data, not script; the site's own module comes from /_astro/. Nothing else may be there.
    const foreign = 'iframe, object, embed, script:not([type="application/ld+json"]):not([type="module"][src*="/_astro/"])';
    expect(await page.locator(foreign).count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
