/**
 * A content loader for a folder of Markdown files that stores each file's
 * frontmatter and raw body, and renders nothing.
 *
 * Astro's `glob()` loader renders every Markdown entry with Astro's own
 * pipeline (eagerly, or deferred through one bundled module per file); Dossier
 * renders articles with its own pipeline, so that work would be thrown away.
 * Frontmatter is parsed by the same code as the content check, so the two can
 * never read a file differently.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { idFromFile } from '../lib/content-check.ts';
import { parseMarkdownFile } from '../lib/frontmatter.ts';
import { formatProblem } from '../lib/problems.ts';

/** Loads `*.md` files directly inside `base` (a folder URL); the id is the file name. */
export function markdownFolder(base: URL): Loader {
  const dir = fileURLToPath(base);
  return {
    name: 'dossier:markdown-folder',
    load: async (context) => {
      await loadAll(context, dir);
      context.watcher?.add(dir);
      const reload = (path: string) => {
        if (path.startsWith(dir) && path.endsWith('.md')) void loadAll(context, dir);
      };
      context.watcher?.on('change', reload).on('add', reload).on('unlink', reload);
    },
  };
}

async function loadAll({ store, parseData, generateDigest, config }: LoaderContext, dir: string): Promise<void> {
  const names = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith('.md')).sort();
  const root = fileURLToPath(config.root);
  const seen = new Set<string>();
  for (const name of names) {
    const path = join(dir, name);
    const filePath = relative(root, path);
    const text = await readFile(path, 'utf8');
    const id = idFromFile(name);
    seen.add(id);
    const parsed = parseMarkdownFile(text, filePath);
    // The content check has reported this already, before any loader ran.
    if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
    const data = await parseData({ id, data: parsed.value.data as Record<string, unknown>, filePath });
    const body = parsed.value.body;
    // The digest is of what is stored, not of the file: a schema that changes (a new field, a new
    // default) changes the data of files that did not change, and the cached store must follow.
    store.set({ id, data, body, filePath, digest: generateDigest({ data, body }) });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}
