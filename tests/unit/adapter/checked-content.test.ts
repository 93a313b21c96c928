import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkedContent, latestCheckedContent } from '#adapter/checked-content.ts';
import { ContentError } from '#lib/content/problems.ts';
import type { Article } from '#lib/content/schema/index.ts';
import type { Entry } from '#lib/content/entry.ts';
import { buildSite } from '#lib/model/build-site.ts';

const MINIMAL = resolve(import.meta.dirname, '../../fixtures/sites/minimal');
const DRAFTS = resolve(import.meta.dirname, '../../fixtures/sites/drafts');
let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-checked-'));
  await cp(MINIMAL, root, { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('checkedContent', () => {
  test('checks a folder once: every copy of the module in the process gets the same check', async () => {
    const first = checkedContent(root, { drafts: 'exclude' });
    expect(checkedContent(root, { drafts: 'exclude' })).toBe(first);
    // Astro loads the integration and the pages as separate copies of the module.
    const copy = '../../../src/adapter/checked-content.ts?another-copy';
    const other: typeof import('#adapter/checked-content.ts') = await import(/* @vite-ignore */ copy);
    expect(other.checkedContent).not.toBe(checkedContent);
    expect(other.checkedContent(root, { drafts: 'exclude' })).toBe(first);
    expect((await first).content.articles.map((article) => article.id)).toEqual(['fixture-article']);
  });

  test('checks again when asked for a fresh check, and then holds the new one', async () => {
    const before = await checkedContent(root, { drafts: 'include' });
    const file = join(root, 'articles', 'fixture-article.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('title: A fixture article', 'title: An edited article'));
    expect(await checkedContent(root, { drafts: 'include' })).toBe(before);
    const fresh = checkedContent(root, { drafts: 'include', fresh: true });
    expect((await fresh).content.articles[0]?.data.title).toBe('An edited article');
    expect(checkedContent(root, { drafts: 'include' })).toBe(fresh);
  });

  test('checks again for another folder or another draft mode', async () => {
    const included = checkedContent(root, { drafts: 'include' });
    const excluded = checkedContent(root, { drafts: 'exclude' });
    expect(excluded).not.toBe(included);
    expect(checkedContent(MINIMAL, { drafts: 'exclude' })).not.toBe(excluded);
  });

  test('gives the pages the check this command ran, whatever its draft mode, and never drafts without one', async () => {
    const folder = join(root, 'with-drafts');
    await cp(DRAFTS, folder, { recursive: true });
    const ids = async (check: ReturnType<typeof latestCheckedContent>) => (await check).content.articles.map((article) => article.id).sort();
    // No check of this folder yet (as when NODE_ENV says development in a build): drafts stay out.
    expect(await ids(latestCheckedContent(folder))).toEqual(['fixture-article']);
    // The dev server's check includes them, and the pages get that one.
    const dev = checkedContent(folder, { drafts: 'include' });
    expect(latestCheckedContent(folder)).toBe(dev);
    expect(await ids(dev)).toContain('draft-finished');
  });

  test('gives the site model entries with their lines and the alias index, so that it renders the same', async () => {
    const { content, aliasIndex } = await checkedContent(root, { drafts: 'exclude' });
    const withIndex = buildSite(content, { host: 'dossier.example', aliasIndex });
    const compiled = buildSite(content, { host: 'dossier.example' });
    expect(withIndex.articles.map((view) => view.rendered.html)).toEqual(compiled.articles.map((view) => view.rendered.html));
    expect(withIndex.articles[0]?.mentioned.map((actor) => actor.id)).toEqual(['bolivia']);

    // An error raised while rendering, after the check, still names the line of the field.
    const [article] = content.articles as [Entry<Article>];
    const changed = { ...article, body: 'The text no longer holds the quote.' };
    const build = () => buildSite({ ...content, articles: [changed] }, { host: 'dossier.example', aliasIndex });
    expect(build).toThrow(ContentError);
    try {
      build();
    } catch (error) {
      const [problem] = (error as ContentError).problems;
      expect(problem).toMatchObject({ file: article.file, line: 12 });
      expect(problem?.field).toMatch(/^dates/);
    }
  });
});
