/**
 * Indexes a built site for search with Pagefind's Node API, into
 * `<dir>/pagefind/`: a step of `scripts/build.ts`, run once Astro's build has
 * finished and its process has ended, so that the two never hold their memory
 * at the same time. Only the pages `indexedPagesGlob()` names are read, and of
 * those only what pages mark with `data-pagefind-body`.
 */
import { close, createIndex } from 'pagefind';
import { indexedPagesGlob } from '#lib/publish/indexed-pages.ts';

/** Indexes the site in `dir`; returns how many pages were indexed. */
export async function indexSearch(dir: string): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir, glob: indexedPagesGlob() });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await close();
  }
}
