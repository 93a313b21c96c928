/**
 * The state of a search as its URL holds it, so that a search can be shared,
 * bookmarked and gone back to: `/search/?q=Novillo&type=actor&rating=disputed`.
 *
 * Filter values are the words the index shows ("Actor", "Partly supported");
 * in the URL, those from a fixed list (types, ratings, genres) are written as
 * slugs, and names (actors, outlets) as they are.
 */
// Imports stay free of the schemas: this module runs in the browser, and Zod has no place there.
import { GENRE_LABELS, PAGE_TYPES } from '#lib/content/labels.ts';
import { RATING_SCALE, RATINGS } from '#lib/content/ratings.ts';

/** The filters, in the order the URL lists them. */
export const SEARCH_FILTERS = ['type', 'rating', 'genre', 'outlet', 'actor'] as const;

/** A search filter's name. */
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The slugs and labels of the filters whose values are a fixed list. */
const FIXED: Partial<Record<SearchFilter, Readonly<Record<string, string>>>> = {
  type: PAGE_TYPES,
  rating: Object.fromEntries(RATINGS.map((rating) => [rating, RATING_SCALE[rating].label])),
  genre: GENRE_LABELS,
};

/** A search: the query and the selected values of each filter. */
export interface SearchState {
  readonly query: string;
  readonly filters: Readonly<Partial<Record<SearchFilter, readonly string[]>>>;
}

/** The label a filter value has in the index, from its URL form. */
function fromUrl(filter: SearchFilter, value: string): string {
  return FIXED[filter]?.[value] ?? value;
}

/** The URL form of a filter value. */
function toUrl(filter: SearchFilter, label: string): string {
  const fixed = FIXED[filter];
  return (fixed && Object.entries(fixed).find(([, l]) => l === label)?.[0]) ?? label;
}

/** Reads a search from a URL's query string (`location.search`). */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Partial<Record<SearchFilter, string[]>> = {};
  for (const filter of SEARCH_FILTERS) {
    const values = params.getAll(filter).filter((value) => value !== '');
    if (values.length > 0) filters[filter] = values.map((value) => fromUrl(filter, value));
  }
  return { query: params.get('q')?.trim() ?? '', filters };
}

/** Writes a search as a query string, `?` included (or `''` for an empty search). */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query.trim());
  for (const filter of SEARCH_FILTERS) {
    for (const label of state.filters[filter] ?? []) params.append(filter, toUrl(filter, label));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * Makes a name safe as a filter value. The search UI inserts filter values as
 * HTML, and Pagefind decodes character references in them when it indexes, so
 * escaping cannot survive: angle brackets become the look-alike ‹ and ›
 * instead, and nothing in a name can become markup.
 */
export function toFilterValue(text: string): string {
  return text.replace(/</g, '‹').replace(/>/g, '›');
}
