/**
 * The search page's form: the filters, from the filters file, and what the
 * reader has asked for, as Dossier's search state and as Pagefind's filters.
 */
import { PAGE_TYPES } from '#lib/content/labels.ts';
import { RATING_SCALE, RATINGS, type Rating } from '#lib/content/ratings.ts';
import type { FiltersFile } from '#lib/publish/search-filters.ts';
import { SEARCH_FILTERS, type SearchFilter, type SearchState } from '#lib/publish/search-state.ts';
import { h } from './dom.ts';
import type { PagefindFilters } from './pagefind.ts';

const FILTER_LEGENDS: Record<SearchFilter, string> = {
  type: 'Type',
  rating: 'Verdict',
  genre: 'Genre',
  outlet: 'Outlet',
  actor: 'Actor',
};

/** The Pagefind filters of a search: "Claim" is the articles' claims, each filter matches any of its values. */
export function pagefindFilters(state: SearchState): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const name of SEARCH_FILTERS) {
    const values = state.filters[name] ?? [];
    if (values.length === 0) continue;
    const mapped = name === 'type' ? values.map((value) => (value === PAGE_TYPES.claim ? PAGE_TYPES.article : value)) : values;
    filters[name] = { any: [...new Set(mapped)] };
  }
  return filters;
}

/** The verdicts picked, as ratings. */
export function pickedRatings(state: SearchState): Rating[] {
  const labels = state.filters.rating ?? [];
  return RATINGS.filter((rating) => labels.includes(RATING_SCALE[rating].label));
}

/** Whether claims are shown on their own (type "Claim" picked, "Article" not). */
export function claimsOnly(state: SearchState): boolean {
  const types = state.filters.type ?? [];
  return types.includes(PAGE_TYPES.claim) && !types.includes(PAGE_TYPES.article);
}

/** Whether a search's type filter lets actors through. */
export function showsActors(state: SearchState): boolean {
  const types = state.filters.type ?? [];
  return types.length === 0 || types.includes(PAGE_TYPES.actor);
}

/** Shows the filters from the filters file at `url` in `box`; resolves once they are there (or could not be loaded). */
export async function showFilters(box: HTMLElement, url: string): Promise<void> {
  let file: FiltersFile;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(url);
    file = (await response.json()) as FiltersFile;
  } catch {
    box.append(h('p', { class: 'small' }, 'The filters could not be loaded.'));
    return;
  }
  for (const name of SEARCH_FILTERS) {
    const values = file[name] ?? [];
    if (values.length === 0) continue;
    const fieldset = h(
      'fieldset',
      { class: `search-filter search-filter-${name}` },
      h('legend', {}, FILTER_LEGENDS[name]),
      ...values.map((value) => h('label', {}, h('input', { type: 'checkbox', name, value }), ' ', value)),
    );
    box.append(
      name === 'type' || name === 'rating' ? fieldset : h('details', { class: 'search-filter-more' }, h('summary', {}, FILTER_LEGENDS[name]), fieldset),
    );
  }
}

/** What the reader has asked for: the words in `input` and the filters checked in `filterBox`. */
export function readState(input: HTMLInputElement, filterBox: HTMLElement): SearchState {
  const filters: Partial<Record<SearchFilter, string[]>> = {};
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    const name = box.name as SearchFilter;
    if (SEARCH_FILTERS.includes(name)) (filters[name] ??= []).push(box.value);
  }
  return { query: input.value.trim(), filters };
}
