/**
 * Pagefind's search API, loaded from the built site (`/pagefind/pagefind.js`),
 * with the site's ranking and the terms to highlight added to result links.
 * Each call of {@link createSearchInstance} is an instance of its own, with
 * its own index in memory: the search page keeps one that never loads the
 * filter index for plain text, and makes another only when a filter is picked.
 */
import { SEARCH_RANKING } from '#lib/publish/search-ranking.ts';
import type { PagefindResultData } from '#lib/publish/search-results.ts';

/** One result of a search: its data is loaded on request. */
export interface PagefindResult {
  readonly id: string;
  data(): Promise<PagefindResultData>;
}

/** What a search returns. */
export interface PagefindSearch {
  readonly results: readonly PagefindResult[];
}

/** Filter values by filter, each matching any of its values. */
export type PagefindFilters = Record<string, { any: string[] }>;

/** A Pagefind instance, as `createInstance` returns it. */
export interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: { filters?: PagefindFilters }): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindSearch>;
}

interface PagefindModule {
  createInstance(options: { basePath: string }): PagefindInstance;
}

/** The URL parameter that carries the searched terms to the page a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';

let module: Promise<PagefindModule> | undefined;

/** A new Pagefind instance over the index at `bundle` (`/pagefind/`), ranked as the site ranks. */
export async function createSearchInstance(bundle: string): Promise<PagefindInstance> {
  module ??= import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>;
  const instance = (await module).createInstance({ basePath: bundle });
  await instance.options({ ranking: SEARCH_RANKING, highlightParam: HIGHLIGHT_PARAM, excerptLength: 24 });
  return instance;
}
