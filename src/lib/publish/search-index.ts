/**
 * Which built pages search indexes: the page of every entry of every
 * collection, and every claim page. Pagefind reads only these files, since
 * its indexer holds every file it reads in memory; the other pages (lists,
 * filters, the timeline) carry nothing to index.
 */
import { COLLECTIONS, REGISTRY } from '#lib/content/registry.ts';
import { paths } from '#lib/content/urls.ts';

/** The indexed pages as a glob relative to the built site: `{actors/*\/index.html,…}`. */
export function indexedPagesGlob(): string {
  const pages = [...COLLECTIONS.map((collection) => REGISTRY[collection].url('*')), paths.claim('*', '*')];
  return `{${pages.map((page) => `${page.slice(1)}index.html`).join(',')}}`;
}
