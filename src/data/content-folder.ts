/**
 * Reads the content folder and runs the content check on it: the one entry
 * point that the build, `npm run check` and the dev server share.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type ContentCheck, type ContentFile, checkContent } from '#lib/check/content-check.ts';
import type { DraftMode } from '#lib/content/drafts.ts';
import { COLLECTIONS, REGISTRY } from '#lib/content/registry.ts';
import { displayPath } from './content-root.ts';

/** Reads every `*.md` file of every collection under `root`, in a stable order. */
export async function readContentFiles(root: string): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const collection of COLLECTIONS) {
    const dir = join(root, REGISTRY[collection].folder);
    const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    for (const name of names.filter((n) => n.endsWith('.md')).sort()) {
      const path = join(dir, name);
      files.push({ collection, file: displayPath(path), text: await readFile(path, 'utf8') });
    }
  }
  return files;
}

/** The content check of the folder `root`, and how many files it read. */
export async function checkContentFolder(
  root: string,
  options: { readonly drafts: DraftMode },
): Promise<ContentCheck & { readonly files: number }> {
  const files = await readContentFiles(root);
  return { ...checkContent(files, options), files: files.length };
}
