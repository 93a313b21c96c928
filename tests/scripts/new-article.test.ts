import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RATINGS, ratingNeedsSources } from '#lib/content/ratings.ts';

const run = promisify(execFile);
let work: string;
let contentDir: string;

/** Runs `npm run new` (the script itself) against the temporary content folder; never throws. */
async function runNew(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/new-article.ts', ...args], {
      env: { ...process.env, DOSSIER_CONTENT_DIR: contentDir },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

/** Runs `npm run check` (the script itself) on the temporary content folder; never throws. */
async function runCheck(): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, ['scripts/check.ts'], { env: { ...process.env, DOSSIER_CONTENT_DIR: contentDir } });
    return { code: 0, stdout };
  } catch (error) {
    const { code, stdout } = error as { code: number; stdout: string };
    return { code, stdout };
  }
}

/** Fills in what the analyst decides, as an analyst would: every field the draft leaves empty. */
function fillIn(text: string): string {
  const [, yaml, body] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(text)!;
  const doc = parseDocument(yaml!);
  doc.set('title', 'Iran-Bolivia military ties');
  doc.set('summary', 'An opinion piece on the Iran–Bolivia defence memorandum.');
  doc.set('genre', 'opinion');
  doc.setIn(['source', 'url'], 'https://www.tehrantimes.com/news/487824/');
  const claims = doc.get('claims') as { items: unknown[] };
  claims.items.forEach((_, i) => {
    const rating = RATINGS[i % RATINGS.length]!;
    doc.setIn(['claims', i, 'rating'], rating);
    doc.setIn(['claims', i, 'summary'], `Claim ${i + 1} of the article`);
    doc.setIn(['claims', i, 'assessment'], 'What the evidence shows.');
    if (ratingNeedsSources(rating)) doc.setIn(['claims', i, 'sources'], [{ title: 'A source', url: 'https://example.org/source' }]);
  });
  return `---\n${doc.toString()}---\n${body}`;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dossier-new-'));
  contentDir = join(work, 'content');
  // The frozen cast of the seed, so that editing the site's content never changes what this test expects.
  await cp('tests/fixtures/sites/seed', contentDir, { recursive: true });
  await rm(join(contentDir, 'articles'), { recursive: true });
  await cp('tests/fixtures/seed/iran-bolivia-military-ties.txt', join(work, 'seed.txt'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('npm run new', () => {
  test('creates the draft, reports what it found and what is left, and names the next command', async () => {
    const { code, stdout } = await runNew(join(work, 'seed.txt'), '--outlet', 'tehran-times', '--published', '2023', '--slug', 'seed-draft');
    expect(code).toBe(0);
    expect(stdout).toContain(`Created ${join(contentDir, 'articles', 'seed-draft.md')} (draft: true).`);
    expect(stdout).toMatch(/14 known actors:/);
    expect(stdout).toContain('“In July” → 2023-07 → iran-bolivia-mou');
    expect(stdout).toContain('  - title: the original headline');
    expect(stdout).toMatch(/Then run: npm run check$/m);
    const text = await readFile(join(contentDir, 'articles', 'seed-draft.md'), 'utf8');
    expect(text).toMatch(/^---\n[\s\S]*\ndraft: true\n[\s\S]*---\n\nTEHRAN- The growing relations/);
  });

  test('refuses to overwrite an existing file, leaving it unchanged, and says which', async () => {
    const path = join(contentDir, 'articles', 'taken.md');
    await writeFile(path, 'the analyst’s work\n');
    const { code, stderr } = await runNew(join(work, 'seed.txt'), '--slug', 'taken');
    expect(code).not.toBe(0);
    expect(stderr).toContain(`${path} already exists and was left unchanged`);
    expect(await readFile(path, 'utf8')).toBe('the analyst’s work\n');
    await rm(path);
  });

  test('refuses an unknown outlet, naming the nearest actor ids', async () => {
    const { code, stderr } = await runNew(join(work, 'seed.txt'), '--outlet', 'tehran-time', '--slug', 'never-written');
    expect(code).not.toBe(0);
    expect(stderr).toContain('--outlet: unknown actor "tehran-time". Did you mean "tehran-times"?');
    await expect(readFile(join(contentDir, 'articles', 'never-written.md'), 'utf8')).rejects.toThrow();
  });

  test('drafts a text in Spanish with --lang: its language, its dates read in Spanish, a translation to write for each claim', async () => {
    const input = join(work, 'memorando.txt');
    await writeFile(input, 'Irán y Bolivia firmaron el 20 de julio de 2023 un memorando. El ministro dijo que el acuerdo “no amenaza a nadie”.\n'.normalize('NFD'));
    const { code, stdout } = await runNew(input, '--lang', 'es', '--published', '2023-07', '--slug', 'memorando');
    expect(code).toBe(0);
    expect(stdout).toContain('→ iran-bolivia-mou');
    const text = await readFile(join(contentDir, 'articles', 'memorando.md'), 'utf8');
    const data = parseDocument(/^---\n([\s\S]*?)---\n/.exec(text)![1]!).toJS() as Record<string, any>;
    expect(data['lang']).toBe('es');
    expect(data['dates']).toEqual([{ quote: 'el 20 de julio de 2023', event: 'iran-bolivia-mou' }]);
    expect(data['actors']).toEqual(['iran', 'bolivia']);
    expect((data['claims'] as Record<string, unknown>[]).every((claim) => claim['translation'] === null)).toBe(true);
    await rm(join(contentDir, 'articles', 'memorando.md'));
  });

  test('refuses a --lang that is no language tag', async () => {
    const { code, stderr } = await runNew(join(work, 'seed.txt'), '--lang', 'Spanish', '--slug', 'never-written');
    expect(code).not.toBe(0);
    expect(stderr).toContain('--lang: expected a language tag (BCP 47) such as "en", "es" or "es-AR", got "Spanish"');
  });

  test('takes the title and the slug from a Markdown heading', async () => {
    const input = join(work, 'headline.md');
    await writeFile(input, '# Bolivia and Iran sign a pact\r\n\r\nIn July, Bolivia and Iran signed a pact.\r\n');
    const { code } = await runNew(input);
    expect(code).toBe(0);
    const text = await readFile(join(contentDir, 'articles', 'bolivia-and-iran-sign-a-pact.md'), 'utf8');
    expect(text).toContain('title: Bolivia and Iran sign a pact\n');
    expect(text.endsWith('---\n\nIn July, Bolivia and Iran signed a pact.\n')).toBe(true);
    await rm(join(contentDir, 'articles', 'bolivia-and-iran-sign-a-pact.md'));
  });

  test('writes a draft that npm run check rejects until it is filled in, and passes once it is', async () => {
    const path = join(contentDir, 'articles', 'seed-draft.md');
    const draft = await readFile(path, 'utf8');
    const before = await runCheck();
    expect(before.code).toBe(1);
    expect(before.stdout).toMatch(/seed-draft\.md:\d+: title: /);
    expect(before.stdout).toMatch(/seed-draft\.md:\d+: claims\[0\]\.rating: /);

    await writeFile(path, fillIn(draft));
    const after = await runCheck();
    expect(after.stdout).toMatch(/: 0 errors, 0 warnings, \d+ suggestions?\.\n$/);
    expect(after.code).toBe(0);
  });
});
