import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture.ts';

const site = useBrowser(() => inject('distDir'));

describe('a reader', () => {
  // With JavaScript, a preview takes the tip's place (tests/e2e/previews.test.ts); without it, CSS shows the tip.
  test('without JavaScript, sees the full date and title of a date mention on focus and on hover', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    await page.goto(site.url('/articles/iran-bolivia-military-ties/'));
    const mention = page.locator('a.date-mention').first();
    const tip = mention.locator('.date-tip');
    expect((await tip.boundingBox())!.width).toBeLessThanOrEqual(1);

    await mention.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const shown = (await tip.boundingBox())!;
    expect(shown.width).toBeGreaterThan(100);
    expect(await tip.textContent()).toBe(' (20 July 2023: Iran and Bolivia sign a defence and security memorandum in Tehran)');

    await page.mouse.move(0, 0);
    await page.locator('h1').click();
    await mention.hover();
    expect((await tip.boundingBox())!.width).toBeGreaterThan(100);
    await page.close();
  });

  test('follows a date mention to its event page and on to the timeline', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/articles/iran-bolivia-military-ties/'));
    await page.locator('a.date-mention', { hasText: 'Last year' }).click();
    await page.waitForURL(site.url('/events/argentina-buys-israeli-loitering-munitions/'));
    await page.getByRole('link', { name: 'See it on the timeline' }).click();
    await page.waitForURL(site.url('/timeline/#argentina-buys-israeli-loitering-munitions'));
    expect(await page.locator('#argentina-buys-israeli-loitering-munitions').evaluate((e) => e.matches(':target'))).toBe(true);
    await page.close();
  });
});
