import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { RATING_SCALE, type Rating } from '#lib/content/ratings.ts';
import { ARTICLE_TEXT_ID, claimCardTitleId } from '#lib/content/urls.ts';
import { claimCardTitle } from '#lib/publish/search-results.ts';
import { readNamesFile } from '#lib/publish/search-names.ts';
import { readTitlesFile } from '#lib/publish/search-titles.ts';
import { listPages } from '../support/dist-files.ts';
import { all, one, readPage } from '../support/html.ts';

const distDir = inject('distDir');

const readJson = async (path: string) => JSON.parse(await readFile(join(distDir, path), 'utf8'));

describe('the search index of the built site', () => {
  test('holds the actor, event, narrative and article pages, and only them: claim pages are not indexed', async () => {
    const pages = await listPages(distDir);
    const marked: string[] = [];
    for (const url of pages) {
      const file = join(distDir, url.endsWith('/') ? `${url}index.html` : url);
      if ((await readFile(file, 'utf8')).includes('data-pagefind-body')) marked.push(url);
    }
    const entries = pages.filter((url) => /^\/(actors|events|narratives|articles)\/[^/]+\/$/.test(url));
    expect(entries.length).toBeGreaterThan(40);
    expect(marked.sort()).toEqual(entries.sort());
    const entry = await readJson('pagefind/pagefind-entry.json');
    expect(entry.languages.en.page_count).toBe(entries.length);
  });

  test("indexes each article's claim cards, titled by summary and verdict, and no claim mark splits the text", async () => {
    const { items: claims } = (await readJson('data/claims.json')) as { items: { id: string; article: string; summary: string; rating: Rating }[] };
    const { items: articles } = (await readJson('data/articles.json')) as { items: { id: string }[] };
    const byArticle = Map.groupBy(claims, (claim) => claim.article);
    expect(claims.length).toBeGreaterThan(10);
    for (const { id: slug } of articles) {
      const list = byArticle.get(slug) ?? [];
      const page = await readPage(distDir, `/articles/${slug}/`);
      const body = one(page, '[data-pagefind-body]');
      expect(all(body, '.claims-panel').length).toBe(list.length > 0 ? 1 : 0);
      const titled = all(body, '[data-pagefind-title]').map((element) => [element.properties['id'], element.properties['dataPagefindTitle']]);
      // The text is a section of its own, titled as the article, so that a snippet never starts in the title or a card.
      const title = one(page, 'h1').children.map((node) => ('value' in node ? node.value : '')).join('');
      expect(titled).toEqual([
        [ARTICLE_TEXT_ID, title],
        ...list.map((claim) => [claimCardTitleId(claim.id), claimCardTitle(claim.summary, claim.rating)]),
      ]);
      // The article can be found by the verdicts of its claims.
      const ratings = all(page, '[data-pagefind-filter^="rating:"]').map((element) => String(element.properties['dataPagefindFilter']));
      expect(ratings.sort()).toEqual([...new Set(list.map((claim) => `rating:${RATING_SCALE[claim.rating].label}`))].sort());
    }
  });

  test("lists an article's first mention of each actor as a place in the text, and no later one, whose words are still searched", async () => {
    const page = await readPage(distDir, '/articles/iran-bolivia-military-ties/');
    const body = one(page, '[data-pagefind-body]');
    const ignored = new Set(all(body, '[data-pagefind-ignore] [id], [data-pagefind-ignore][id]'));
    // Pagefind lists every element with an id in what it indexes; the later mentions' targets are left out.
    const listed = all(body, '[id^="mention-"]').filter((element) => !ignored.has(element));
    const later = all(body, '[id^="mention-"]').filter((element) => ignored.has(element));
    expect(listed.map((element) => String(element.properties['id'])).every((id) => id.endsWith('-1'))).toBe(true);
    expect(later.length).toBeGreaterThan(listed.length);
    for (const target of later) expect(target.children).toEqual([]);
    // Every mention's words are in the indexed text.
    const words = all(body, '.prose .mention');
    expect(words.length).toBe(listed.length + later.length);
    for (const mention of words) expect(all(body, '[data-pagefind-ignore] .mention')).not.toContain(mention);
  });

  test('writes every actor with its names, kind and URL to the names file, small enough for every keystroke', async () => {
    const { items: actors } = (await readJson('data/actors.json')) as { items: { id: string; name: string; aliases: string[] }[] };
    const raw = await readFile(join(distDir, 'search/names.json'), 'utf8');
    const names = readNamesFile(JSON.parse(raw));
    expect(names.map((actor) => [actor.url, actor.name, ...actor.aliases]).sort()).toEqual(
      actors.map((actor) => [`/actors/${actor.id}/`, actor.name, ...actor.aliases.filter((alias) => alias !== actor.name)]).sort(),
    );
    expect(names.every((actor) => actor.kind !== '')).toBe(true);
    // About 13 bytes gzipped per actor: 300 actors in about 4 KB.
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(raw).length / names.length).toBeLessThan(40);
  });

  test('writes every article, newest first, and every event to the titles file, with what tells them apart', async () => {
    const { items: articles } = (await readJson('data/articles.json')) as { items: { id: string; title: string }[] };
    const { items: events } = (await readJson('data/events.json')) as { items: { id: string; title: string }[] };
    const raw = await readFile(join(distDir, 'search/titles.json'), 'utf8');
    const titles = readTitlesFile(JSON.parse(raw));
    expect(titles.filter((entry) => entry.kind === 'Article').map(({ title, url }) => [url, title])).toEqual(
      articles.map((article) => [`/articles/${article.id}/`, article.title]),
    );
    expect(titles.filter((entry) => entry.kind === 'Event').map(({ title, url }) => [url, title]).sort()).toEqual(
      events.map((event) => [`/events/${event.id}/`, event.title]).sort(),
    );
    expect(titles.find((entry) => entry.url === '/articles/iran-bolivia-military-ties/')?.note).toBe('Tehran Times · 2023');
    expect(titles.find((entry) => entry.url === '/events/iran-bolivia-mou/')?.note).toBe('20 July 2023');
    // Each URL's shared start is written once.
    expect(raw.match(/\/articles\//g)).toHaveLength(1);
  });

  test('writes every filter value to the filters file', async () => {
    const filters = await readJson('search/filters.json');
    const { items: actors } = (await readJson('data/actors.json')) as { items: { name: string }[] };
    expect(filters.actor).toEqual(actors.map((actor) => actor.name).sort((a, b) => a.localeCompare(b, 'en')));
    expect(filters.outlet).toContain('Tehran Times');
    expect(filters.rating).toContain('Disputed');
  });
});
