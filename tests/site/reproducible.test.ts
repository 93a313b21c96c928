import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
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
async function imageCache(): Promise<Map<string, number>> {
  const dir = 'node_modules/.cache/dossier/og';
  const names = await readdir(dir).catch(() => []);
  return new Map(await Promise.all(names.map(async (name) => [name, (await stat(join(dir, name))).mtimeMs] as const)));
}

describe('two builds of the same content', () => {
  test('produce byte-identical sites, the second drawing no preview image again', async () => {
    const again = join(workDir, 'dist');
    const cacheBefore = await imageCache();
    const result = runBuild({ outDir: again });
    expect(result.status, result.output).toBe(0);

    const first = await fingerprint(inject('distDir'));
    const second = await fingerprint(again);
    const differing = [...new Set([...first.keys(), ...second.keys()])].filter(
      (file) => first.get(file) !== second.get(file),
    );
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(3);
    // The first build drew every image; the second took each from the cache.
    expect(cacheBefore.size).toBeGreaterThan(40);
    expect(await imageCache()).toEqual(cacheBefore);
  });
});
