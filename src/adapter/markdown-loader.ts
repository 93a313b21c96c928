/**
 * A content loader for a folder of Markdown files that stores each file's
 * frontmatter and raw body, and renders nothing.
 *
 * Astro's `glob()` loader renders every Markdown entry with Astro's own
 * pipeline (eagerly, or deferred through one bundled module per file); Dossier
 * renders articles with its own pipeline, so that work would be thrown away.
 * The loader reads no file itself: it stores the entries of the content
 * check (`checked-content.ts`), which has read, parsed and validated each
 * file once, so the two can never read a file differently. The store is
 * the dev server's: a build stores nothing (see {@link loadAll}).
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { DraftMode } from '#lib/content/drafts.ts';
import { ContentError, errorsIn, formatProblem } from '#lib/content/problems.ts';
import { type CollectionName, REGISTRY } from '#lib/content/registry.ts';
import { checkedContent } from './checked-content.ts';
import { CONTENT_ROOT, collectionBase } from './content-root.ts';

/**
 * Loads the `*.md` files directly inside the collection's folder; the id is
 * the file name. In dev it watches the folder, checks the content again on
 * every change and stores what the check found.
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
      await loadAll(context, collection, drafts, false);
      if (!watcher) return;
      watcher.add(dir);
      // One reload at a time, in the order the changes came.
      let queue = Promise.resolve();
      const reload = (path: string) => {
        if (!path.startsWith(dir) || !path.endsWith('.md')) return;
        queue = queue.then(() => loadAll(context, collection, drafts, true));
      };
      watcher.on('change', reload).on('add', reload).on('unlink', reload);
    },
  };
}

/**
 * In the dev server: stores every entry of the collection that passed the
 * check and deletes every other, so that Astro reloads the pages after an
 * edit. An entry with problems of its own is left out, the check's errors are
 * logged, and the server carries on (its pages show them until the content is
 * fixed).
 *
 * In a build: stores nothing. The pages are built from the check's own
 * entries in this process (`site.ts`), so a store would be written, saved and
 * loaded again for no reader. The check before the build has stopped it if
 * there are errors; if it has not run, they stop it here.
 */
async function loadAll(context: LoaderContext, collection: CollectionName, drafts: DraftMode, fresh: boolean): Promise<void> {
  const { store, generateDigest, config, logger, watcher } = context;
  const { content, problems } = await checkedContent(CONTENT_ROOT, { drafts, base: config.base, fresh });
  const errors = errorsIn(problems);
  if (!watcher) {
    store.clear();
    if (errors.length > 0) throw new ContentError(errors);
    return;
  }
  const root = fileURLToPath(config.root);
  const stored = new Set<string>();
  for (const { id, file, data, body } of content[collection]) {
    const filePath = relative(root, resolve(file));
    const record = data as Record<string, unknown>;
    // The digest is of what is stored, not of the file: a schema that changes (a new field, a new
    // default) changes the data of files that did not change, and the page must follow.
    store.set({ id, data: record, body, filePath, digest: generateDigest({ data: record, body }) });
    stored.add(id);
  }
  for (const id of store.keys()) if (!stored.has(id)) store.delete(id);
  // At the start the check before the build has logged them; after an edit, this check is new.
  if (fresh) for (const problem of errors) logger.error(formatProblem(problem));
}
