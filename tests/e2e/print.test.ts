/** Printing an article: its text with claim marks and verdicts in words, then the claims in full, with no navigation or buttons. */
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture.ts';

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
});
