/**
 * Every page of the real site, in the light theme, loads without an error, a
 * failed request or a CSP violation, and passes axe's WCAG 2.0–2.2 A and AA
 * rules and best practices. The dark theme changes colours, not templates:
 * it is checked the same way on one page of each route, the largest.
 *
 * Two browser tabs per theme take the pages in turn, each reused from page to
 * page: a tab's first page costs a new renderer and a first compile of axe,
 * which the next pages of the same site are spared.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, inject, test } from 'vitest';
import { runAxe } from '../support/axe.ts';
import { useBrowser } from '../support/browser-fixture.ts';
import { listPages, onePagePerRoute } from '../support/dist-files.ts';
import { type PageWatch, watchPage } from '../support/watch-page.ts';

const distDir = inject('distDir');
const pages = await listPages(distDir);
const site = useBrowser(() => distDir);

const passes = [
  { colorScheme: 'light', pages },
  { colorScheme: 'dark', pages: await onePagePerRoute(distDir, pages) },
] as const;

/** Browser tabs of one theme, lent to one test at a time. */
function tabs(colorScheme: 'light' | 'dark', size: number) {
  const idle: { page: Page; watch: PageWatch }[] = [];
  const waiting: ((tab: { page: Page; watch: PageWatch }) => void)[] = [];
  let opened = 0;
  let context: Awaited<ReturnType<typeof site.browser.newContext>> | undefined;
  afterAll(async () => context?.close());
  return {
    async borrow() {
      const tab = idle.pop();
      if (tab) return tab;
      if (opened === size) return new Promise<{ page: Page; watch: PageWatch }>((lend) => waiting.push(lend));
      opened++;
      context ??= await site.browser.newContext({ colorScheme });
      const page = await context.newPage();
      return { page, watch: await watchPage(page) };
    },
    async giveBack(tab: { page: Page; watch: PageWatch }) {
      // Leave the page before the next one, so that nothing it left running is counted against that one.
      await tab.page.goto('about:blank');
      tab.watch.problems.length = 0;
      const next = waiting.shift();
      if (next) next(tab);
      else idle.push(tab);
    },
  };
}

describe.concurrent.each(passes)('every page, $colorScheme theme', ({ colorScheme, pages }) => {
  const pool = tabs(colorScheme, 2);
  test.for(pages)('%s loads cleanly and has no accessibility violations', async (path, { expect }) => {
    const tab = await pool.borrow();
    try {
      await tab.page.goto(site.url(path), { waitUntil: 'load' });
      await tab.watch.collectCspViolations();
      expect(tab.watch.problems).toEqual([]);
      expect(await runAxe(tab.page)).toEqual([]);
    } finally {
      await pool.giveBack(tab);
    }
  });
});
