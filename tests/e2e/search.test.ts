import { readFile, readdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { parseMarkdownFile } from '#lib/check/frontmatter.ts';
import { ActorSchema } from '#lib/content/schema/index.ts';
import { SEARCH_RANKING } from '#lib/publish/search-ranking.ts';
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

/** Waits until the search page shows results for the current query. */
async function results(page: Page): Promise<string[]> {
  await page.locator('.pagefind-ui__result').first().waitFor();
  return page.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link').allTextContents();
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

  test('returns claims inside an article as sub-results linking to the claim in the text', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/'));
    const subs = await withPagefind<string[]>(
      page,
      `const search = await pagefind.search(args);
      const all = await Promise.all(search.results.map((r) => r.data()));
      return all.flatMap((d) => d.sub_results.map((s) => s.url));`,
      'baselessly',
    );
    expect(subs).toContain('/articles/iran-bolivia-military-ties/#claim-amia-blame');
    await page.close();
  });
});

describe('a reader searching', () => {
  test('finds the index loading as the page opens, before typing, and the focus left alone', async () => {
    const page = await site.browser.newPage();
    const wasm = page.waitForResponse((response) => /\/pagefind\/wasm\.en\.pagefind$/.test(response.url()));
    await page.goto(site.url('/search/'));
    expect((await wasm).status()).toBe(200);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await page.close();
  });

  test('types a query, sees results with type and verdict, filters them, and lands on the highlighted term', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1200, height: 900 } });
    const watch = await watchPage(page);
    await page.goto(site.url('/search/'));
    await page.locator('.pagefind-ui__search-input').fill('baselessly');
    const titles = await results(page);
    expect(titles[0]).toBe("Argentina's blame of Iran for the AMIA bombing is baseless");
    const claim = page.locator('.pagefind-ui__result').first();
    expect((await claim.locator('.pagefind-ui__result-tag').allTextContents()).map((tag) => tag.trim())).toEqual(
      expect.arrayContaining(['Type: Claim', 'Verdict: Disputed', 'Date: 2023']),
    );

    await page.locator('label', { hasText: /^Claim \(/ }).click();
    await page.waitForURL(/type=claim/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('baselessly');
    await expect.poll(() => page.locator('.pagefind-ui__result-tag', { hasText: 'Type: Article' }).count()).toBe(0);

    await claim.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title a').click();
    await page.waitForURL(/\/claims\/amia-blame\/\?highlight=baselessly/);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    expect(await page.locator('mark.pagefind-highlight').first().textContent()).toBe('baselessly');
    await watch.collectCspViolations();
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  test('opens a shared search URL and sees the same results, filter applied, and Back restores the previous search', async () => {
    const page = await site.browser.newPage();
    const watch = await watchPage(page);
    await page.goto(site.url('/search/?q=Novillo&type=actor'));
    // The UI may redraw the list once the filter applies: wait for the settled list.
    await expect.poll(() => results(page)).toEqual(['Edmundo Novillo', 'Mohammad Reza Ashtiani']);
    expect(await page.locator('.pagefind-ui__search-input').inputValue()).toBe('Novillo');
    expect(await page.locator('input[name="type"][value="Actor"]').isChecked()).toBe(true);

    await page.locator('.pagefind-ui__search-input').fill('Ashtiani');
    await page.waitForURL(/q=Ashtiani/);
    await expect.poll(async () => (await results(page))[0]).toBe('Mohammad Reza Ashtiani');
    await page.goBack();
    await page.waitForURL(/q=Novillo/);
    await expect.poll(async () => (await results(page))[0]).toBe('Edmundo Novillo');
    expect(await page.locator('.pagefind-ui__search-input').inputValue()).toBe('Novillo');
    await watch.collectCspViolations();
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  test('finds for "AMIA" the actor first, then articles and claims, and narrows them by type', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1200, height: 900 } });
    /** The type tag of each result shown. */
    const types = () =>
      page
        .locator('.pagefind-ui__result')
        .evaluateAll((results) =>
          results.map((result) =>
            [...result.querySelectorAll('.pagefind-ui__result-tag')].map((tag) => tag.textContent?.trim()).find((tag) => tag?.startsWith('Type:')),
          ),
        );
    await page.goto(site.url('/search/?q=AMIA'));
    await expect.poll(() => results(page)).toContain('The AMIA bombing and the case against Iran');
    expect((await results(page))[0]).toBe('Asociación Mutual Israelita Argentina');
    const shown = await types();
    expect(shown[0]).toBe('Type: Actor');
    expect(shown).toContain('Type: Article');

    await page.locator('input[name="type"][value="Article"]').check();
    await expect.poll(types).toEqual(['Type: Article', 'Type: Article', 'Type: Article']);
    expect((await results(page)).sort()).toEqual([
      "Iran-Bolivia military ties: Concerns about the rise of Iran's …",
      'The AMIA bombing and the case against Iran',
      'What is known about the 2023 Iran–Bolivia defence memorandum',
    ].sort());

    await page.locator('input[name="type"][value="Article"]').uncheck();
    await page.locator('input[name="type"][value="Claim"]').check();
    await expect.poll(async () => new Set(await types())).toEqual(new Set(['Type: Claim']));
    expect(await results(page)).toContain("Argentina's blame of Iran for the AMIA bombing is baseless");
    await page.close();
  });

  test('uses the header search box from any page, by keyboard shortcut', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/actors/'));
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('AMIA');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=AMIA$/);
    expect((await results(page))[0]).toBe('Asociación Mutual Israelita Argentina');
    await page.close();
  });

  test('the header form works without JavaScript, and the search page says what to do instead', async () => {
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

  test('shows markup from titles as text and runs none of it', async () => {
    const page = await hostile.browser.newPage();
    const watch = await watchPage(page);
    await page.goto(hostile.url('/search/?q=hostile'));
    const titles = await results(page);
    expect(titles).toContain(`<script>window.__hostile='title'</script><img src=x onerror="window.__hostile='title-img'"> A hostile headline`);
    const actorFilter = page.locator('.pagefind-ui__filter-label', { hasText: 'Hostile' });
    expect(await actorFilter.first().textContent()).toMatch(/^‹b onmouseover="window.__hostile='actor-name'"›Hostile‹\/b› Daily \(\d+\)$/);
    expect(await page.evaluate(() => (window as { __hostile?: string }).__hostile)).toBeUndefined();
    expect(await page.locator('.pagefind-ui img, .pagefind-ui script, .pagefind-ui iframe').count()).toBe(0);
    await watch.collectCspViolations();
    expect(watch.problems).toEqual([]);
    await page.close();
  });
});
