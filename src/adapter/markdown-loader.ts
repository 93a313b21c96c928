/**
 * A content loader for a folder of Markdown files that stores each file's
 * frontmatter and raw body, and renders nothing.
 *
 * Astro's `glob()` loader renders every Markdown entry with Astro's own
 * pipeline (eagerly, or deferred through one bundled module per file); Dossier
 * renders articles with its own pipeline, so that work would be thrown away.
 * Each file goes through the content check's own {@link checkFile}, so the two
 * can never read a file differently, and this is where drafts leave the
 * production build: nothing after the loader ever sees one.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkFileSafely, idFromFile } from '#lib/check/content-check.ts';
import type { DraftMode } from '#lib/content/drafts.ts';
import { ContentError, type ContentProblem, formatProblem } from '#lib/content/problems.ts';
import { type CollectionName, REGISTRY } from '#lib/content/registry.ts';
import { CONTENT_ROOT, collectionBase } from './content-root.ts';
import { readCollectionFolder } from './content-folder.ts';
import { realContentRoot } from './content-paths.ts';

/**
 * Loads the `*.md` files directly inside the collection's folder; the id is
 * the file name. In dev it watches the folder and reloads on every change.
 */
export function markdownFolder(collection: CollectionName): Loader {
  const dir = fileURLToPath(collectionBase(REGISTRY[collection].folder));
  return {
    name: 'dossier:markdown-folder',
    load: async (context) => {
      // Astro hands loaders a watcher in the dev server only. It decides
      // rather than import.meta.env.DEV, which follows NODE_ENV: whatever
      // the environment says, a build never publishes a draft.
      const { watcher } = context;
      const drafts: DraftMode = watcher ? 'include' : 'exclude';
      await loadAll(context, collection, dir, drafts);
      if (!watcher) return;
      watcher.add(dir);
      // One reload at a time, in the order the changes came.
      let queue = Promise.resolve();
      const reload = (path: string) => {
        if (!path.startsWith(dir) || !path.endsWith('.md')) return;
        queue = queue.then(() => loadAll(context, collection, dir, drafts));
      };
      watcher.on('change', reload).on('add', reload).on('unlink', reload);
    },
  };
}

/**
 * Stores every valid file of the folder and deletes every other entry. A
 * file with problems is left out: in dev its problems are logged and the
 * server carries on (its pages show the content check's errors until the
 * file is fixed); in a build the content check has stopped before this runs,
 * so a problem here throws.
 */
async function loadAll(context: LoaderContext, collection: CollectionName, dir: string, drafts: DraftMode): Promise<void> {
  const { store, parseData, generateDigest, config, logger, watcher } = context;
  // The same reading as the content check's: what it cannot read, it has reported; a file deleted since
  // the folder was listed is gone, and its entry goes below.
  const { files } = await readCollectionFolder(dir, collection, await realContentRoot(CONTENT_ROOT));
  const root = fileURLToPath(config.root);
  const stored = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const file of files) {
    const path = resolve(file.file);
    const id = idFromFile(file.file);
    const checked = checkFileSafely(file);
    if (checked.draft && drafts === 'exclude') continue;
    if (!checked.ok) {
      problems.push(...checked.problems);
      continue;
    }
    const filePath = relative(root, path);
    const data = await parseData({ id, data: checked.entry.data as Record<string, unknown>, filePath });
    const body = checked.entry.body;
    // The digest is of what is stored, not of the file: a schema that changes (a new field, a new
    // default) changes the data of files that did not change, and the cached store must follow. A
    // draft stored by the dev server is not among the files a build stores, so the build deletes it.
    store.set({ id, data, body, filePath, digest: generateDigest({ data, body }) });
    stored.add(id);
  }
  for (const id of store.keys()) if (!stored.has(id)) store.delete(id);
  if (problems.length === 0) return;
  if (!watcher) throw new ContentError(problems);
  for (const problem of problems) logger.error(formatProblem(problem));
}
