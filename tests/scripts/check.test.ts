import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = await mkdtemp(join(tmpdir(), 'dossier-check-'));
afterAll(() => rm(work, { recursive: true, force: true }));

/** Runs `npm run check`'s script on `contentDir` (default: `content/`), as npm runs it. */
function runCheck(contentDir?: string): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  if (contentDir === undefined) delete env['DOSSIER_CONTENT_DIR'];
  else env['DOSSIER_CONTENT_DIR'] = contentDir;
  // process.execPath is the Node that runs the tests: the pinned one under `npm test`.
  const result = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: root, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check', () => {
  test("returns 0 for the site's content, with no error and no warning", () => {
    const result = runCheck();
    expect(result.stdout).toMatch(/^Checked \d+ files in content: 0 errors, 0 warnings, \d+ suggestions?\.\n$|suggestions?:\n[\s\S]*\nChecked \d+ files in content: 0 errors, 0 warnings, \d+ suggestions?\.\n$/);
    expect(result.status).toBe(0);
  });

  test('returns 1 and prints errors, then warnings, then a summary, for the broken fixture', () => {
    const result = runCheck('tests/fixtures/sites/broken');
    expect(result.stdout).toMatchInlineSnapshot(`
      "6 content errors:
        tests/fixtures/sites/broken/articles/bad-fields.md:2: title: missing: expected a string
        tests/fixtures/sites/broken/articles/bad-fields.md:3: genre: expected one of "news", "opinion", "analysis", "explainer", got "rumour"
        tests/fixtures/sites/broken/articles/bad-fields.md:7: source.published: expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, got "2023-13"
        tests/fixtures/sites/broken/articles/unknown-ids.md:6: source.outlet: unknown actor "daily-exampel"
          Did you mean "daily-example"? Otherwise create actors/daily-exampel.md.
        tests/fixtures/sites/broken/articles/unknown-ids.md:10: actors[1]: unknown actor "bolivai"
          Did you mean "bolivia"? Otherwise create actors/bolivai.md.
        tests/fixtures/sites/broken/articles/unknown-ids.md:12: dates[0].event: unknown event "no-such-event"
          Create events/no-such-event.md.
      2 content warnings:
        tests/fixtures/sites/broken/actors/bolivia.md:4: sources: missing: no source backs the summary "A country in South America."
          Add sources: [{ title: …, url: https://… }] with a public source for the summary.
        tests/fixtures/sites/broken/actors/daily-example.md:4: sources: missing: no source backs the summary "A newspaper that exists only in the test fixtures."
          Add sources: [{ title: …, url: https://… }] with a public source for the summary.

      Checked 5 files in tests/fixtures/sites/broken: 6 errors, 2 warnings, 0 suggestions.
      "
    `);
    expect(result.status).toBe(1);
  });

  test('returns 0 when there are only warnings', async () => {
    const site = join(work, 'warnings');
    await cp('tests/fixtures/sites/minimal', site, { recursive: true });
    const actor = join(site, 'actors', 'bolivia.md');
    await writeFile(actor, (await readFile(actor, 'utf8')).replace(/^sources:\n(?: {2}.*\n)+/m, ''));

    const result = runCheck(site);
    expect(result.stdout).toBe(
      '1 content warning:\n' +
        `  ${actor}:4: sources: missing: no source backs the summary "A country in South America."\n` +
        '    Add sources: [{ title: …, url: https://… }] with a public source for the summary.\n\n' +
        `Checked 4 files in ${site}: 0 errors, 1 warning, 0 suggestions.\n`,
    );
    expect(result.status).toBe(0);
  });

  test('returns 1 and reports every problem of an unfinished draft', () => {
    const result = runCheck('tests/fixtures/sites/drafts');
    expect(result.stdout).toBe(
      '2 content errors:\n' +
        '  tests/fixtures/sites/drafts/articles/draft-unfinished.md:2: summary: missing: expected a string\n' +
        '  tests/fixtures/sites/drafts/articles/draft-unfinished.md:11: claims[0].rating: expected one of "supported", ' +
        '"partly-supported", "disputed", "unsupported", "false", "not-checkable", got nothing\n\n' +
        'Checked 6 files in tests/fixtures/sites/drafts (2 drafts): 2 errors, 0 warnings, 0 suggestions.\n',
    );
    expect(result.status).toBe(1);
  });
});
