import { spawnSync } from 'node:child_process';
import { access, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';

const PROJECT = resolve(import.meta.dirname, '../..');

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

describe('building elsewhere', () => {
  test('builds into an --out-dir under the system temporary folder, outside the project, search and all', async () => {
    const distDir = inject('distDir');
    expect(relative(tmpdir(), distDir).startsWith('..')).toBe(false);
    expect(relative(process.cwd(), distDir).startsWith('..')).toBe(true);
    for (const file of ['index.html', 'articles/iran-bolivia-military-ties/index.html', 'pagefind/pagefind.js', 'search/names.json']) {
      await expect(access(join(distDir, file))).resolves.toBeUndefined();
    }
  });

  // A folder beside the project whose path begins with the project's own (`…/dossier-out-x1y2z3` beside
  // `…/dossier`): Astro took it for a folder inside the project, wrote its server chunks there, and they
  // could not find a package ("Cannot find package '@oslojs/encoding'").
  const beside = mkdtemp(`${PROJECT}-out-`);
  afterAll(async () => rm(await beside, { recursive: true, force: true }));

  /** Builds the minimal fixture site with `scripts/build.ts`, run from `cwd`, into `outDir` (relative to `cwd`). */
  function buildMinimal(cwd: string, outDir: string) {
    const result = spawnSync(process.execPath, [join(PROJECT, 'scripts/build.ts'), '--out-dir', outDir], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', DOSSIER_CONTENT_DIR: relative(cwd, join(PROJECT, 'tests/fixtures/sites/minimal')) },
      encoding: 'utf8',
    });
    return { status: result.status, pid: result.pid, output: `${result.stdout}${result.stderr}` };
  }

  /** Checks that `site` holds a whole site and nothing of the build is left behind. */
  async function expectCleanSite(site: string, pid: number | undefined) {
    for (const file of ['index.html', 'pagefind/pagefind.js', 'search/names.json']) {
      expect(await exists(join(site, file)), file).toBe(true);
    }
    // No server chunks in the site, no staging folder beside it, no work folder in the project.
    expect(await exists(join(site, '.prerender'))).toBe(false);
    expect((await readdir(join(site, '..'))).filter((name) => name.includes('.staging-'))).toEqual([]);
    const work = await readdir(join(PROJECT, 'node_modules/.cache/dossier/builds')).catch(() => []);
    expect(work).not.toContain(String(pid));
  }

  test('builds into a new folder beside the project whose path begins like the project’s', async () => {
    const site = join(await beside, 'a/new/site');
    const result = buildMinimal(PROJECT, site);
    expect(result.output).not.toMatch(/Cannot find package/);
    expect(result.status, result.output).toBe(0);
    await expectCleanSite(site, result.pid);
  });

  test('builds from another working directory, with a relative --out-dir and DOSSIER_CONTENT_DIR', async () => {
    const folder = await beside;
    const result = buildMinimal(folder, 'relative/site');
    expect(result.status, result.output).toBe(0);
    await expectCleanSite(join(folder, 'relative/site'), result.pid);
  });
});
