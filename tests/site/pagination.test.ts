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
