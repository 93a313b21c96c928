import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture.ts';

const site = useBrowser(() => inject('distDir'));
const articlePath = '/articles/iran-bolivia-military-ties/';

describe('a reader', () => {
  test('follows an entity link to the actor page and back to the exact sentence', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1024, height: 700 } });
    await page.goto(site.url(articlePath));
    await page.locator('.prose').getByRole('link', { name: 'Edmundo Novillo' }).click();
    await page.waitForURL(site.url('/actors/edmundo-novillo/'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Edmundo Novillo');

    await page.locator(`.mentions a[href^="${articlePath}"]`).first().click();
    await page.waitForURL(site.url(`${articlePath}#mention-edmundo-novillo-1`));
    const target = page.locator('#mention-edmundo-novillo-1');
    expect(await target.evaluate((element) => element.matches(':target'))).toBe(true);
    expect(await target.isVisible()).toBe(true);
    const box = (await target.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(700);
    await page.close();
  });

  test("follows a link to a later mention: the page lands on it and marks the mention's words", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1024, height: 700 } });
    await page.goto(site.url('/actors/iran/'));
    const link = page.locator(`.mentions a[href^="${articlePath}#mention-iran-"]:not([href$="-1"])`).first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL(site.url(href));
    const mention = page.locator('.prose .mention', { has: page.locator(href.slice(href.indexOf('#'))) });
    // The mention that holds the target, not the empty target, is highlighted, and it is on screen.
    const painted = await mention.evaluate((element) => getComputedStyle(element).backgroundColor);
    const plain = await page.locator('.prose p').first().evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(painted).not.toBe(plain);
    expect((await mention.textContent())!.length).toBeGreaterThan(0);
    const box = (await mention.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(700);
    await page.close();
  });

  test('on a phone, reaches the claims of an actor named in many articles within two screens', async () => {
    const screen = { width: 390, height: 844 };
    const context = await site.browser.newContext({ viewport: screen, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(site.url('/actors/iran/'));
    const heading = page.getByRole('heading', { level: 2, name: 'Claims', exact: true });
    const top = await heading.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThan(2 * screen.height);
    await context.close();
  });
});
