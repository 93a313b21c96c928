/**
 * Which built pages search indexes: the page of every entry of every
 * collection (actors, events, narratives, articles). Claims are found inside their
 * article, as sub-results of their cards in its claims panel; their own pages
 * are what people share, not what search returns. Pagefind reads only these
 * files, since its indexer holds every file it reads in memory; the other
 * pages (lists, filters, the timeline, claim pages) add nothing to the index.
 */
import { COLLECTIONS, REGISTRY } from '#lib/content/registry.ts';

/** The indexed pages as a glob relative to the built site: `{actors/*\/index.html,…}`. */
export function indexedPagesGlob(): string {
  const pages = COLLECTIONS.map((collection) => REGISTRY[collection].url('*'));
  return `{${pages.map((page) => `${page.slice(1)}index.html`).join(',')}}`;
}
