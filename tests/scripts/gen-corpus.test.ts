import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/gen-corpus.ts';
import { type ContentFile, checkContent } from '#lib/check/content-check.ts';
import { COLLECTIONS } from '#lib/content/registry.ts';

const work = await mkdtemp(join(tmpdir(), 'dossier-corpus-'));
afterAll(() => rm(work, { recursive: true, force: true }));

async function readSite(root: string): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const collection of COLLECTIONS) {
    for (const name of (await readdir(join(root, collection)).catch(() => [])).sort()) {
      files.push({ collection, file: `${collection}/${name}`, text: await readFile(join(root, collection, name), 'utf8') });
    }
  }
  return files;
}

describe('generateCorpus', () => {
  test('writes a site that the content check accepts, with claims and dates anchored in every article', async () => {
    const out = join(work, 'a');
    await generateCorpus({ out, articles: 5, actors: 60, events: 40 });
    const files = await readSite(out);
    const { problems, content } = checkContent(files);
    expect(problems).toEqual([]);
    expect(content.articles).toHaveLength(5);
    for (const article of content.articles) {
      expect(article.data.claims.length, article.id).toBe(10);
      expect(article.data.dates.length, article.id).toBeGreaterThanOrEqual(3);
      expect(article.body.split(/\s+/).length, article.id).toBeGreaterThan(850);
    }
    expect(content.narratives).toHaveLength(20);
    const carried = content.articles.flatMap((article) => article.data.claims.flatMap((claim) => claim.narratives));
    // About one claim in four of the 50.
    expect(carried.length).toBeGreaterThan(5);
    expect(carried.length).toBeLessThan(25);
  });

  test('writes the same articles with narratives as without, but for the claims\' narratives', async () => {
    await generateCorpus({ out: join(work, 'e'), articles: 3, actors: 40, events: 20, narratives: 0 });
    await generateCorpus({ out: join(work, 'f'), articles: 3, actors: 40, events: 20 });
    const text = (dir: string) => readFile(join(work, dir, 'articles', 'article-3.md'), 'utf8');
    const withNarratives = await text('f');
    expect(withNarratives).toMatch(/^ {4}narratives:\n {6}- narrative-\d+$/m);
    expect(withNarratives.replace(/^ {4}narratives:\n {6}- narrative-\d+\n/gm, '')).toBe(await text('e'));
  });

  test('writes every tenth article in Spanish, each claim translated, and every twentieth decomposed (NFD), all accepted', async () => {
    const out = join(work, 'es');
    await generateCorpus({ out, articles: 20, actors: 60, events: 40 });
    const { problems, content } = checkContent(await readSite(out));
    expect(problems).toEqual([]);
    const byId = new Map(content.articles.map((article) => [article.id, article]));
    expect(content.articles.filter((article) => article.data.lang === 'es').map((article) => article.id).sort()).toEqual(['article-10', 'article-20']);
    for (const id of ['article-10', 'article-20']) {
      const article = byId.get(id)!;
      expect(article.data.claims.length, id).toBe(10);
      expect(article.data.claims.every((claim) => claim.translation !== undefined && claim.translation !== claim.quote), id).toBe(true);
      expect(article.data.dates.every((date) => /^(en|el) /.test(date.quote)), id).toBe(true);
    }
    expect(byId.get('article-10')!.body.normalize('NFC')).toBe(byId.get('article-10')!.body);
    expect(byId.get('article-20')!.body.normalize('NFC')).not.toBe(byId.get('article-20')!.body);
    // The articles in English are those a corpus without Spanish would have: the Spanish take the same draws.
    expect(byId.get('article-11')!.data.lang).toBe('en');
  });

  test('writes the same files for the same seed, and others for another', async () => {
    await generateCorpus({ out: join(work, 'b'), articles: 2, actors: 40, events: 20 });
    await generateCorpus({ out: join(work, 'c'), articles: 2, actors: 40, events: 20 });
    await generateCorpus({ out: join(work, 'd'), articles: 2, actors: 40, events: 20, seed: 2 });
    const text = (dir: string) => readFile(join(work, dir, 'articles', 'article-2.md'), 'utf8');
    expect(await text('b')).toBe(await text('c'));
    expect(await text('b')).not.toBe(await text('d'));
  });
});
