import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { runBuild } from '../support/run-build.ts';

const workDir = await mkdtemp(join(tmpdir(), 'dossier-failed-'));
afterAll(() => rm(workDir, { recursive: true, force: true }));

describe('a build of broken content', () => {
  test('fails with one message per problem and leaves the last good site untouched', async () => {
    const outDir = join(workDir, 'dist');
    await cp(inject('distDir'), outDir, { recursive: true });
    const before = await readFile(join(outDir, 'index.html'), 'utf8');

    const result = runBuild({ outDir, contentDir: 'tests/fixtures/sites/broken' });

    expect(result.status).toBe(1);
    const report = result.output.slice(result.output.indexOf('6 content errors:'));
    expect(report).toContain(
      'tests/fixtures/sites/broken/articles/bad-fields.md:2: title: missing: expected a string',
    );
    expect(report).toContain(
      'tests/fixtures/sites/broken/articles/bad-fields.md:7: source.published: expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, got "2023-13"',
    );
    expect(report).toContain(
      'tests/fixtures/sites/broken/articles/unknown-ids.md:10: actors[1]: unknown actor "bolivai"\n    Did you mean "bolivia"? Otherwise create actors/bolivai.md.',
    );
    expect(report).toContain('unknown-ids.md:6: source.outlet: unknown actor "daily-exampel"');
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toBe(before);
    expect(await readdir(workDir)).toEqual(['dist']);
  });
});
