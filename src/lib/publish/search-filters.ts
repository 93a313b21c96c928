/**
 * The filters file, `/search/filters.json`: every value of every search
 * filter, written at build time so that the search page can offer the
 * filters without loading Pagefind's filter index (whose counting slows every
 * search once loaded). Values are as the index holds them.
 */
import { GENRE_LABELS, PAGE_TYPES } from '#lib/content/labels.ts';
import { RATING_SCALE, RATINGS } from '#lib/content/ratings.ts';
import { type SearchFilter, toFilterValue } from './search-state.ts';

/** The values of each filter, in the order the page lists them. */
export type FiltersFile = Readonly<Record<SearchFilter, readonly string[]>>;

/** What the filter values come from: the names of the outlets and actors that pages are filtered by. */
export interface FilterSources {
  readonly outlets: readonly string[];
  readonly actors: readonly string[];
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en');

/** Builds the filters file. Types, verdicts and genres are fixed lists; outlets and actors are sorted by name. */
export function filtersFile({ outlets, actors }: FilterSources): FiltersFile {
  return {
    type: Object.values(PAGE_TYPES),
    rating: RATINGS.map((rating) => RATING_SCALE[rating].label),
    genre: Object.values(GENRE_LABELS),
    outlet: [...new Set(outlets.map(toFilterValue))].sort(byName),
    actor: [...new Set(actors.map(toFilterValue))].sort(byName),
  };
}
