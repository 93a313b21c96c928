/**
 * Without JavaScript, what the scripts show in place is a link away: a
 * verdict leads to the full card in the claims panel, a date's tip shows on
 * hover, actor links lead to their pages, and scorecards are the same tables.
 */
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture.ts';

const site = useBrowser(() => inject('distDir'));
const articlePath = '/articles/iran-bolivia-military-ties/';

describe('a reader without JavaScript', () => {
  test('follows a verdict to its full card, sees a date\'s event on hover, and reads the scorecard', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url(articlePath));
    const before = await page.evaluate(() => scrollY);
    const marker = page.locator('.article-body a.verdict[href="#claim-card-mou-drones"]');
    await marker.click();
    await page.waitForURL(/#claim-card-mou-drones$/);
    const card = page.locator('#claim-card-mou-drones');
    expect(await card.evaluate((element) => element.matches(':target'))).toBe(true);
    expect(await card.locator('h3').textContent()).toBe('Iran and Bolivia signed a defence MOU to deploy Iranian drones in Bolivia');
    expect(await card.locator('.prose p').first().isVisible()).toBe(true);
    expect(await card.getByText(/^Sources \(\d+\)$/).isVisible()).toBe(true);
    // The panel beside the text scrolled to the card; the card is in view.
    expect(await card.evaluate((element) => element.getBoundingClientRect().top < innerHeight)).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThanOrEqual(before);

    // A date link's tip, shown by CSS alone.
    const date = page.locator('#date-iran-bolivia-mou-1');
    await date.scrollIntoViewIfNeeded();
    await date.hover();
    const tip = date.locator('.date-tip');
    expect(await tip.evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThan(50);
    expect(await tip.textContent()).toContain('Iran and Bolivia sign a defence and security memorandum');
    expect(await page.locator('#entity-preview').count()).toBe(0);

    // The scorecard is there, with its links.
    expect(await page.locator('.claims-panel table.scorecard tbody tr').count()).toBe(6);
    await page.locator('#mention-mohammad-reza-ashtiani-1').click();
    await page.waitForURL(site.url('/actors/mohammad-reza-ashtiani/'));
    await context.close();
  });
});
