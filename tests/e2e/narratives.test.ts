/**
 * Finding a narrative, on the fixture site whose narrative "Bolivia is arming
 * itself with foreign drones" is carried by claims in three articles: the
 * header's box suggests it as the reader types, the search page finds it (and
 * its type filter keeps it alone), and a link to it shows its preview.
 */
import { describe, expect, inject, test } from 'vitest';
import { runAxe } from '../support/axe.ts';
import { useBrowser } from '../support/browser-fixture.ts';
import { watchPage } from '../support/watch-page.ts';

const site = useBrowser(() => inject('correctionsDistDir'));
const TITLE = 'Bolivia is arming itself with foreign drones';

describe('a reader looking for a narrative', () => {
  test('sees it suggested by the header box as a narrative, and opens it with the arrow keys and Enter', async () => {
    const page = await site.browser.newPage();
    const watch = await watchPage(page);
    await page.goto(site.url('/actors/bolivia/'));
    const box = page.locator('#site-search');
    await box.pressSequentially('arming foreign', { delay: 40 });
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    const listbox = page.locator(`#${await box.getAttribute('aria-controls')}`);
    const options = listbox.locator('[role="option"]');
    expect(await options.first().locator('.suggestion-name').textContent()).toBe(TITLE);
    expect(await options.first().locator('.suggestion-kind').textContent()).toBe(' Narrative · first seen July 2023');
    expect(await runAxe(page)).toEqual([]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/narratives\/bolivia-drones\/$/);
    expect(await page.locator('h1').textContent()).toBe(TITLE);
    await watch.collectCspViolations();
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  test('finds it on the search page as a narrative, alone with the type filter "Narrative"', async () => {
    const page = await site.browser.newPage();
    const watch = await watchPage(page);
    await page.goto(site.url('/search/?q=arming'));
    const result = page.locator('.search-result-narrative');
    await expect.poll(() => result.count()).toBe(1);
    expect(await result.locator('.search-kicker').textContent()).toBe('Narrative · first seen July 2023');
    expect(await result.locator('a[data-result]').textContent()).toBe(TITLE);
    expect(await result.locator('a[data-result]').getAttribute('href')).toMatch(/^\/narratives\/bolivia-drones\/\?highlight=arming$/);
    await expect.poll(() => page.locator('.search-status').textContent()).toBe('1 narrative for “arming”.');

    // "drones" is in articles too; the filter leaves only the narrative.
    await page.goto(site.url('/search/?q=drones&type=narrative'));
    await expect.poll(() => page.locator('.search-status').textContent()).toBe('1 narrative for “drones”.');
    expect(await page.locator('.search-results a[data-result]').allTextContents()).toEqual([TITLE]);
    expect(await page.locator('input[name="type"][value="Narrative"]').isChecked()).toBe(true);
    await watch.collectCspViolations();
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  test('a link to it shows its title, first sighting and summary on hover, describing the link', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.url('/articles/drones-arrive/'));
    const link = page.locator('section.narrative-links a[data-narrative]');
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    const preview = page.locator('#entity-preview');
    await expect.poll(() => preview.evaluate((element) => element.matches(':popover-open'))).toBe(true);
    expect(await preview.locator('p').allTextContents()).toEqual([TITLE, 'Narrative · first seen July 2023', 'Bolivia is buying drones abroad and has begun to receive them.']);
    expect(await link.getAttribute('aria-describedby')).toBe('entity-preview');
    await page.close();
  });
});
