/** Printing an article: its text with claim marks and verdicts in words, then the claims in full, with no navigation or buttons. */
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture.ts';
import { readPdfPages } from '../support/pdf.ts';

const site = useBrowser(() => inject('distDir'));
const articlePath = '/articles/iran-bolivia-military-ties/';

describe('the print stylesheet', () => {
  test('prints the article, then every claim card with its full assessment and its sources\' addresses, and nothing to click', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url(articlePath));
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const shown = (selector: string) =>
        [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => element.getClientRects().length > 0).length;
      const article = document.querySelector('.article')!.getBoundingClientRect();
      const panel = document.querySelector('.claims-panel')!.getBoundingClientRect();
      const source = document.querySelector<HTMLAnchorElement>('.claim-card .sources a[href^="http"]')!;
      return {
        navigation: shown('.site-header nav, .site-search, .site-footer, .skip-link'),
        buttons: shown('button'),
        panelAfterText: panel.top >= article.bottom,
        cards: shown('.claim-card'),
        claims: document.querySelectorAll('.claim-card').length,
        sourcesShown: shown('.claim-card .sources li'),
        sources: document.querySelectorAll('.claim-card .sources li').length,
        address: getComputedStyle(source, '::after').content,
        href: source.href,
        verdictsInText: [...document.querySelectorAll('.article-body a.verdict')].map((verdict) => verdict.textContent).filter((text) => !text?.trim()).length,
        verdictShown: shown('.article-body a.verdict'),
      };
    });
    expect(printed).toMatchObject({ navigation: 0, buttons: 0, panelAfterText: true, verdictsInText: 0 });
    expect(printed.cards).toBe(printed.claims);
    expect(printed.sourcesShown).toBe(printed.sources);
    expect(printed.verdictShown).toBe(printed.claims);
    expect(printed.address).toBe(`" <${printed.href}>"`);
    await context.close();
  });

  test('prints on A4 and Letter with margins of at least 15 mm, and no page but the last less than half full', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url(articlePath));
    const MM = 72 / 25.4;
    for (const format of ['A4', 'Letter'] as const) {
      const pages = readPdfPages(await page.pdf({ format }));
      expect(pages.length, format).toBeGreaterThan(1);
      for (const [index, { width, height, text }] of pages.entries()) {
        const where = `${format}, page ${index + 1} of ${pages.length}`;
        const xs = text.map((origin) => origin.x);
        const ys = text.map((origin) => origin.y);
        // Where each run of text starts: none nearer than 15 mm to an edge (a run's last glyph may end nearer the right).
        expect(Math.min(...xs) / MM, where).toBeGreaterThanOrEqual(15);
        expect(Math.max(...xs) / MM, where).toBeLessThanOrEqual(width / MM - 15);
        // The first line's baseline lies a line below the top margin.
        expect(Math.min(...ys) / MM, where).toBeGreaterThanOrEqual(15);
        expect(Math.max(...ys) / MM, where).toBeLessThanOrEqual(height / MM - 15);
        // Text runs past the middle of every page but the last: no page is left half blank by a forced break.
        if (index < pages.length - 1) expect(Math.max(...ys), where).toBeGreaterThan(height / 2);
      }
    }
    await context.close();
  });
});
