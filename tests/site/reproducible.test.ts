import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { listFiles } from '../support/dist-files.ts';
import { runBuild } from '../support/run-build.ts';

const workDir = await mkdtemp(join(tmpdir(), 'dossier-again-'));
afterAll(() => rm(workDir, { recursive: true, force: true }));

async function fingerprint(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const file of await listFiles(dir)) {
    hashes.set(file, createHash('sha256').update(await readFile(join(dir, file))).digest('hex'));
  }
  return hashes;
}

/** Every cached preview image, with when it was written. */
async function imageCache(cacheDir: string): Promise<Map<string, number>> {
  const dir = join(cacheDir, 'og');
  const names = await readdir(dir).catch(() => []);
  return new Map(await Promise.all(names.map(async (name) => [name, (await stat(join(dir, name))).mtimeMs] as const)));
}

// The seed's fixture site, with caches of its own, so that the builds other test files run meanwhile
// neither add to nor take from the preview images counted here.
describe('two builds of the same content', () => {
  test('produce byte-identical sites, the second drawing no preview image again', async () => {
    const cacheDir = join(workDir, 'cache');
    // Started from a copy of the project's preview images, which the test sites' builds have drawn.
    await cp('node_modules/.cache/dossier/og', join(cacheDir, 'og'), { recursive: true, filter: (path) => !path.endsWith('.tmp') });
    const build = (name: string) => {
      const outDir = join(workDir, name);
      const result = runBuild({ outDir, contentDir: 'tests/fixtures/sites/seed', cacheDir });
      expect(result.status, result.output).toBe(0);
      return outDir;
    };
    const first = await fingerprint(build('first'));
    const cacheBefore = await imageCache(cacheDir);
    const second = await fingerprint(build('second'));
    const differing = [...new Set([...first.keys(), ...second.keys()])].filter(
      (file) => first.get(file) !== second.get(file),
    );
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(100);
    // The first build drew every image; the second took each from the cache.
    expect(cacheBefore.size).toBeGreaterThan(40);
    expect(await imageCache(cacheDir)).toEqual(cacheBefore);
  });
});
