/**
 * A phone-sized page: every page at 360 px (and one page of each route, the
 * largest, at 390 px), with phone emulation,
 * lays out within the device's width, and the header's links and search box
 * stay reachable with targets a finger can hit; every target meets WCAG 2.5.8,
 * verdicts keep their symbol and word together, and the timeline's years
 * stay readable.
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
/** WCAG 2.2's 2.5.8 minimum target size, in CSS pixels. */
const MIN_TARGET = 24;

/** How far the page reaches past `width`, and the first elements that do. */
const overflow = (page: Page, width: number) =>
  page.evaluate((device) => {
    const wider = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getBoundingClientRect().right > device + 0.5 && element.getClientRects().length > 0)
      .slice(0, 3)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { by: Math.max(0, document.documentElement.scrollWidth - device), wider };
  }, width);

/**
 * The targets of a page that fail WCAG 2.5.8: smaller than `size` in either
 * direction, not a link in a line of text (the SC's inline exception), and
 * with a circle of `size` centred on it that meets another target or the
 * circle of another small one (its spacing exception). A checkbox's target is
 * its label, which a tap on either toggles.
 */
function undersizedTargets(page: Page, size: number) {
  return page.evaluate((size) => {
    const shown = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
    const targets = [...document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary')]
      .filter((element) => shown(element) && element.closest('svg') === null)
      .map((element) => (element.matches('input') && element.closest('label')) || element)
      .filter((element, i, list) => list.indexOf(element) === i)
      .map((element) => ({ element, box: element.getBoundingClientRect() }));
    const inText = (element: Element) => {
      if (getComputedStyle(element).display !== 'inline') return false;
      let block = element.parentElement!;
      while (getComputedStyle(block).display === 'inline') block = block.parentElement!;
      return /\p{L}{2}/u.test((block.textContent ?? '').replace(element.textContent ?? '', ''));
    };
    const small = targets.filter(({ element, box }) => (box.width < size || box.height < size) && !inText(element));
    const centre = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    const found: string[] = [];
    for (const { element, box } of small) {
      const c = centre(box);
      const near = targets.find((other) => {
        if (other.element === element || other.element.contains(element) || element.contains(other.element)) return false;
        const b = other.box;
        const dx = Math.max(b.left - c.x, 0, c.x - b.right);
        const dy = Math.max(b.top - c.y, 0, c.y - b.bottom);
        if (Math.hypot(dx, dy) < size / 2) return true;
        const o = centre(b);
        return small.some((s) => s.element === other.element) && Math.hypot(c.x - o.x, c.y - o.y) < size;
      });
      if (near) {
        const name = (e: Element) => `${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim().slice(0, 30)}"`;
        found.push(`${name(element)} (${Math.round(box.width)}×${Math.round(box.height)} px) is too near ${name(near.element)}`);
      }
    }
    return found;
  }, size);
}

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

  test('verdicts keep their symbol and word on one line and are at least 24 px tall', async () => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of pages) {
      await page.goto(site.url(path));
      const verdicts = await page.$$eval('.verdict', (elements) =>
        elements
          .filter((element) => element.getClientRects().length > 0)
          .map((element) => ({
            text: element.textContent!.trim(),
            height: element.getBoundingClientRect().height,
            line: parseFloat(getComputedStyle(element).lineHeight),
          })),
      );
      for (const { text, height, line } of verdicts) {
        if (height >= 1.5 * line) found.push(`${path}: "${text}" wraps (${height} px for lines of ${line} px)`);
        else if (height < MIN_TARGET) found.push(`${path}: "${text}" is ${height} px tall`);
      }
    }
    expect(found).toEqual([]);
    await context.close();
  });

  test('every target is at least 24 × 24 px, or a link in a line of text, or 24 px clear of other targets (WCAG 2.5.8)', async () => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of pages) {
      await page.goto(site.url(path));
      for (const target of await undersizedTargets(page, MIN_TARGET)) found.push(`${path}: ${target}`);
    }
    expect(found).toEqual([]);
    await context.close();
  });

  test('the timeline\'s year labels are at least 12 px and do not touch', async () => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(site.url('/timeline/'));
    const labels = await page.$$eval('.time-axis text', (texts) =>
      (texts as SVGTextElement[]).map((text) => {
        const box = text.getBoundingClientRect();
        // The size it is drawn at: its font size through every scale of the drawing.
        const size = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(text.getScreenCTM()!.a, text.getScreenCTM()!.b);
        return { year: text.textContent, size, left: box.left, right: box.right };
      }),
    );
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) expect(label.size, label.year!).toBeGreaterThanOrEqual(12);
    for (const [before, after] of labels.slice(1).map((label, i) => [labels[i]!, label] as const)) {
      expect(after.left - before.right, `${before.year} and ${after.year}`).toBeGreaterThan(2);
    }
    for (const label of labels) expect(label.right, label.year!).toBeLessThanOrEqual(width);
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
    expect(targets.map((target) => target.name)).toEqual(['Dossier', 'q', 'Search', 'Articles', 'Claims', 'Actors', 'Narratives', 'Timeline', 'About']);
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
