/**
 * Search as a first-time reader meets it: snippets that are the text that
 * matched, one result and one count per thing found, the first result in
 * sight, a header box that helps with any word, and markup that validates
 * once the results are in.
 */
import { HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture.ts';

const site = useBrowser(() => inject('distDir'));

/** Queries a reader of the real site would type. */
const QUERIES = ['iran', 'drones', 'amia', 'novillo', 'bolivia', 'baselessly', 'memorandum', 'denial', 'tehran'];

/**
 * Words of the pages' own making, which a snippet never shows: bylines and
 * links of an article's header, its analysis, heading anchors' labels, the
 * verdict links and date tips in the text, a claim card's links.
 */
const CHROME = [
  'Permalink',
  'Read the original',
  'Copy link',
  'Link to the section',
  'Verdict on this claim',
  'Analysed ',
  'In brief',
  'The text as published',
  'Written by Dossier',
  'Show in the text',
  'Claim page',
  'Sources (',
];

/** Runs a search from the search page's URL and waits for the status line to count it. */
async function search(page: Page, query: string): Promise<void> {
  await page.goto(site.url(`/search/?q=${encodeURIComponent(query)}`));
  await expect.poll(() => page.locator('.search-status').textContent()).toMatch(new RegExp(`for “${query}”`));
}

/** The text of an article's body as its page shows it, without what the site adds to it (tips, verdict links, anchors). */
async function bodyText(page: Page, path: string): Promise<string> {
  const html = await (await fetch(site.url(path))).text();
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const body = doc.querySelector('.article-body');
    body?.querySelectorAll('.date-tip, .verdict, .heading-anchor').forEach((element) => element.remove());
    return body?.textContent ?? '';
  }, html);
}

/** Text as words alone: Pagefind ends a heading with a full stop, and quotes and dashes may differ. */
function words(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

describe('search results', () => {
  test("snippets are the article's text that matched, and claims are labelled with their verdicts", async () => {
    const page = await site.browser.newPage();
    const bodies = new Map<string, string>();
    const problems: string[] = [];
    for (const query of QUERIES) {
      await search(page, query);
      const articles = await page.locator('.search-result-article').evaluateAll((items) =>
        items.map((item) => ({
          url: item.querySelector<HTMLAnchorElement>('.search-title a')!.pathname,
          excerpt: item.querySelector('.search-excerpt')?.textContent ?? '',
        })),
      );
      for (const { url, excerpt } of articles) {
        for (const chrome of CHROME) if (excerpt.includes(chrome)) problems.push(`${query}: ${url} snippet shows “${chrome}”: ${excerpt}`);
        if (!bodies.has(url)) bodies.set(url, words(await bodyText(page, url)));
        // Pagefind marks a cut with "…"; every piece between is the article's own text.
        for (const piece of excerpt.split('…').map(words)) {
          if (piece !== '' && !bodies.get(url)!.includes(piece)) problems.push(`${query}: ${url} snippet is not its text: “${piece}”`);
        }
      }
      const claims = await page.locator('.search-result-claim').evaluateAll((items) =>
        items.map((item) => ({ kicker: item.querySelector('.search-kicker')?.textContent ?? '', verdicts: item.querySelectorAll('.search-kicker .verdict').length })),
      );
      for (const claim of claims) {
        if (!claim.kicker.startsWith('Claim') || claim.verdicts !== 1) problems.push(`${query}: a claim reads “${claim.kicker}”`);
      }
    }
    expect(problems).toEqual([]);
    expect(bodies.size).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  test('each actor, article, claim, event and narrative appears once, and the count says what is shown', async () => {
    const page = await site.browser.newPage();
    for (const query of QUERIES) {
      await search(page, query);
      const shown = await page.evaluate(() => {
        const visible = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => !element.closest('[hidden]'));
        const paths = (selector: string) => visible(selector).map((link) => new URL((link as HTMLAnchorElement).href).pathname);
        return {
          status: document.querySelector('.search-status')?.textContent ?? '',
          more: !document.querySelector<HTMLElement>('[data-more]')!.hidden,
          actors: [...paths('.search-actors a[data-result]'), ...paths('.search-result-actor > .search-title a')],
          articles: paths('.search-result-article > .search-title a'),
          claims: paths('.search-result-claim .search-title a'),
          events: paths('.search-result-event .search-title a'),
          narratives: paths('.search-result-narrative .search-title a'),
        };
      });
      for (const kind of ['actors', 'articles', 'claims', 'events', 'narratives'] as const) {
        expect(new Set(shown[kind]).size, `${query}: ${kind} ${shown[kind].join(' ')}`).toBe(shown[kind].length);
      }
      const counted = (['actor', 'article', 'claim', 'event', 'narrative'] as const).map((kind) => {
        const n = shown[`${kind}s`].length;
        return n === 0 ? undefined : `${n} ${kind}${n === 1 ? '' : 's'}`;
      });
      const parts = counted.filter((part) => part !== undefined);
      const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts.join('');
      expect(shown.status, query).toBe(shown.more ? `Showing ${list} for “${query}”; more below.` : `${list} for “${query}”.`);
    }
    await page.close();
  });

  test.each([
    [1280, 800],
    [390, 844],
  ])('at %i×%i the first result is in sight and the filters one click away', async (width, height) => {
    const page = await site.browser.newPage({ viewport: { width, height } });
    await search(page, 'iran');
    const first = await page.locator('#search a[data-result]').filter({ visible: true }).first().boundingBox();
    expect(first).not.toBeNull();
    expect(first!.y + first!.height).toBeLessThanOrEqual(height);
    const filters = page.locator('[data-filter-panel] > summary');
    expect(await filters.isVisible()).toBe(true);
    await filters.click();
    expect(await page.locator('input[name="rating"][value="False"]').isVisible()).toBe(true);
    // The placeholder fits its box, whatever the width.
    const fits = await page.locator('#search-input').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return context.measureText(input.placeholder).width <= room;
    });
    expect(fits).toBe(true);

    // A shared search with a filter on opens with the filters closed, saying what is on.
    await page.goto(site.url('/search/?q=iran&type=article'));
    await expect.poll(() => page.locator('[data-filter-panel] > summary').textContent()).toBe('Filters: 1 on');
    expect(await page.locator('[data-filter-panel]').getAttribute('open')).toBeNull();
    const firstArticle = await page.locator('.search-result-article a[data-result]').first().boundingBox();
    expect(firstArticle!.y + firstArticle!.height).toBeLessThanOrEqual(height);
    await page.close();
  });

  test('the search page validates with its results in, and the empty suggestion list takes no room', async () => {
    const page = await site.browser.newPage();
    await search(page, 'iran');
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // As for the built pages (tests/site/html-validate.test.ts).
        'long-title': 'off',
        'valid-id': ['error', { relaxed: true }],
        // The DOM writes every boolean attribute as `hidden=""`: how the page is read back, not how it is made.
        'attribute-empty-style': 'off',
        // The filters are checkbox groups, one name per group, as `?type=article&type=claim` needs.
        'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
        // An ARIA 1.2 combobox's popup is a listbox, which no native element provides.
        'prefer-native-element': ['error', { exclude: ['listbox'] }],
      },
    });
    const report = await validator.validateString(await page.content(), 'search.html');
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
    // Made when the page loads and empty until the reader types: no bar under the header's box.
    await page.locator('#site-search-suggestions').waitFor({ state: 'attached' });
    expect(await page.locator('#site-search-suggestions').boundingBox()).toBeNull();
    await page.close();
  });
});

describe('the header search box', () => {
  test('suggests articles and events by the words of their titles, then a search of everything', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/actors/'));
    const box = page.locator('#site-search');
    await box.pressSequentially('drones', { delay: 40 });
    const options = page.locator('#site-search-suggestions [role="option"]');
    await expect.poll(() => options.last().textContent()).toBe('Search everything for “drones”');

    await box.fill('');
    await box.pressSequentially('bolivia defence', { delay: 40 });
    await expect.poll(() => options.allTextContents()).toContain(
      'What is known about the 2023 Iran–Bolivia defence memorandum Article · Dossier · 28 November 2026',
    );
    await box.fill('');
    await box.pressSequentially('memorandum teh', { delay: 40 });
    await expect.poll(() => options.allTextContents()).toContain(
      'Iran and Bolivia sign a defence and security memorandum in Tehran Event · 20 July 2023',
    );
    await page.locator('[role="option"]', { hasText: 'Iran and Bolivia sign a defence' }).click();
    await page.waitForURL(/\/events\/iran-bolivia-mou\/$/);

    await page.locator('#site-search').pressSequentially('drones', { delay: 40 });
    await expect.poll(() => options.last().textContent()).toBe('Search everything for “drones”');
    await page.keyboard.press('ArrowUp');
    expect(await options.last().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=drones$/);
    await page.close();
  });
});
