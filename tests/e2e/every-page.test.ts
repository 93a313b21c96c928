import { describe, expect, inject, test } from 'vitest';
import { runAxe } from '../support/axe.ts';
import { useBrowser } from '../support/browser-fixture.ts';
import { listPages } from '../support/dist-files.ts';
import { watchPage } from '../support/watch-page.ts';

const distDir = inject('distDir');
const pages = await listPages(distDir);
const site = useBrowser(() => distDir);

describe.each(['light', 'dark'] as const)('every page, %s theme', (colorScheme) => {
  test.each(pages)('%s loads cleanly and has no accessibility violations', async (path) => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    const watch = await watchPage(page);
    await page.goto(site.url(path), { waitUntil: 'load' });
    await watch.collectCspViolations();
    expect(watch.problems).toEqual([]);
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  });
});
