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
    const first = checkedContent(root, { drafts: 'exclude', base: '/' });
    expect(checkedContent(root, { drafts: 'exclude', base: '/' })).toBe(first);
    // Astro loads the integration and the pages as separate copies of the module.
    const copy = '../../../src/adapter/checked-content.ts?another-copy';
    const other: typeof import('#adapter/checked-content.ts') = await import(/* @vite-ignore */ copy);
    expect(other.checkedContent).not.toBe(checkedContent);
    expect(other.checkedContent(root, { drafts: 'exclude', base: '/' })).toBe(first);
    expect((await first).content.articles.map((article) => article.id)).toEqual(['fixture-article']);
  });

  test('checks again when asked for a fresh check, and then holds the new one', async () => {
    const before = await checkedContent(root, { drafts: 'include', base: '/' });
    const file = join(root, 'articles', 'fixture-article.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('title: A fixture article', 'title: An edited article'));
    expect(await checkedContent(root, { drafts: 'include', base: '/' })).toBe(before);
    const fresh = checkedContent(root, { drafts: 'include', base: '/', fresh: true });
    expect((await fresh).content.articles[0]?.data.title).toBe('An edited article');
    expect(checkedContent(root, { drafts: 'include', base: '/' })).toBe(fresh);
  });

  test('checks again for another folder, another draft mode or another base, however Astro writes it', async () => {
    const included = checkedContent(root, { drafts: 'include', base: '/' });
    const excluded = checkedContent(root, { drafts: 'exclude', base: '/' });
    expect(excluded).not.toBe(included);
    expect(checkedContent(MINIMAL, { drafts: 'exclude', base: '/' })).not.toBe(excluded);
    const under = checkedContent(root, { drafts: 'exclude', base: '/sub' });
    expect(checkedContent(root, { drafts: 'exclude', base: '/sub/' })).toBe(under);
    expect(latestCheckedContent(root, '/sub/')).toBe(under);
    expect(latestCheckedContent(root, '/')).not.toBe(under);
  });

  test('gives the pages the check this command ran, whatever its draft mode, and never drafts without one', async () => {
    const folder = join(root, 'with-drafts');
    await cp(DRAFTS, folder, { recursive: true });
    const ids = async (check: ReturnType<typeof latestCheckedContent>) => (await check).content.articles.map((article) => article.id).sort();
    // No check of this folder yet (as when NODE_ENV says development in a build): drafts stay out.
    expect(await ids(latestCheckedContent(folder, '/'))).toEqual(['fixture-article']);
    // The dev server's check includes them, and the pages get that one.
    const dev = checkedContent(folder, { drafts: 'include', base: '/' });
    expect(latestCheckedContent(folder, '/')).toBe(dev);
    expect(await ids(dev)).toContain('draft-finished');
  });

  test('gives the site model its renderings of the bodies, under its base, each once', async () => {
    const { content, aliasIndex, renderings } = await checkedContent(root, { drafts: 'exclude', base: '/sub/' });
    const site = buildSite(content, { host: 'dossier.example', base: '/sub/', aliasIndex, renderings });
    const html = site.articles[0]!.rendered.html;
    expect(html).toContain('href="/sub/actors/bolivia/"');
    expect(renderings.take('fixture-article')).toBeUndefined();
    // A model built again from the same check renders the body itself, the same way.
    const again = buildSite(content, { host: 'dossier.example', base: '/sub/', aliasIndex, renderings });
    expect(again.articles[0]!.rendered.html).toBe(html);
  });

  test('gives the site model entries with their lines and the alias index, so that it renders the same', async () => {
    const { content, aliasIndex } = await checkedContent(root, { drafts: 'exclude', base: '/' });
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
