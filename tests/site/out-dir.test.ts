import { access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, inject, test } from 'vitest';

describe('building elsewhere', () => {
  test('builds into an --out-dir under the system temporary folder, outside the project, search and all', async () => {
    const distDir = inject('distDir');
    expect(relative(tmpdir(), distDir).startsWith('..')).toBe(false);
    expect(relative(process.cwd(), distDir).startsWith('..')).toBe(true);
    for (const file of ['index.html', 'articles/iran-bolivia-military-ties/index.html', 'pagefind/pagefind.js', 'search/names.json']) {
      await expect(access(join(distDir, file))).resolves.toBeUndefined();
    }
  });
});
