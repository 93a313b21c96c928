import type { BrowserContext } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture.ts';

const site = useBrowser(() => inject('distDir'));
const hostile = useBrowser(() => inject('hostileDistDir'));
const articlePath = '/articles/iran-bolivia-military-ties/';

async function clipboardContext(browser: typeof site.browser, origin: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  return context;
}

describe('copy-link buttons', () => {
  test('copy the exact URL of a claim in the text, and say so in text and to screen readers', async () => {
    const context = await clipboardContext(site.browser, new URL(site.url('/')).origin);
    const page = await context.newPage();
    await page.goto(site.url(articlePath));
    const card = page.locator('#claim-card-amia-blame');
    const button = card.getByRole('button', { name: /^Copy link to the claim “Argentina's blame of Iran/ });
    await button.click();
    // The copy is asynchronous: wait for the button to say it is done.
    await expect.poll(() => card.locator('.copy-link-text').textContent()).toBe('Link copied');
    expect(await card.getByRole('status').textContent()).toBe(
      `Link copied to the clipboard: ${site.url(`${articlePath}#claim-amia-blame`)}`,
    );
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(site.url(`${articlePath}#claim-amia-blame`));
    await context.close();
  });

  test('copy the link of an event on the timeline, and of a claim page', async () => {
    const context = await clipboardContext(site.browser, new URL(site.url('/')).origin);
    const page = await context.newPage();
    await page.goto(site.url('/timeline/'));
    await page.locator('#amia-bombing').getByRole('button', { name: /^Copy link/ }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(site.url('/timeline/#amia-bombing'));

    await page.goto(site.url(`${articlePath}claims/first-israeli-drones/`));
    await page.getByRole('button', { name: /^Copy link to this claim's page/ }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(site.url(`${articlePath}claims/first-israeli-drones/`));
    await context.close();
  });

  test('copy the link of a heading in an article body', async () => {
    const context = await clipboardContext(hostile.browser, new URL(hostile.url('/')).origin);
    const page = await context.newPage();
    await page.goto(hostile.url('/articles/hostile-article/'));
    const heading = page.locator('.prose h2').first();
    await heading.getByRole('button', { name: /^Copy link to the section/ }).click();
    const id = await heading.getAttribute('id');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(hostile.url(`/articles/hostile-article/#${id}`));
    await context.close();
  });

  test('are absent without JavaScript, where the permalinks are plain links', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url(`${articlePath}claims/amia-blame/`));
    expect(await page.getByRole('button', { name: /Copy link/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'Permalink' }).click();
    await page.waitForURL(site.url(`${articlePath}claims/amia-blame/`));
    await context.close();
  });
});
