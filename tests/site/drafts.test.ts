import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import { listFiles } from '../support/dist-files.ts';

const distDir = inject('draftsDistDir');
const output = inject('draftsBuildOutput');

/** What would give a draft away: its slugs, titles, claim and the words only it uses. */
const DRAFT_MARKS = [
  'draft-finished',
  'draft-unfinished',
  'A finished draft about Bolivia',
  'An unfinished draft',
  'draft-claim',
  'half-done',
  'signed nothing',
  'promised everything',
];

/** Every file of the built site as text; Pagefind's fragments are gzipped, so they are unpacked. */
async function readSite(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const file of await listFiles(distDir)) {
    const bytes = await readFile(join(distDir, file));
    if (file.startsWith('pagefind/fragment/')) files.set(file, gunzipSync(bytes).toString('utf8'));
    else if (/\.(html|json|csv|xml|txt)$/.test(file)) files.set(file, bytes.toString('utf8'));
    else files.set(file, '');
  }
  return files;
}

describe('a build with drafts', () => {
  test('reports the drafts it skipped and warns about the unfinished one', () => {
    expect(output).toContain(
      'skipped 2 drafts: tests/fixtures/sites/drafts/articles/draft-finished.md, tests/fixtures/sites/drafts/articles/draft-unfinished.md',
    );
    expect(output).toContain(
      'tests/fixtures/sites/drafts/articles/draft-unfinished.md:16: draft: a draft with 2 errors, left out of the build',
    );
  });

  test('names no draft in any file, page, image, feed, sitemap, data file or search fragment', async () => {
    const site = await readSite();
    const found = [...site].flatMap(([file, text]) =>
      DRAFT_MARKS.filter((mark) => file.includes(mark) || text.includes(mark)).map((mark) => `${file}: ${mark}`),
    );
    expect(found).toEqual([]);

    // The published article is in every place a draft would have been.
    const published = [
      'index.html',
      'articles/index.html',
      'claims/index.html',
      'timeline/index.html',
      'actors/bolivia/index.html',
      'events/example-event/index.html',
      'rss.xml',
      'sitemap-0.xml',
      'data/articles.json',
      'data/events.json',
      'data/actors.json',
    ];
    for (const file of published) expect(site.get(file), file).toContain('fixture-article');
    expect(site.has('articles/fixture-article/index.html')).toBe(true);
    expect(site.has('articles/fixture-article/claims/published-claim/index.html')).toBe(true);
    expect(site.has('og/articles/fixture-article.png')).toBe(true);
    expect([...site].some(([file, text]) => file.startsWith('pagefind/fragment/') && text.includes('/articles/fixture-article/'))).toBe(true);
  });

  test('lists only the published article in the open data', async () => {
    const articles = JSON.parse(await readFile(join(distDir, 'data/articles.json'), 'utf8')) as { items: { id: string }[] };
    expect(articles.items.map((item) => item.id)).toEqual(['fixture-article']);
    const claims = JSON.parse(await readFile(join(distDir, 'data/claims.json'), 'utf8')) as { items: { id: string }[] };
    expect(claims.items.map((item) => item.id)).toEqual(['published-claim']);
  });
});
