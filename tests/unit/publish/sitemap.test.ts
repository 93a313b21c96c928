import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { SITEMAP_INDEX, pageUrls, sitemapFiles } from '#lib/publish/sitemap.ts';

const root = 'https://example.org/sub/';
const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });
const locs = (xml: string): string[] => {
  const parsed = parser.parse(xml);
  return (parsed.urlset?.url ?? parsed.sitemapindex?.sitemap ?? []).map((entry: { loc: string }) => entry.loc);
};

describe('sitemapFiles', () => {
  test('returns the index first, then one file of every URL once, numbers in their order', () => {
    const urls = [`${root}claims/page/10/`, `${root}claims/page/9/`, root, `${root}about/`, root];
    const [index, first, ...rest] = sitemapFiles(urls, root);
    expect(index!.file).toBe(SITEMAP_INDEX);
    expect(locs(index!.xml)).toEqual([`${root}sitemap-0.xml`]);
    expect(first!.file).toBe('sitemap-0.xml');
    expect(locs(first!.xml)).toEqual([root, `${root}about/`, `${root}claims/page/9/`, `${root}claims/page/10/`]);
    expect(rest).toEqual([]);
  });

  test('writes XML with its declaration and the protocol namespace', () => {
    const [index, file] = sitemapFiles([root], root);
    expect(index!.xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://example.org/sub/sitemap-0.xml</loc></sitemap></sitemapindex>',
    );
    expect(file!.xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.org/sub/</loc></url></urlset>',
    );
  });

  test('splits the URLs into files of at most the limit, each listed in the index', () => {
    const urls = Array.from({ length: 5 }, (_, i) => `${root}p/${i}/`);
    const [index, ...files] = sitemapFiles(urls, root, 2);
    expect(files.map((file) => file.file)).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
    expect(files.map((file) => locs(file.xml).length)).toEqual([2, 2, 1]);
    expect(locs(index!.xml)).toEqual(files.map((file) => `${root}${file.file}`));
  });

  test('escapes what XML reserves', () => {
    const [, file] = sitemapFiles([`${root}a?b=1&c='2'`], root);
    expect(file!.xml).toContain('<loc>https://example.org/sub/a?b=1&amp;c=&apos;2&apos;</loc>');
  });

  test('returns an empty sitemap for a site of no pages', () => {
    const [index, file] = sitemapFiles([], root);
    expect(locs(index!.xml)).toEqual([`${root}sitemap-0.xml`]);
    expect(locs(file!.xml)).toEqual([]);
  });
});

describe('pageUrls', () => {
  test("returns every page's URL under the root but the site's 404 page", () => {
    expect(pageUrls(['', 'about/', '404/', 'claims/page/404/', '/actors/iran/'], root)).toEqual([
      root,
      `${root}about/`,
      `${root}claims/page/404/`,
      `${root}actors/iran/`,
    ]);
  });
});
