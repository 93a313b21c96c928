import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ogs from 'open-graph-scraper';
import Parser from 'rss-parser';
import { describe, expect, inject, test } from 'vitest';
import { listPages } from '../support/dist-files.ts';
import { all, one, readPage, text } from '../support/html.ts';
import { pngSize } from '../support/png.ts';

const distDir = inject('distDir');
const SITE = 'http://localhost:4321';
const articleUrl = '/articles/iran-bolivia-military-ties/';

/** The OpenGraph and Twitter tags of a built page, read by open-graph-scraper. */
async function openGraph(url: string) {
  const file = join(distDir, url.endsWith('/') ? `${url}index.html` : url);
  const { result } = await ogs({ html: await readFile(file, 'utf8') });
  return result;
}

const readJson = async (name: string) => JSON.parse(await readFile(join(distDir, 'data', name), 'utf8'));

describe('link previews', () => {
  test('every page has a title, description, canonical URL, type and a 1200×630 image with alt text', async () => {
    const pages = (await listPages(distDir)).filter((url) => url !== '/404.html');
    expect(pages.length).toBeGreaterThan(40);
    for (const url of pages) {
      const og = await openGraph(url);
      expect(og.ogTitle, url).toBeTruthy();
      expect(og.ogDescription, url).toBeTruthy();
      expect(og.ogUrl, url).toBe(`${SITE}${url}`);
      expect(['website', 'article'], url).toContain(og.ogType);
      expect(og.twitterCard, url).toBe('summary_large_image');
      const [image] = og.ogImage ?? [];
      expect(image?.url, url).toMatch(/^http:\/\/localhost:4321\/og\/.+\.png$/);
      expect([image?.width, image?.height].map(Number), url).toEqual([1200, 630]);
      const page = await readPage(distDir, url);
      expect(String(one(page, 'meta[property="og:image:alt"]').properties['content']).length, url).toBeGreaterThan(10);
      expect(one(page, 'link[rel=canonical]').properties['href'], url).toBe(`${SITE}${url}`);
      expect(await pngSize(join(distDir, new URL(image!.url).pathname)), url).toEqual({ width: 1200, height: 630 });
    }
  });

  test('each page type has its own image, and a claim\'s says the claim, the claimant and the verdict', async () => {
    const image = async (url: string) => (await openGraph(url)).ogImage?.[0]?.url;
    expect(await image(articleUrl)).toBe(`${SITE}/og/articles/iran-bolivia-military-ties.png`);
    expect(await image('/actors/edmundo-novillo/')).toBe(`${SITE}/og/actors/edmundo-novillo.png`);
    expect(await image('/events/amia-bombing/')).toBe(`${SITE}/og/events/amia-bombing.png`);
    const claim = `${articleUrl}claims/amia-blame/`;
    expect(await image(claim)).toBe(`${SITE}/og/claims/iran-bolivia-military-ties/amia-blame.png`);
    const page = await readPage(distDir, claim);
    // The summary is Dossier's, not the claimant's words: never in quotation marks, always "Checked".
    expect(one(page, 'meta[property="og:image:alt"]').properties['content']).toBe(
      "Checked: Argentina's blame of Iran for the AMIA bombing is baseless. Claimed by Tehran Times. Verdict: False.",
    );
    expect(one(page, 'meta[property="og:title"]').properties['content']).toBe(
      "Checked: Argentina's blame of Iran for the AMIA bombing is baseless — False",
    );
    expect(await image('/claims/')).toBe(`${SITE}/og/site.png`);
  });
});

describe('feeds', () => {
  test('the RSS feed parses and lists the articles, newest first, with their summaries', async () => {
    const feed = await new Parser().parseString(await readFile(join(distDir, 'rss.xml'), 'utf8'));
    expect(feed.title).toBe('Dossier');
    // Newest analysis first; the same day, newest original first, then by title.
    expect(feed.items.map((item) => item.link)).toEqual([
      `${SITE}/articles/iran-bolivia-ink-mou-on-defense-cooperation/`,
      `${SITE}/articles/amia-bombing-case-against-iran/`,
      `${SITE}/articles/iran-bolivia-defence-memorandum-2023/`,
      `${SITE}${articleUrl}`,
    ]);
    const seed = feed.items.find((item) => item.link === `${SITE}${articleUrl}`);
    expect(seed?.contentSnippet).toMatch(/^A Tehran Times opinion piece/);
    expect(seed?.pubDate).toBe('Sat, 28 Nov 2026 00:00:00 GMT');
  });

  test('the sitemap lists every page', async () => {
    const xml = new XMLParser();
    const index = xml.parse(await readFile(join(distDir, 'sitemap-index.xml'), 'utf8'));
    const sitemaps = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => new URL(s.loc).pathname);
    const listed = new Set<string>();
    for (const path of sitemaps) {
      const map = xml.parse(await readFile(join(distDir, path), 'utf8'));
      for (const entry of [map.urlset.url].flat()) listed.add(new URL(entry.loc).pathname);
    }
    const pages = (await listPages(distDir)).filter((url) => url !== '/404.html');
    expect([...listed].sort()).toEqual(pages.sort());
  });
});

describe('open data', () => {
  test('claims.json and claims.csv parse, agree with each other, and with the pages', async () => {
    const json = await readJson('claims.json');
    expect(json.licence).toMatch(/CC BY 4\.0/);
    expect(json.count).toBe(json.items.length);
    const csv = parseCsv(await readFile(join(distDir, 'data', 'claims.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(csv.map((row) => [row['id'], row['rating'], row['summary']])).toEqual(
      json.items.map((item: { id: string; rating: string; summary: string }) => [item.id, item.rating, item.summary]),
    );
    // Every claim is marked in its article, and every mark is a claim.
    const articlePaths = [...new Set(json.items.map((item: { contextUrl: string }) => new URL(item.contextUrl).pathname))] as string[];
    const marks: string[] = [];
    for (const path of articlePaths) marks.push(...all(await readPage(distDir, path), 'mark.claim').map((mark) => String(mark.properties['dataClaim'])));
    expect(json.items.map((item: { id: string }) => item.id).sort()).toEqual(marks.sort());
    for (const item of json.items) {
      const page = await readPage(distDir, new URL(item.url).pathname);
      expect(text(one(page, 'h1'))).toBe(item.summary);
      expect(new URL(item.contextUrl).hash).toBe(`#claim-${item.id}`);
      if (item.rating !== 'not-checkable') expect(item.sources.length, item.id).toBeGreaterThan(0);
    }
    const withQuotes = csv.find((row) => row['id'] === 'amia-quote');
    expect(withQuotes?.['quote']).toContain('“The deal between Bolivia and Iran creates security risks');
  });

  test('actors.json, events.json and articles.json hold every actor, event and article with working URLs', async () => {
    const actors = await readJson('actors.json');
    const actorPages = (await listPages(distDir)).filter((url) => /^\/actors\/[^/]+\/$/.test(url));
    expect(actors.items.map((a: { url: string }) => new URL(a.url).pathname).sort()).toEqual(actorPages.sort());
    for (const actor of actors.items) {
      expect(text(one(await readPage(distDir, new URL(actor.url).pathname), 'h1'))).toBe(actor.name);
    }
    const novillo = actors.items.find((a: { id: string }) => a.id === 'edmundo-novillo');
    expect(novillo).toMatchObject({
      kind: 'person',
      aliases: ['Novillo', 'Edmundo Novillo Aguilar'],
      articles: ['iran-bolivia-ink-mou-on-defense-cooperation', 'iran-bolivia-defence-memorandum-2023', 'iran-bolivia-military-ties'],
    });

    const events = await readJson('events.json');
    expect(events.count).toBe((await readdir('content/events')).filter((name) => name.endsWith('.md')).length);
    for (const event of events.items) {
      expect(text(one(await readPage(distDir, new URL(event.url).pathname), 'h1'))).toBe(event.title);
    }
    const mou = events.items.find((e: { id: string }) => e.id === 'iran-bolivia-mou');
    expect(mou.mentions).toEqual([
      {
        article: 'iran-bolivia-ink-mou-on-defense-cooperation',
        phrase: 'July 20',
        url: `${SITE}/articles/iran-bolivia-ink-mou-on-defense-cooperation/#date-iran-bolivia-mou-1`,
        claims: ['mou-signed'],
      },
      {
        article: 'iran-bolivia-defence-memorandum-2023',
        phrase: 'Thursday 20 July 2023',
        url: `${SITE}/articles/iran-bolivia-defence-memorandum-2023/#date-iran-bolivia-mou-1`,
        claims: [],
      },
      { article: 'iran-bolivia-military-ties', phrase: 'In July', url: `${SITE}${articleUrl}#date-iran-bolivia-mou-1`, claims: [] },
    ]);

    const articles = await readJson('articles.json');
    expect(articles.items.map((a: { id: string }) => a.id)).toEqual([
      'iran-bolivia-ink-mou-on-defense-cooperation',
      'amia-bombing-case-against-iran',
      'iran-bolivia-defence-memorandum-2023',
      'iran-bolivia-military-ties',
    ]);
    const seed = articles.items.find((a: { id: string }) => a.id === 'iran-bolivia-military-ties');
    expect(seed).toMatchObject({
      id: 'iran-bolivia-military-ties',
      url: `${SITE}${articleUrl}`,
      genre: 'opinion',
      source: { outlet: 'tehran-times', published: '2023' },
    });
    // How many claims the seed has is the content's to say (tests/content/); the data lists them by id.
    expect(seed.claims).toContain('amia-blame');
    const own = articles.items.find((a: { id: string }) => a.id === 'amia-bombing-case-against-iran');
    expect(own.source).toMatchObject({ outlet: 'dossier', url: null });
    expect(own.sources.length).toBeGreaterThan(0);
  });
});
