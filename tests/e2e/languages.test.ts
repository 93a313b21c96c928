/**
 * Search in every language, in Chromium: the seed's fixture site holds an
 * article in Spanish (its text decomposed, NFD) beside the English ones, all
 * in one index. A Spanish word finds it typed with or without its accents,
 * and an actor's name finds the actor, whatever the language of the article
 * that names it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { runAxe } from '../support/axe.ts';
import { useBrowser } from '../support/browser-fixture.ts';
import { watchPage } from '../support/watch-page.ts';

const site = useBrowser(() => inject('verdictCardsDistDir'));
const SPANISH = '/articles/iran-bolivia-memorando/';

/** Searches `/search/` for `query`, typed key by key, and returns the article results shown: path, title and language. */
async function articlesFound(page: Page, query: string) {
  await page.goto(site.url('/search/'));
  await page.locator('#search-input').pressSequentially(query, { delay: 40 });
  await expect.poll(() => page.locator('.search-status').textContent()).toContain(`“${query}”`);
  return page.locator('.search-result-article').evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector<HTMLAnchorElement>('.search-title a')!;
      return { path: new URL(link.href).pathname, title: link.textContent, lang: link.lang, excerptLang: item.querySelector('.search-excerpt')?.getAttribute('lang') ?? null };
    }),
  );
}

describe('search in every language', () => {
  test.each([
    ['with its accent', 'narcotráfico'],
    ['without it', 'narcotrafico'],
    ['with its accent decomposed', 'narcotráfico'.normalize('NFD')],
    ['in capitals', 'NARCOTRÁFICO'],
  ])('finds the Spanish article by a Spanish word %s, its title and snippet marked Spanish', async (_how, query) => {
    const page = await site.browser.newPage();
    const watch = await watchPage(page);
    const found = await articlesFound(page, query);
    expect(found).toContainEqual({ path: SPANISH, title: 'Irán y Bolivia firman un memorando de defensa que inquieta a la Argentina', lang: 'es', excerptLang: 'es' });
    // The English articles found are not marked as Spanish.
    expect(found.filter((article) => article.path !== SPANISH && article.lang !== '')).toEqual([]);
    await watch.collectCspViolations();
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  test.each(['Irán', 'Iran', 'Teherán'])('finds the actor first by the name “%s”, which a Spanish article writes', async (query) => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/search/'));
    await page.locator('#search-input').pressSequentially(query, { delay: 40 });
    await expect.poll(() => page.locator('.search-status').textContent()).toContain(`“${query}”`);
    // Actors matched by name come first, from the names file; the full text follows.
    expect(await page.locator('.search-actors a[data-result]').first().getAttribute('href')).toBe('/actors/iran/');
    await page.close();
  });

  test('finds the actor named in a Spanish article by its own name, and the Spanish articles that name it', async () => {
    const page = await site.browser.newPage();
    const found = await articlesFound(page, 'Novillo');
    expect(await page.locator('.search-actors a[data-result]').first().getAttribute('href')).toBe('/actors/edmundo-novillo/');
    expect(found.filter((article) => article.lang === 'es').length).toBeGreaterThan(0);
    await page.close();
  });

  test('suggests the Spanish article in the header box from any page, by a word of its headline without accents, marked Spanish', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/actors/bolivia/'));
    const box = page.locator('#site-search');
    await box.pressSequentially('memorando inquieta', { delay: 40 });
    const option = page.locator('#site-search-suggestions [role="option"] .suggestion-name', { hasText: 'Irán y Bolivia firman' });
    await option.waitFor();
    expect(await option.getAttribute('lang')).toBe('es');
    await page.close();
  });
});

describe('an article in Spanish, read', () => {
  test('opens a claim’s short card with Dossier’s translation of the words marked in the text', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.url(SPANISH));
    await page.locator('.article-body a.verdict[href="#claim-card-equipos-fronteras"]').click();
    const card = page.locator('#claim-popover');
    await card.waitFor();
    expect(await card.locator('.claim-translation').textContent()).toBe(
      "Dossier's translation: Iran would provide “equipment” for the defence of Bolivia's borders and the fight against drug trafficking",
    );
    await page.close();
  });

  test.each([SPANISH, '/articles/bolivia-drones-iranies/', `${SPANISH}claims/equipos-fronteras/`])('%s passes axe, its languages marked', async (path) => {
    const page = await site.browser.newPage();
    await page.goto(site.url(path));
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });
});
