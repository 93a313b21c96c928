/**
 * A phone-sized page: every page at 360 px (and one page of each route, the
 * largest, at 390 px), with phone emulation,
 * lays out within the device's width, and the header's links and search box
 * stay reachable with targets a finger can hit.
 *
 * A phone's browser widens its layout viewport to fit content wider than the
 * screen, so `innerWidth` would hide an overflow; the page's width is checked
 * against the device width set here instead.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture.ts';
import { listPages, onePagePerRoute } from '../support/dist-files.ts';

const distDir = inject('distDir');
const pages = await listPages(distDir);
const site = useBrowser(() => distDir);
/** The narrowest phone width takes every page; the second, the templates. */
const WIDTHS = [
  { width: 360, pages },
  { width: 390, pages: await onePagePerRoute(distDir, pages) },
] as const;
/** WCAG 2.5.5's target size, in CSS pixels. */
const TARGET = 44;

/** How far the page reaches past `width`, and the first elements that do. */
const overflow = (page: Page, width: number) =>
  page.evaluate((device) => {
    const wider = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getBoundingClientRect().right > device + 0.5 && element.getClientRects().length > 0)
      .slice(0, 3)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { by: Math.max(0, document.documentElement.scrollWidth - device), wider };
  }, width);

describe.each(WIDTHS)('at $width px on a phone', ({ width, pages }) => {
  test('no page scrolls sideways', async () => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of pages) {
      await page.goto(site.url(path));
      const { by, wider } = await overflow(page, width);
      if (by > 0) found.push(`${path} scrolls sideways by ${by} px (${wider.join(', ')})`);
    }
    expect(found).toEqual([]);
    await context.close();
  });

  test('the header keeps every link on screen, the search box usable, and its targets at least 44 px tall', async () => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(site.url('/articles/iran-bolivia-military-ties/'));
    const targets = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.site-header a, .site-header input, .site-header button')].map((element) => {
        const box = element.getBoundingClientRect();
        return { name: element.textContent?.trim() || element.getAttribute('name'), left: box.left, right: box.right, height: box.height, width: box.width };
      }),
    );
    expect(targets.map((target) => target.name)).toEqual(['Dossier', 'q', 'Search', 'Articles', 'Claims', 'Actors', 'Timeline', 'About']);
    for (const target of targets) {
      expect(target.left, target.name!).toBeGreaterThanOrEqual(0);
      expect(target.right, target.name!).toBeLessThanOrEqual(width);
      expect(target.height, target.name!).toBeGreaterThanOrEqual(TARGET);
    }
    expect(targets.find((target) => target.name === 'q')!.width).toBeGreaterThanOrEqual(200);

    // The search box takes a query and its suggestions stay on screen.
    await page.locator('#site-search').tap();
    await page.keyboard.type('Bol');
    await expect.poll(() => page.locator('.suggestions [role="option"]').count()).toBeGreaterThan(0);
    expect((await overflow(page, width)).by).toBe(0);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/(search|actors)\//);
    expect((await overflow(page, width)).by).toBe(0);
    await context.close();
  });
});

test('a phone in the smallest width supported, 320 px, lays out the article without sideways scrolling', async () => {
  const context = await site.browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  for (const path of ['/', '/articles/iran-bolivia-military-ties/', '/claims/', '/timeline/', '/about/', '/actors/tehran-times/']) {
    await page.goto(site.url(path));
    expect((await overflow(page, 320)).by, path).toBe(0);
  }
  await context.close();
});
