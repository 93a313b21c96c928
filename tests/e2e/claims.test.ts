import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture.ts';

const site = useBrowser(() => inject('distDir'));
const articlePath = '/articles/iran-bolivia-military-ties/';

describe('a reader', () => {
  test('opens a claim link from another page and lands with the claim in view and highlighted', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.url('/claims/rating/false/'));
    await page.locator(`.claim-list a[href="${articlePath}#claim-first-israeli-drones"]`).click();
    await page.waitForURL(site.url(`${articlePath}#claim-first-israeli-drones`));
    const mark = page.locator('#claim-first-israeli-drones');
    const box = (await mark.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    const outline = await mark.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe('solid');
    await page.close();
  });

  test('moves from a claim in the text to its card and back by keyboard', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.url(articlePath));
    const focusedHref = () => page.evaluate(() => document.activeElement?.getAttribute('href'));
    /** Presses Tab until the focused link goes to `href`; fails after `limit` presses. */
    const tabTo = async (href: string, limit = 120) => {
      for (let step = 0; step < limit; step++) {
        await page.keyboard.press('Tab');
        if ((await focusedHref()) === href) return;
      }
      throw new Error(`Tab never reached a link to ${href}`);
    };

    // In the text, the claim's verdict link follows its span.
    await tabTo('#claim-card-amia-blame');
    expect(await page.evaluate(() => document.activeElement?.previousElementSibling?.id)).toBe('claim-amia-blame');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Verdict on this claim: False');
    // Enter opens the claim's short card beside it; its "Full card" link leads to the card in the panel.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#claim-popover').isVisible()).toBe(true);
    await tabTo('#claim-card-amia-blame', 10);
    expect(await page.evaluate(() => document.activeElement?.closest('#claim-popover') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#claim-card-amia-blame$/);
    expect(await page.locator('#claim-card-amia-blame').evaluate((e) => e.matches(':target'))).toBe(true);
    expect(await page.locator('#claim-popover').isVisible()).toBe(false);

    // From the card, "Show in the text" leads back to the span, and focus continues from there.
    await tabTo('#claim-amia-blame', 10);
    expect(await page.evaluate(() => document.activeElement?.closest('.claim-card')?.id)).toBe('claim-card-amia-blame');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#claim-amia-blame$/);
    const mark = page.locator('#claim-amia-blame');
    expect(await mark.evaluate((e) => e.matches(':target'))).toBe(true);
    const box = (await mark.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(800);
    await page.keyboard.press('Tab');
    expect(await focusedHref()).toBe('#claim-card-amia-blame');
    await page.close();
  });
});
