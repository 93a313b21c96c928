/**
 * The site's own explainers beside the seed article, and the views that
 * bring articles together: actor pages, the timeline, the home page and the
 * claims index. Expectations are read from the content files, not copied.
 */
import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, inject, test } from 'vitest';
import { parseMarkdownFile } from '#lib/check/frontmatter.ts';
import { RATINGS, RATING_SCALE } from '#lib/content/ratings.ts';
import { type Article, ArticleSchema } from '#lib/content/schema/index.ts';
import { all, one, readPage, text } from '../support/html.ts';

const distDir = inject('distDir');

const SEED = 'iran-bolivia-military-ties';
const EXPLAINERS = ['iran-bolivia-defence-memorandum-2023', 'amia-bombing-case-against-iran'];

/** Every article of `content/`, parsed, by slug. */
async function articles(): Promise<Map<string, { data: Article; body: string }>> {
  const found = new Map<string, { data: Article; body: string }>();
  for (const name of (await readdir('content/articles')).filter((file) => file.endsWith('.md'))) {
    const file = `content/articles/${name}`;
    const parsed = parseMarkdownFile(await readFile(file, 'utf8'), file);
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    found.set(name.replace(/\.md$/, ''), { data: ArticleSchema.parse(parsed.value.data), body: parsed.value.body });
  }
  return found;
}

const words = (body: string) => body.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').split(/\s+/).filter((word) => /\w/.test(word)).length;

describe('the explainers', () => {
  test("are the site's own, of 600 to 900 words, and link in the text every source they list, and no other", async () => {
    const all = await articles();
    for (const slug of EXPLAINERS) {
      const article = all.get(slug);
      expect(article, slug).toBeDefined();
      const { data, body } = article!;
      expect([data.genre, data.source.outlet, data.source.url], slug).toEqual(['explainer', 'dossier', undefined]);
      expect(words(body), slug).toBeGreaterThanOrEqual(600);
      expect(words(body), slug).toBeLessThanOrEqual(900);
      const linked = new Set([...body.matchAll(/\]\((https?:[^)\s]+)\)/g)].map((match) => match[1]));
      expect([...linked].sort(), slug).toEqual([...new Set(data.sources.map((source) => source.url))].sort());
    }
  });

  test('show their sources under the text, and say the site wrote them', async () => {
    for (const slug of EXPLAINERS) {
      const page = await readPage(distDir, `/articles/${slug}/`);
      const { data } = (await articles()).get(slug)!;
      expect(all(page, '.article-sources .sources a').map((a) => a.properties['href'])).toEqual(data.sources.map((s) => s.url));
      expect(all(page, '.original')).toEqual([]);
      expect(text(one(page, '.article-text > p.small'))).toMatch(/^Written by Dossier/);
    }
  });
});

describe('actor pages', () => {
  test.each(['iran', 'bolivia', 'argentina', 'amia', 'mohammad-reza-ashtiani', 'edmundo-novillo'])(
    '/actors/%s/ lists every article that names the actor, each with its sentences',
    async (id) => {
      const expected = [...(await articles())].filter(([, { data }]) => data.actors.includes(id)).map(([slug]) => `/articles/${slug}/`);
      expect(expected.length, `articles listing ${id}`).toBeGreaterThanOrEqual(2);
      const page = await readPage(distDir, `/actors/${id}/`);
      const backlinks = all(page, '.backlink');
      expect(backlinks.map((backlink) => one(backlink, 'h3 a').properties['href']).sort()).toEqual(expected.sort());
      for (const backlink of backlinks) {
        const sentences = all(backlink, '.mentions li');
        expect(sentences.length).toBeGreaterThan(0);
        for (const sentence of sentences) expect(text(sentence).length).toBeGreaterThan(20);
      }
    },
  );
});

describe('the timeline', () => {
  test('shows, for each event several articles mention, the phrase of each article', async () => {
    const content = await articles();
    const byEvent = new Map<string, [string, string][]>();
    for (const [, { data }] of content) {
      for (const mention of data.dates) {
        byEvent.set(mention.event, [...(byEvent.get(mention.event) ?? []), [data.title, mention.quote]]);
      }
    }
    const shared = [...byEvent].filter(([, mentions]) => new Set(mentions.map(([title]) => title)).size > 1);
    expect(shared.map(([event]) => event)).toEqual(expect.arrayContaining(['amia-bombing', 'iran-bolivia-mou']));
    const page = await readPage(distDir, '/timeline/');
    for (const [event, mentions] of shared) {
      const shown = all(one(page, `#${event}`), '.event-mentions li').map((item) => [text(one(item, 'cite')), text(one(item, 'a'))]);
      expect(shown.sort(), event).toEqual([...mentions].sort());
    }
  });
});

describe('the home page', () => {
  test('lists every article, newest analysis first', async () => {
    const content = [...(await articles())];
    expect(content.map(([slug]) => slug)).toEqual(expect.arrayContaining([...EXPLAINERS, SEED]));
    const page = await readPage(distDir, '/');
    const listed = all(page, '.article-list .card-title a').map((a) => String(a.properties['href']));
    expect(listed.map((href) => href.replace(/^\/articles\/|\/$/g, ''))).toEqual(
      content
        .sort(([, a], [, b]) => b.data.analysed.localeCompare(a.data.analysed) || b.data.source.published.localeCompare(a.data.source.published))
        .map(([slug]) => slug),
    );
  });
});

describe('the claims index', () => {
  test("still shows the seed's claims, with the count of each verdict", async () => {
    const { data } = (await articles()).get(SEED)!;
    const page = await readPage(distDir, '/claims/');
    const claims = all(page, '.claim-list .card-title a').map((a) => String(a.properties['href']));
    expect(claims.filter((href) => href.startsWith(`/articles/${SEED}/claims/`)).sort()).toEqual(
      data.claims.map((claim) => `/articles/${SEED}/claims/${claim.id}/`).sort(),
    );
    const counts = Object.fromEntries(
      all(page, '.filter-links li')
        .filter((item) => one(item, 'a').properties['href']?.toString().startsWith('/claims/rating/'))
        .map((item) => [text(one(item, 'a')), Number(/\((\d+)\)/.exec(text(item))?.[1])]),
    );
    const everyClaim = [...(await articles()).values()].flatMap((article) => article.data.claims);
    expect(counts).toEqual(
      Object.fromEntries(RATINGS.map((rating) => [RATING_SCALE[rating].label, everyClaim.filter((claim) => claim.rating === rating).length])),
    );
  });
});
