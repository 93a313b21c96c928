/**
 * What an analyst trusts the annotator with: saves made at once never lose
 * one another's work, no file or folder outside the content folder is read
 * or written, and what is typed is what the file holds, to the character.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runAction } from '#annotator/actions.ts';
import { ContentFiles, Refusal, versionOf } from '#annotator/content-files.ts';
import { readActionRequest } from '#annotator/requests.ts';
import { readContentFolder } from '#adapter/content-folder.ts';
import { parseMarkdownFile } from '#lib/check/frontmatter.ts';

let work: string;
let root: string;
let files: ContentFiles;
const articleFile = () => join(root, 'articles', 'fixture-article.md');
const read = (file: string) => readFile(file, 'utf8');
const dataOf = (text: string) => {
  const parsed = parseMarkdownFile(text, 'test.md');
  if (!parsed.ok) throw new Error(parsed.problems[0]!.message);
  return parsed.value.data as Record<string, any>;
};

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'dossier-trust-'));
  root = join(work, 'content');
  await cp('tests/fixtures/sites/minimal', root, { recursive: true });
  await writeFile(articleFile(), `${await read(articleFile())}\nBolivia signed a memorandum with Iran. Bolivia signed a memorandum in Tehran.\n`);
  files = new ContentFiles(root);
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The outcome of a promise: what it gave, or the refusal it was refused with. */
const settle = <T,>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => {
      if (!(error instanceof Refusal)) throw error;
      return { ok: false as const, error };
    },
  );

const CLAIM = { kind: 'factual', rating: 'supported', summary: 'Bolivia signed a memorandum', assessment: 'The fixture says so.', sources: [{ title: 'S', url: 'https://example.org/s' }] };

describe('saves made at once', () => {
  test('of six saves from one version, one is written and five are refused with the version that won; nothing is lost', async () => {
    const version = (await files.open('articles', 'fixture-article')).version;
    const saves = ['one', 'two', 'three', 'four', 'five', 'six'].map((id) =>
      settle(runAction(files, readActionRequest({ action: 'claim', article: 'fixture-article', version, select: { quote: 'Bolivia did something' }, claim: { ...CLAIM, id } }))),
    );
    const results = await Promise.all(saves);
    const accepted = results.flatMap((result, i) => (result.ok ? [i] : []));
    expect(accepted).toHaveLength(1);
    const text = await read(articleFile());
    const claims = dataOf(text)['claims'] as { id: string }[];
    expect(claims.map((claim) => claim.id)).toEqual([['one', 'two', 'three', 'four', 'five', 'six'][accepted[0]!]]);
    for (const result of results) {
      if (result.ok) continue;
      expect(result.error.status).toBe(409);
      expect(result.error.version).toBe(versionOf(text));
    }
  });

  test('saves made one after another, each from the version the last one gave, all land', async () => {
    let version = (await files.open('articles', 'fixture-article')).version;
    for (const [id, quote] of [
      ['one', 'Bolivia did something'],
      ['two', 'memorandum with Iran'],
    ] as const) {
      version = (await runAction(files, readActionRequest({ action: 'claim', article: 'fixture-article', version, select: { quote }, claim: { ...CLAIM, id } }))).version!;
    }
    expect((dataOf(await read(articleFile()))['claims'] as { id: string }[]).map((claim) => claim.id)).toEqual(['one', 'two']);
  });
});

describe('the content folder’s edge', () => {
  test('an article that is a link to a file outside is neither shown nor written', async () => {
    await writeFile(join(work, 'secret.md'), '---\ntitle: secret\n---\nroot:x:0:0\n');
    await symlink(join(work, 'secret.md'), join(root, 'articles', 'leak.md'));
    const refused = await settle(files.open('articles', 'leak'));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect([refused.error.status, refused.error.message]).toEqual([403, expect.stringMatching(/leak\.md is a symbolic link to .*secret\.md, outside the content folder/)]);
  });

  test('a collection folder that is a link out of the content folder is refused by the check, and the annotator neither reads nor writes through it', async () => {
    const outside = join(work, 'elsewhere');
    await rename(join(root, 'events'), outside);
    await symlink(outside, join(root, 'events'));
    const folder = await readContentFolder(root);
    expect(folder.files.filter((file) => file.collection === 'events')).toEqual([]);
    expect(folder.problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/the events\/ folder is a symbolic link to .*elsewhere, outside the content folder/)]);
    expect((await settle(files.open('events', 'example-event'))).ok).toBe(false);
    const version = (await files.open('articles', 'fixture-article')).version;
    const created = await settle(
      runAction(files, readActionRequest({ action: 'event', article: 'fixture-article', version, select: { quote: 'memorandum with Iran' }, event: { id: 'new-event', title: 'A new event', date: '2023', sources: [CLAIM.sources[0]] } })),
    );
    expect(created.ok).toBe(false);
    expect(await readdir(outside)).toEqual(['example-event.md']);
  });

  test('a link inside the content folder is followed like any path', async () => {
    await mkdir(join(root, 'shared'));
    await rename(join(root, 'events', 'example-event.md'), join(root, 'shared', 'example-event.md'));
    await symlink(join(root, 'shared', 'example-event.md'), join(root, 'events', 'example-event.md'));
    const folder = await readContentFolder(root);
    expect(folder.problems).toEqual([]);
    expect((await files.open('events', 'example-event')).text).toContain('Something happens');
  });
});

describe('what the analyst typed', () => {
  // Text as an analyst types or pastes it: Markdown's own marks, spaces at the ends of lines, line
  // separators, the control characters a block of text may hold, and any other character.
  const piece = fc.oneof(
    fc.constantFrom('# Heading', '```', '    code', '| a | b |', '|---|---|', '  ', '\t', '\n', '\n\n', ' \n', '\u2028', '\u2029', '\u00A0', '"', "'", ': ', '- ', '#', '&a', '*b', '!', '%', '`', '{', '}', '[', ']', ',', '>', '|', '---', 'null', 'true', '2023', '[^1]', '~~x~~'),
    fc.string({ maxLength: 6 }),
  );
  const text = fc.array(piece, { minLength: 1, maxLength: 10 }).map((pieces) => `Text ${pieces.join('')}`);

  test('an assessment and a correction’s note saved through the annotator read back exactly as typed, or are refused and nothing is written', async () => {
    let saved = 0;
    await fc.assert(
      fc.asyncProperty(text, text, async (assessment, note) => {
        const before = await read(articleFile());
        const version = versionOf(before);
        const request = { action: 'claim', article: 'fixture-article', version, select: { quote: 'Bolivia did something' }, claim: { ...CLAIM, id: 'typed', assessment } };
        const result = await settle(runAction(files, readActionRequest(request)));
        if (!result.ok) {
          expect(await read(articleFile())).toBe(before);
          return;
        }
        const after = await read(articleFile());
        expect(dataOf(after)['claims'][0].assessment).toBe(assessment);
        const corrected = await settle(
          runAction(files, readActionRequest({ action: 'claim', article: 'fixture-article', version: result.value.version!, index: 0, claim: { ...CLAIM, id: 'typed', assessment, corrections: [{ date: '2026-12-01', note }] } })),
        );
        if (corrected.ok) expect(dataOf(await read(articleFile()))['claims'][0].corrections[0].note).toBe(note);
        else expect(await read(articleFile())).toBe(after);
        saved++;
        await writeFile(articleFile(), before);
      }),
      { numRuns: 60 },
    );
    // Text of every kind is accepted: a property that refused everything would prove nothing.
    expect(saved).toBeGreaterThan(30);
  });

  test('a title, a summary and a dateline saved through the annotator read back exactly, or are refused with the reason', async () => {
    const line = fc.array(fc.oneof(fc.constantFrom(' ', '"', "'", ': ', '#', '&', '*', '|', '>', '%', '@', '`', '2023', 'null', 'é', 'ü', '\u00A0', '\u202E', '\u200B', '\u0001', '\u007F'), fc.string({ maxLength: 5 })), { minLength: 1, maxLength: 8 }).map((pieces) => `A ${pieces.join('')}`);
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(line, line, line, async (title, summary, dateline) => {
        const before = await read(articleFile());
        const request = {
          action: 'article',
          article: 'fixture-article',
          version: versionOf(before),
          fields: { title, summary, genre: 'news', analysed: '2026-11-28', draft: false, source: { outlet: 'daily-example', url: 'https://example.org/article', published: '2023-08', dateline } },
        };
        const result = await settle(runAction(files, readActionRequest(request)));
        if (!result.ok) {
          expect(result.error.status).toBe(422);
          expect(result.error.problems.join('\n')).toMatch(/expected one line of plain text, without U\+[0-9A-F]{4}|expected a string/);
          expect(await read(articleFile())).toBe(before);
          return;
        }
        const data = dataOf(await read(articleFile()));
        expect([data['title'], data['summary'], data['source'].dateline]).toEqual([title, summary, dateline]);
        accepted++;
        await writeFile(articleFile(), before);
      }),
      { numRuns: 60 },
    );
    expect(accepted).toBeGreaterThan(10);
  });

  test('editing a claim without changing its assessment leaves the assessment’s lines as they were', async () => {
    const text = await read(articleFile());
    const written = text.replace(
      '---\n\nIn July',
      'claims:\n  - id: kept\n    quote: Bolivia did something\n    kind: factual\n    rating: supported\n    summary: s\n    assessment: |\n      A line the house style would never have wrapped like\n      this, kept.\n    sources: [{ title: S, url: "https://example.org/s" }]\n---\n\nIn July',
    );
    await writeFile(articleFile(), written);
    const { quote: _, ...claim } = dataOf(written)['claims'][0];
    await runAction(files, readActionRequest({ action: 'claim', article: 'fixture-article', version: versionOf(written), index: 0, claim: { ...claim, rating: 'disputed' } }));
    expect(await read(articleFile())).toBe(written.replace('rating: supported', 'rating: disputed'));
  });

  test('dismissing a suggestion named like a heading of an assessment removes the comment, never the heading', async () => {
    const text = await read(articleFile());
    const written = text.replace(
      '---\n\nIn July',
      'claims:\n  - id: kept\n    quote: Bolivia did something\n    kind: factual\n    rating: supported\n    summary: s\n    assessment: |\n      # Evidence\n\n      The text.\n    sources: [{ title: S, url: "https://example.org/s" }]\n# Evidence\n---\n\nIn July',
    );
    await writeFile(articleFile(), written);
    await runAction(files, readActionRequest({ action: 'dismiss', article: 'fixture-article', version: versionOf(written), candidate: 'Evidence' }));
    const after = await read(articleFile());
    expect(after).toBe(written.replace('# Evidence\n---', '---'));
    expect(dataOf(after)['claims'][0].assessment).toBe('# Evidence\n\nThe text.\n');
  });
});
