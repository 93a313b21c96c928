import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { PAGE_SIZE, pagePath } from '#lib/model/pagination.ts';
import { GENERATED_ARTICLES } from '../support/build-once.ts';
import { findBrokenLinks } from '../support/check-links.ts';
import { all, one, readPage, text } from '../support/html.ts';

const distDir = inject('generatedDistDir');

/** Follows the "Next" links from the list at `path`, returning each page's tree and URL. */
async function walk(path: string) {
  const pages = [];
  for (let url: string | undefined = path; url; ) {
    const tree = await readPage(distDir, url);
    pages.push({ url, tree });
    const next = all(tree, '.pagination a[rel="next"]')[0];
    url = next ? String(next.properties['href']) : undefined;
  }
  return pages;
}

/** Every claim page of the site, as URL paths. */
async function claimPages(): Promise<string[]> {
  const urls: string[] = [];
  for (const slug of await readdir(join(distDir, 'articles'))) {
    if (slug === 'page' || slug === 'index.html') continue;
    for (const id of await readdir(join(distDir, 'articles', slug, 'claims'))) urls.push(`/articles/${slug}/claims/${id}/`);
  }
  return urls.sort();
}

describe('the article list', () => {
  test(`shows ${PAGE_SIZE.articles} articles a page, and every article once across its pages`, async () => {
    const pages = await walk('/articles/');
    expect(pages.map((page) => page.url)).toEqual(['/articles/', '/articles/page/2/']);
    const cards = pages.map((page) => all(page.tree, '.article-list .card-title a').map((a) => String(a.properties['href'])));
    expect(cards.map((list) => list.length)).toEqual([PAGE_SIZE.articles, GENERATED_ARTICLES - PAGE_SIZE.articles]);
    expect(new Set(cards.flat()).size).toBe(GENERATED_ARTICLES);
  });

  test('says where each page sits, and links back', async () => {
    const second = await readPage(distDir, '/articles/page/2/');
    expect(text(one(second, 'title'))).toMatch(/^Articles, page 2 of 2 /);
    expect(text(one(second, '.pagination p'))).toBe(`Page 2 of 2: articles 21–21 of ${GENERATED_ARTICLES}.`);
    expect(one(second, '.pagination a[rel="prev"]').properties['href']).toBe('/articles/');
    expect(text(one(second, '.pagination a[aria-current="page"]'))).toBe('Page 2');
    expect(all(second, '.pagination a[rel="next"]')).toEqual([]);
  });
});

describe('the claims list', () => {
  test(`shows ${PAGE_SIZE.claims} claims a page, and every claim of the site once across its pages`, async () => {
    const expected = await claimPages();
    const pages = await walk('/claims/');
    expect(pages.length).toBe(Math.ceil(expected.length / PAGE_SIZE.claims));
    expect(pages.map((page) => page.url)).toEqual(pages.map((_, index) => pagePath('/claims/', index + 1)));
    const listed = pages.flatMap((page) => all(page.tree, '.claim-list .card-title a').map((a) => String(a.properties['href'])));
    expect(listed.length).toBe(expected.length);
    expect([...listed].sort()).toEqual(expected);
  });

  test('keeps the filters on every page, marking "All claims" as the page only on the first', async () => {
    const [first, second] = await walk('/claims/');
    expect(one(first!.tree, '.filter-links a[href="/claims/"]').properties['ariaCurrent']).toBe('page');
    expect(one(second!.tree, '.filter-links a[href="/claims/"]').properties['ariaCurrent']).toBe('true');
  });

  test('lists on each filter page, across its pages, as many claims as the filter counts', async () => {
    const first = await readPage(distDir, '/claims/');
    const filters = all(first, '.filter-links li').map((item) => ({
      href: String(one(item, 'a').properties['href']),
      count: Number(/\((\d+)\)/.exec(text(item))?.[1]),
    }));
    expect(filters.length).toBeGreaterThan(10);
    for (const filter of filters) {
      const pages = await walk(filter.href);
      const listed = pages.flatMap((page) => all(page.tree, '.claim-list li'));
      expect(listed.length, filter.href).toBe(filter.count);
    }
  });
});

test('every internal link of the generated site resolves, page links included', async () => {
  expect(await findBrokenLinks(distDir)).toEqual([]);
});

describe('lists written once, not on every page', () => {
  test('the list of actors to filter claims by is on the first page of /claims/ only; the other pages link to it', async () => {
    const actorLinks = (tree: Awaited<ReturnType<typeof readPage>>) =>
      all(tree, '.filter-links a').filter((a) => String(a.properties['href']).startsWith('/claims/actor/'));
    const first = await readPage(distDir, '/claims/');
    expect(actorLinks(first).length).toBeGreaterThan(10);
    expect(one(first, '#by-actor .filter-title').children).toBeDefined();

    const second = await readPage(distDir, '/claims/page/2/');
    expect(actorLinks(second)).toEqual([]);
    expect(text(one(second, '.filter-links a[href="/claims/#by-actor"]'))).toBe('Choose an actor');

    const [byActor] = actorLinks(first);
    const filtered = await readPage(distDir, String(byActor!.properties['href']));
    expect(actorLinks(filtered).map(text)).toEqual([text(byActor!)]);
    expect(actorLinks(filtered)[0]!.properties['ariaCurrent']).toBe('page');
    expect(text(one(filtered, '.filter-links a[href="/claims/#by-actor"]'))).toBe('Another actor');
  });

  test("an actor's page lists its latest articles and claims, and links to all of them", async () => {
    const actors = (await readdir(join(distDir, 'actors'))).filter((id) => id !== 'index.html');
    let truncatedClaims = 0;
    let truncatedArticles = 0;
    for (const id of actors) {
      const page = await readPage(distDir, `/actors/${id}/`);
      const claimsNote = all(page, '#claims ~ p.small, section[aria-labelledby="claims"] > p.small').map(text);
      const latestClaims = claimsNote.map((note) => /^The latest 20 of ([\d,]+) claims by or about /.exec(note)).find(Boolean);
      if (latestClaims) {
        truncatedClaims++;
        const total = Number(latestClaims[1]!.replace(/,/g, ''));
        expect(all(page, 'section[aria-labelledby="claims"] .claim-list > li')).toHaveLength(20);
        const link = one(page, `section[aria-labelledby="claims"] a[href="/claims/actor/${id}/"]`);
        expect(text(link)).toMatch(new RegExp(`^All ${total} claims by or about `));
        expect((await walk(`/claims/actor/${id}/`)).flatMap((p) => all(p.tree, '.claim-list > li'))).toHaveLength(total);
      }
      const articlesNote = all(page, 'section[aria-labelledby="mentions"] > p.small').map(text);
      const latestArticles = articlesNote.map((note) => /^The latest 10 of ([\d,]+) articles that name /.exec(note)).find(Boolean);
      if (latestArticles) {
        truncatedArticles++;
        expect(all(page, 'section[aria-labelledby="mentions"] .backlink')).toHaveLength(10);
        const name = text(one(page, 'h1'));
        const search = one(page, 'section[aria-labelledby="mentions"] > p.small a');
        expect(search.properties['href']).toBe(`/search/?${new URLSearchParams([['type', 'article'], ['actor', name]])}`);
      }
    }
    expect(truncatedClaims).toBeGreaterThan(0);
    expect(truncatedArticles).toBeGreaterThan(0);
  });
});
