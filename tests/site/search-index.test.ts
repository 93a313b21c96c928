import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { listPages } from '../support/dist-files.ts';

const distDir = inject('distDir');

describe('the search index of the built site', () => {
  test('holds every page marked for search: the pages Pagefind reads miss none', async () => {
    const marked: string[] = [];
    for (const url of await listPages(distDir)) {
      const file = join(distDir, url.endsWith('/') ? `${url}index.html` : url);
      if ((await readFile(file, 'utf8')).includes('data-pagefind-body')) marked.push(url);
    }
    const entry = JSON.parse(await readFile(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(marked.length).toBeGreaterThan(50);
    expect(entry.languages.en.page_count).toBe(marked.length);
  });
});
