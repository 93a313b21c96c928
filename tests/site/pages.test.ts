import { readFile } from 'node:fs/promises';
import { describe, expect, inject, test } from 'vitest';
import { all, one, readPage, text } from '../support/html.ts';

const distDir = inject('distDir');
const slug = 'iran-bolivia-military-ties';
const articleUrl = `/articles/${slug}/`;
const originalUrl =
  'https://www.tehrantimes.com/news/487824/Iran-Bolivia-military-ties-Concerns-about-the-rise-of-Iran-s';

/** The seed article's paragraphs, from the verbatim copy kept with the tests. */
async function seedParagraphs(): Promise<string[]> {
  const seed = await readFile('tests/fixtures/seed/iran-bolivia-military-ties.txt', 'utf8');
  return seed.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

describe('the seed article', () => {
  test('keeps the seed text verbatim as its body', async () => {
    const file = await readFile(`content/articles/${slug}.md`, 'utf8');
    const body = file.replace(/^---\n[\s\S]*?\n---\n/, '');
    const seed = await readFile('tests/fixtures/seed/iran-bolivia-military-ties.txt', 'utf8');
    expect(body.trim()).toBe(seed.trim());
  });
});

describe(`${articleUrl}`, () => {
  test('returns a page titled with the headline', async () => {
    const page = await readPage(distDir, articleUrl);
    expect(text(one(page, 'title'))).toBe("Iran-Bolivia military ties: Concerns about the rise of Iran's … · Dossier");
    expect(text(one(page, 'main h1'))).toBe("Iran-Bolivia military ties: Concerns about the rise of Iran's …");
  });

  test('returns the source line with outlet, dateline, date, genre and a link to the original', async () => {
    const page = await readPage(distDir, articleUrl);
    const meta = one(page, '.article-header .article-meta');
    expect(all(meta, ':scope > *').map(text)).toEqual(['Opinion', 'Tehran Times', 'Tehran', '2023']);
    expect(one(meta, 'a').properties['href']).toBe('/actors/tehran-times/');
    expect(one(meta, 'time').properties['dateTime']).toBe('2023');
    const original = one(page, '.article-header a[rel~=external]');
    expect(original.properties['href']).toBe(originalUrl);
    expect(text(original)).toBe('Read the original at tehrantimes.com');
  });

  test('returns every paragraph of the seed, in order', async () => {
    const page = await readPage(distDir, articleUrl);
    // Verdicts after claims and the dates of events are the site's, not the article's: leave them out.
    for (const added of all(page, '.article-text :is(a.verdict, .date-tip)')) added.children = [];
    const rendered = all(page, '.article-text .prose > p').map(text);
    const expected = await seedParagraphs();
    expect(expected).toHaveLength(13);
    expect(rendered).toEqual(expected);
  });

  test("gives each date phrase's <time> the date the phrase says, at the phrase's precision", async () => {
    const page = await readPage(distDir, articleUrl);
    const times = Object.fromEntries(all(page, '.prose a.date-mention time').map((time) => [text(time), time.properties['dateTime']]));
    expect(times).toMatchObject({ 'August 3': '2023-08-03', 'In July': '2023-07', '1994': '1994', 'in 2019': '2019' });
  });

  test('returns the analyst summary', async () => {
    const page = await readPage(distDir, articleUrl);
    expect(text(one(page, '.analysis p'))).toMatch(/^A Tehran Times opinion piece that relays a World Politics Review report/);
  });

  test('returns headings that all carry unique ids', async () => {
    const page = await readPage(distDir, articleUrl);
    const ids = all(page, 'main article.article :is(h1, h2, h3, h4, h5, h6)').map((heading) => heading.properties['id']);
    expect(ids).toEqual(['article-title', 'analysis', 'text', 'narratives', 'corrections']);
    const cardIds = all(page, '.claims-panel h3').map((heading) => heading.properties['id']);
    expect(cardIds.length).toBeGreaterThan(0);
    expect(new Set([...ids, 'claims', ...cardIds]).size).toBe(ids.length + 1 + cardIds.length);
  });
});

describe('reading pages', () => {
  const pages = ['/', '/articles/', articleUrl, '/about/', '/actors/', '/actors/iran/', '/claims/', '/timeline/', '/events/amia-bombing/'];

  test.each(pages)('%s has a skip link, landmarks, and no script but the site\'s one small module', async (url) => {
    const page = await readPage(distDir, url);
    expect(one(page, 'a.skip-link').properties['href']).toBe('#main');
    expect(one(page, 'main').properties['id']).toBe('main');
    expect(all(page, 'body > header nav[aria-label=Main] a').map(text)).toEqual(['Articles', 'Claims', 'Actors', 'Narratives', 'Timeline', 'About']);
    expect(all(page, 'body > footer')).toHaveLength(1);
    expect(text(one(page, 'body > footer p'))).toMatch(/ How we work\. Open data\. RSS\. Corrections\.$/);
    // Reading needs no script: the one module (search shortcut, search highlights) is an addition.
    const scripts = all(page, 'script:not([type="application/ld+json"])');
    expect(scripts.map((s) => [s.properties['type'], /^\/_astro\/Base\.astro_astro_type_script.*\.js$/.test(String(s.properties['src']))])).toEqual([
      ['module', true],
    ]);
    expect(one(page, 'html').properties['lang']).toBe('en');
  });

  test('the home page and /articles/ link to the article', async () => {
    for (const url of ['/', '/articles/']) {
      const page = await readPage(distDir, url);
      const links = all(page, '.article-list a').map((a) => a.properties['href']);
      expect(links, url).toContain(articleUrl);
    }
  });

  test('/about/ returns the whole rating scale in words', async () => {
    const page = await readPage(distDir, '/about/');
    expect(all(page, '.rating-scale tbody th').map(text)).toEqual([
      'Supported',
      'Partly supported',
      'Disputed',
      'Unsupported',
      'False',
      'Not checkable',
    ]);
  });
});
