import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { SCREENSHOT_DIR, useBrowser } from '../support/browser-fixture.ts';

const site = useBrowser(() => inject('distDir'));
const articlePath = '/articles/iran-bolivia-military-ties/';
const headline = "Iran-Bolivia military ties: Concerns about the rise of Iran's …";

/** What has focus, and whether a focus ring is drawn around it. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return undefined;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      text: element.textContent?.trim() ?? '',
      href: element.getAttribute('href'),
      ring: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
      onScreen: box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0,
    };
  });
}

describe('a reader', () => {
  test('follows links from the home page to the article', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/'));
    await page.getByRole('link', { name: headline }).click();
    await page.waitForURL(site.url(articlePath));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(headline);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
    await page.waitForURL(site.url('/articles/'));
    await page.getByRole('link', { name: headline }).click();
    await page.waitForURL(site.url(articlePath));
    await page.close();
  });

  test('uses the skip link to move focus to the main content', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url(articlePath));
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip).toMatchObject({ text: 'Skip to content', ring: true, onScreen: true });
    await page.keyboard.press('Enter');
    expect((await focused(page))?.id).toBe('main');
    // The next Tab continues inside main, past the header's links.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.close();
  });

  test('reads from the home page to the original article by keyboard alone, always seeing the focus', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/'));
    const seen: string[] = [];
    for (let step = 0; step < 20; step++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      expect(now?.ring, `focus ring on ${now?.text}`).toBe(true);
      expect(now?.onScreen, `${now?.text} on screen`).toBe(true);
      seen.push(now?.text ?? '');
      if (now?.href === articlePath) break;
    }
    expect(seen.at(-1)).toBe(headline);
    await page.keyboard.press('Enter');
    await page.waitForURL(site.url(articlePath));

    for (let step = 0; step < 20; step++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      expect(now?.ring, `focus ring on ${now?.text}`).toBe(true);
      if (now?.text === 'Read the original at tehrantimes.com') return page.close();
    }
    throw new Error('The link to the original was never reached by Tab');
  });

  test('gets the dark theme when the browser prefers it', async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const background: Record<string, string> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme, viewport: { width: 1024, height: 900 } });
      const page = await context.newPage();
      await page.goto(site.url(articlePath));
      background[colorScheme] = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/article-${colorScheme}.png`, fullPage: true });
      await context.close();
    }
    expect(background).toEqual({ light: 'rgb(253, 252, 248)', dark: 'rgb(21, 23, 25)' });
  });
});
