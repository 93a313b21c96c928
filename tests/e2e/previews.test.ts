/**
 * Who is this, on hover and focus: previews of actor and event links, from
 * the build's `/previews.json`, with the mouse and the keyboard, dismissed by
 * Escape, and never opened by a tap (which follows the link).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { runAxe } from '../support/axe.ts';
import { useBrowser } from '../support/browser-fixture.ts';
import { watchPage } from '../support/watch-page.ts';

const distDir = inject('distDir');
const site = useBrowser(() => distDir);
const articlePath = '/articles/iran-bolivia-military-ties/';
const previews = JSON.parse(await readFile(join(distDir, 'previews.json'), 'utf8'));
const WIDE = { viewport: { width: 1280, height: 900 } } satisfies BrowserContextOptions;

const preview = (page: Page) => page.locator('#entity-preview');
const ashtiani = (page: Page) => page.locator('#mention-mohammad-reza-ashtiani-1');
const bolivian = (page: Page) => page.locator('#mention-bolivia-1');
const inJuly = (page: Page) => page.locator('#date-iran-bolivia-mou-1');

async function open(options: BrowserContextOptions) {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const watch = await watchPage(page);
  await page.goto(site.url(articlePath));
  return { context, page, watch };
}

/** The preview's lines, as a reader sees them. */
const lines = (page: Page) => preview(page).locator('p').allTextContents();

describe('previews of actor and event links', () => {
  test('an actor link shows the actor\'s name, kind and summary on hover, describes the link, and closes when the pointer leaves', async () => {
    const { context, page, watch } = await open(WIDE);
    await ashtiani(page).scrollIntoViewIfNeeded();
    await ashtiani(page).hover();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    const actor = previews.actors['mohammad-reza-ashtiani'];
    expect(await lines(page)).toEqual([actor.name, actor.kind, actor.summary]);
    expect(await ashtiani(page).getAttribute('aria-describedby')).toBe('entity-preview');
    expect(await preview(page).getAttribute('role')).toBe('tooltip');
    // The link's text is the name: the name line is not read twice.
    expect(await preview(page).locator('.preview-title').getAttribute('aria-hidden')).toBe('true');
    const [link, card] = await Promise.all([ashtiani(page).boundingBox(), preview(page).boundingBox()]);
    expect(card!.y).toBeGreaterThanOrEqual(link!.y + link!.height);
    expect(card!.y - (link!.y + link!.height)).toBeLessThan(20);

    // The pointer can move onto the preview without closing it, then away.
    await page.mouse.move(card!.x + 10, card!.y + card!.height / 2, { steps: 4 });
    await page.waitForTimeout(400);
    expect(await preview(page).isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    await expect.poll(() => preview(page).isVisible()).toBe(false);
    expect(await ashtiani(page).getAttribute('aria-describedby')).toBeNull();
    expect(watch.problems).toEqual([]);
    await context.close();
  });

  test('a link whose text is not the name ("Bolivian") gets a preview that says the name to screen readers too', async () => {
    const { context, page } = await open(WIDE);
    await bolivian(page).scrollIntoViewIfNeeded();
    await bolivian(page).hover();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    expect((await lines(page))[0]).toBe('Bolivia');
    expect(await preview(page).locator('.preview-title').getAttribute('aria-hidden')).toBeNull();
    await context.close();
  });

  test('a date link shows its event\'s date and title, hidden from screen readers since the link text says them', async () => {
    const { context, page } = await open(WIDE);
    await inJuly(page).scrollIntoViewIfNeeded();
    await inJuly(page).hover();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    const event = previews.events['iran-bolivia-mou'];
    expect(await lines(page)).toEqual([event.date, event.title]);
    expect(await preview(page).getAttribute('aria-hidden')).toBe('true');
    expect(await inJuly(page).getAttribute('aria-describedby')).toBeNull();
    // The link's own text carries the same date and title for screen readers.
    expect(await inJuly(page).textContent()).toContain(event.title);
    // The CSS-only tip of the page without JavaScript stays out of sight.
    expect(await inJuly(page).locator('.date-tip').evaluate((tip) => tip.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    await context.close();
  });

  test('keyboard focus shows the preview; Escape closes it and leaves focus on the link', async () => {
    const { context, page } = await open(WIDE);
    // Tab from the element before the link, so that focus is keyboard focus.
    await page.locator('#mention-iran-1').evaluate((element) => {
      element.scrollIntoView({ block: 'center' });
    });
    await page.locator('#mention-latin-america-1').focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mention-iran-1');
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    expect((await lines(page))[0]).toBe(previews.actors.iran.name);
    await page.keyboard.press('Escape');
    await expect.poll(() => preview(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mention-iran-1');
    // Tab on to the next link: its preview follows.
    await page.keyboard.press('Tab');
    await expect.poll(() => lines(page)).toEqual([
      previews.actors['latin-america'].name,
      previews.actors['latin-america'].kind,
      previews.actors['latin-america'].summary,
    ]);
    await context.close();
  });

  test('a tap on a touch screen follows the link and opens no preview', async () => {
    const { context, page } = await open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    let previewsRequested = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/previews.json')) previewsRequested++;
    });
    await ashtiani(page).scrollIntoViewIfNeeded();
    await ashtiani(page).tap();
    await page.waitForURL(site.url('/actors/mohammad-reza-ashtiani/'));
    expect(previewsRequested).toBe(0);
    await context.close();
  });

  test.each(['light', 'dark'] as const)('has no accessibility violations with a preview open (%s theme)', async (colorScheme) => {
    const { context, page } = await open({ ...WIDE, colorScheme });
    await ashtiani(page).scrollIntoViewIfNeeded();
    await ashtiani(page).hover();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  });
});
