import { readFile, readdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { parseMarkdownFile } from '#lib/check/frontmatter.ts';
import { ActorSchema } from '#lib/content/schema/index.ts';
import { SEARCH_RANKING } from '#lib/publish/search-ranking.ts';
import { runAxe } from '../support/axe.ts';
import { useBrowser } from '../support/browser-fixture.ts';
import { watchPage } from '../support/watch-page.ts';

const site = useBrowser(() => inject('distDir'));

/** Every actor of the site with all its names, read from the content files. */
async function actorNames(): Promise<{ id: string; names: string[] }[]> {
  const names: { id: string; names: string[] }[] = [];
  for (const file of (await readdir('content/actors')).sort()) {
    const parsed = parseMarkdownFile(await readFile(`content/actors/${file}`, 'utf8'), file);
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    const actor = ActorSchema.parse(parsed.value.data);
    names.push({ id: file.replace(/\.md$/, ''), names: [actor.name, ...actor.aliases] });
  }
  return names;
}

/**
 * Runs `body` in the page as an async function with `pagefind` (the built
 * pagefind.js, ranked as the search page ranks) and `args` in scope. It is
 * passed as text: the browser, not the test runner, must do the import. Use
 * a page without the search UI, which sets options of its own on the same
 * module.
 */
async function withPagefind<T>(page: Page, body: string, args: unknown): Promise<T> {
  return page.evaluate(`(async (args) => {
    const pagefind = await import(document.documentElement.dataset.pagefind + 'pagefind.js');
    await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
    ${body}
  })(${JSON.stringify(args)})`) as Promise<T>;
}

/** The URLs of the first three results of each query. */
function topResults(page: Page, queries: string[]): Promise<Record<string, string[]>> {
  return withPagefind(
    page,
    `const out = {};
    for (const query of args) {
      const search = await pagefind.search(query);
      const data = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
      out[query] = data.map((d) => d.url);
    }
    return out;`,
    queries,
  );
}

describe('the search index', () => {
  test('ranks each actor page first for every name and alias of the actor', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/'));
    const actors = await actorNames();
    expect(actors.length).toBeGreaterThanOrEqual(15);
    const found = await topResults(page, actors.flatMap((actor) => actor.names));
    const wrong = actors.flatMap(({ id, names }) =>
      names.filter((name) => found[name]?.[0] !== `/actors/${id}/`).map((name) => `${name} → ${found[name]?.[0]} (expected /actors/${id}/)`),
    );
    expect(wrong).toEqual([]);
    await page.close();
  });

  test('finds claims inside their article, as sub-results of their cards, not of their marks in the text', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/'));
    const subs = await withPagefind<{ url: string; title: string }[]>(
      page,
      `const search = await pagefind.search(args);
      const all = await Promise.all(search.results.map((r) => r.data()));
      return all.flatMap((d) => d.sub_results.map((s) => ({ url: s.url, title: s.title })));`,
      'baselessly',
    );
    expect(subs).toContainEqual({
      url: '/articles/iran-bolivia-military-ties/#claim-card-amia-blame-title',
      title: "Argentina's blame of Iran for the AMIA bombing is baseless — verdict: False",
    });
    expect(subs.filter((sub) => /#claim-(?!card-)/.test(sub.url))).toEqual([]);
    await page.close();
  });
});

/** The texts of the result links shown (actors matched by name first, then the full-text results). */
async function results(page: Page): Promise<string[]> {
  // The status line counts the results once the full-text ones are in.
  await page.locator('.search-status:not(:empty)').waitFor();
  return page.locator('#search a[data-result]').filter({ visible: true }).allTextContents();
}

/** The kicker of each top-level result shown ("Actor · Person", "Article · Tehran Times · 2023"). */
function kinds(page: Page): Promise<string[]> {
  return page.locator('.search-results > li > .search-kicker').filter({ visible: true }).allTextContents();
}

/** Opens the filters, which are closed so that the first results are in sight. */
async function openFilters(page: Page): Promise<void> {
  const panel = page.locator('[data-filter-panel]');
  if ((await panel.getAttribute('open')) === null) await panel.locator('summary').first().click();
}

/** Types `text` key by key, as a reader does. */
async function typeSlowly(page: Page, text: string): Promise<void> {
  await page.locator('#search-input').pressSequentially(text, { delay: 40 });
}

describe('a reader searching', () => {
  test('finds the index loading as the page opens, before typing, the focus left alone and no filter index loaded', async () => {
    const page = await site.browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const wasm = page.waitForResponse((response) => /\/pagefind\/wasm\.en\.pagefind$/.test(response.url()));
    await page.goto(site.url('/search/'));
    expect((await wasm).status()).toBe(200);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await typeSlowly(page, 'Iran');
    await results(page);
    expect(fetched.filter((path) => path.includes('/pagefind/filter/'))).toEqual([]);
    expect(fetched.some((path) => path.includes('pagefind-ui'))).toBe(false);
    await page.close();
  });

  test('types a query, sees an article with its matching claim and verdict, and lands on the claim page highlighted', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1200, height: 900 } });
    const watch = await watchPage(page);
    await page.goto(site.url('/search/'));
    await typeSlowly(page, 'baselessly');
    await expect.poll(() => page.locator('.search-status').textContent()).toMatch(/^\d+ articles?\b.*\b\d+ claims?\b.* for “baselessly”\.$/);
    const article = page.locator('.search-result-article', { hasText: 'Iran-Bolivia military ties' });
    const claim = article.locator('.search-claims .search-result-claim', { hasText: "Argentina's blame of Iran for the AMIA bombing is baseless" });
    expect(await claim.locator('a[data-result]').textContent()).toBe("Argentina's blame of Iran for the AMIA bombing is baseless");
    expect(await claim.locator('.verdict').textContent()).toBe('False');
    expect(await claim.locator('.verdict').getAttribute('data-rating')).toBe('false');

    await claim.locator('a[data-result]').click();
    await page.waitForURL(/\/articles\/iran-bolivia-military-ties\/claims\/amia-blame\/\?highlight=baselessly$/);
    await page.locator('main mark.pagefind-highlight').first().waitFor();
    expect(await page.locator('mark.pagefind-highlight').first().textContent()).toBe('baselessly');
    expect(await page.locator('header mark.pagefind-highlight, footer mark.pagefind-highlight').count()).toBe(0);
    await watch.collectCspViolations();
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  test('suggests actors by the start of any name, without accents, above the full-text results', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/search/'));
    const actors = page.locator('.search-actors a');
    for (const [typed, name] of [
      ['novil', 'Edmundo Novillo'],
      ['fernandez de kirchner', 'Cristina Fernández de Kirchner'],
      ['AMIA', 'Asociación Mutual Israelita Argentina'],
    ] as const) {
      await page.locator('#search-input').fill('');
      await typeSlowly(page, typed);
      await expect.poll(() => actors.first().textContent()).toBe(name);
    }
    // The actors come before the results in the page, so that they are met first.
    const order = await page.evaluate(() => {
      const actors = document.querySelector('.search-actors');
      const list = document.querySelector('.search-results');
      return actors && list ? actors.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    await page.close();
  });

  test('opens a shared search URL and sees the same results, filter applied, and Back restores the previous search', async () => {
    const page = await site.browser.newPage();
    const watch = await watchPage(page);
    await page.goto(site.url('/search/?q=Novillo&type=actor'));
    await expect.poll(() => results(page)).toEqual(['Edmundo Novillo', 'Mohammad Reza Ashtiani']);
    expect(await page.locator('#search-input').inputValue()).toBe('Novillo');
    expect(await page.locator('input[name="type"][value="Actor"]').isChecked()).toBe(true);

    await page.locator('#search-input').fill('Ashtiani');
    await page.waitForURL(/q=Ashtiani/);
    await expect.poll(async () => (await results(page))[0]).toBe('Mohammad Reza Ashtiani');
    await page.goBack();
    await page.waitForURL(/q=Novillo/);
    await expect.poll(async () => (await results(page))[0]).toBe('Edmundo Novillo');
    expect(await page.locator('#search-input').inputValue()).toBe('Novillo');
    await watch.collectCspViolations();
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  test("lists, with no words typed, every article that names an actor: the link of an actor's page", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(site.url(`/search/?${new URLSearchParams([['type', 'article'], ['actor', 'Edmundo Novillo']])}`));
    await expect.poll(() => results(page)).toContain("Iran-Bolivia military ties: Concerns about the rise of Iran's …");
    expect(new Set((await kinds(page)).map((kind) => kind.split(/\s/)[0]))).toEqual(new Set(['Article']));
    expect(await page.locator('#search-input').inputValue()).toBe('');
    expect(await page.locator('input[name="actor"][value="Edmundo Novillo"]').isChecked()).toBe(true);
    await page.close();
  });

  test('finds for "AMIA" the actor first, then articles, and narrows them to articles or to claims', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(site.url('/search/?q=AMIA'));
    await expect.poll(() => results(page)).toContain('The AMIA bombing and the case against Iran');
    expect((await results(page))[0]).toBe('Asociación Mutual Israelita Argentina');
    // Once: among the names, not again among the full-text results.
    expect((await results(page)).filter((title) => title === 'Asociación Mutual Israelita Argentina')).toHaveLength(1);
    expect((await kinds(page)).some((kind) => kind.startsWith('Article · '))).toBe(true);

    await openFilters(page);
    await page.locator('input[name="type"][value="Article"]').check();
    await page.waitForURL(/type=article/);
    await expect.poll(async () => new Set((await kinds(page)).map((kind) => kind.split(/\s/)[0]))).toEqual(new Set(['Article']));
    expect((await page.locator('.search-results > li > .search-title a').allTextContents()).sort()).toEqual(
      [
        "Iran-Bolivia military ties: Concerns about the rise of Iran's …",
        'The AMIA bombing and the case against Iran',
        'What is known about the 2023 Iran–Bolivia defence memorandum',
      ].sort(),
    );

    await page.locator('input[name="type"][value="Article"]').uncheck();
    await page.locator('input[name="type"][value="Claim"]').check();
    await page.waitForURL(/type=claim/);
    await expect.poll(async () => new Set((await kinds(page)).map((kind) => kind.split(/\s/)[0]))).toEqual(new Set(['Claim']));
    expect(await page.locator('.search-results a[data-result]').allTextContents()).toContain(
      "Argentina's blame of Iran for the AMIA bombing is baseless",
    );
    await page.close();
  });

  test('picks a verdict and sees the articles with such a claim, only those claims, and what the filter means', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1200, height: 900 } });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(site.url('/search/?q=Iran'));
    await results(page);
    expect(fetched.filter((path) => path.includes('/pagefind/filter/'))).toEqual([]);
    expect(await page.locator('[data-rating-note]').isVisible()).toBe(false);

    await openFilters(page);
    await page.locator('input[name="rating"][value="Disputed"]').check();
    await page.waitForURL(/rating=disputed/);
    expect(await page.locator('[data-rating-note]').isVisible()).toBe(true);
    await expect.poll(async () => new Set((await kinds(page)).map((kind) => kind.split(/\s/)[0]))).toEqual(new Set(['Article']));
    const verdicts = await page.locator('.search-claims .verdict').allTextContents();
    expect(verdicts.length).toBeGreaterThan(0);
    expect(new Set(verdicts)).toEqual(new Set(['Disputed']));
    expect(fetched.some((path) => path.includes('/pagefind/filter/'))).toBe(true);
    await page.close();
  });

  test('moves through the results with the arrow keys, shows more on request and returns to the box with Escape', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/search/'));
    await typeSlowly(page, 'Iran');
    // On a busy machine the keys may come far enough apart for "Ira" to be searched first: wait for "Iran".
    await expect.poll(() => page.locator('.search-status').textContent()).toMatch(/^Showing .* for “Iran”; more below\.$/);
    await expect.poll(() => page.locator('.search-results > li').count()).toBe(5);
    expect(await page.locator('[data-more]').isVisible()).toBe(true);
    /** Which of the result links shown has the focus, in page order (-1 for none). */
    const focused = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('#search a[data-result]')].filter((link) => !link.closest('[hidden]')).indexOf(document.activeElement as Element),
      );
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(0);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(1);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');

    await page.locator('[data-more]').click();
    await expect.poll(() => page.locator('.search-results > li').count()).toBeGreaterThan(5);
    // The first of the new results takes the focus, so that a keyboard reader goes on from there.
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('.search-results > li')[5])).toBe(true);
    await page.close();
  });

  test('the search page passes axe with results and filters shown', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(site.url('/search/?q=AMIA&rating=disputed'));
    await results(page);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });
});

describe('the header search box', () => {
  test('suggests actors as the reader types, chosen with the arrow keys and opened with Enter', async () => {
    const page = await site.browser.newPage();
    const watch = await watchPage(page);
    await page.goto(site.url('/timeline/'));
    const box = page.locator('#site-search');
    expect(await box.getAttribute('role')).toBe('combobox');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.pressSequentially('novil', { delay: 40 });
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    const listbox = page.locator(`#${await box.getAttribute('aria-controls')}`);
    expect(await listbox.getAttribute('role')).toBe('listbox');
    // The actor first; then titles that hold the word, and the search of everything.
    expect((await listbox.locator('[role="option"] .suggestion-name').allTextContents())[0]).toBe('Edmundo Novillo');
    expect(await runAxe(page)).toEqual([]);

    await page.keyboard.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/actors\/edmundo-novillo\/$/);
    await watch.collectCspViolations();
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  test('closes the suggestions with Escape, clears with a second, and searches on Enter with none chosen', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/'));
    const box = page.locator('#site-search');
    await box.pressSequentially('AMIA', { delay: 40 });
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.inputValue()).toBe('AMIA');
    await page.keyboard.press('Escape');
    expect(await box.inputValue()).toBe('');

    await box.pressSequentially('AMIA', { delay: 40 });
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=AMIA$/);
    expect((await results(page))[0]).toBe('Asociación Mutual Israelita Argentina');
    await page.close();
  });

  test('a click on a suggestion opens the actor', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/'));
    await page.locator('#site-search').pressSequentially('kirchner', { delay: 40 });
    await page.locator('[role="option"]', { has: page.locator('.suggestion-name', { hasText: /^Cristina Fernández de Kirchner$/ }) }).click();
    await page.waitForURL(/\/actors\/cristina-fernandez-de-kirchner\/$/);
    await page.close();
  });

  test('is focused from any page by keyboard shortcut', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/actors/'));
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('Washington');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Washington$/);
    await page.close();
  });

  test('works without JavaScript, and the search page says what to do instead', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/'));
    await page.locator('#site-search').fill('Washington');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/search\/\?q=Washington$/);
    const notice = page.locator('main .notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.locator('a').allTextContents()).toEqual(['the actors', 'the claims', 'the timeline']);
    await context.close();
  });
});

describe('searching hostile content', () => {
  const hostile = useBrowser(() => inject('hostileDistDir'));

  test('shows markup from titles and names as text and runs none of it', async () => {
    const page = await hostile.browser.newPage();
    const watch = await watchPage(page);
    await page.goto(hostile.url('/search/?q=hostile'));
    const titles = await results(page);
    expect(titles).toContain(`<script>window.__hostile='title'</script><img src=x onerror="window.__hostile='title-img'"> A hostile headline`);
    await openFilters(page);
    await page.locator('.search-filter-more summary', { hasText: 'Outlet' }).click();
    const outlet = page.locator('.search-filter-outlet label', { hasText: 'Hostile' });
    expect(await outlet.first().textContent()).toBe(` ‹b onmouseover="window.__hostile='actor-name'"›Hostile‹/b› Daily`);
    await page.locator('#site-search').pressSequentially('hostile', { delay: 40 });
    await page.locator('#site-search-suggestions [role="option"]').first().waitFor();
    expect(await page.evaluate(() => (window as { __hostile?: string }).__hostile)).toBeUndefined();
    expect(await page.locator('.search img, .search script, .search iframe, .suggestions img, .suggestions b').count()).toBe(0);
    await watch.collectCspViolations();
    expect(watch.problems).toEqual([]);
    await page.close();
  });
});
