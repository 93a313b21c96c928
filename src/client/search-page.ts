/**
 * The search page: the Pagefind UI, with the query and filters kept in the
 * URL (`/search/?q=Novillo&type=actor`), so that a search can be shared,
 * bookmarked and gone back to.
 */
import '@pagefind/default-ui/css/ui.css';
import { PagefindUI } from '@pagefind/default-ui';
import {
  SEARCH_FILTERS,
  type SearchFilter,
  type SearchState,
  parseSearchState,
  serializeSearchState,
} from '#lib/publish/search-state.ts';
import { SEARCH_RANKING } from '#lib/publish/search-ranking.ts';

interface PagefindResult {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
}

/** Starts the search UI in `element`, whose `data-bundle` is where Pagefind's files are. */
export function startSearch(element: HTMLElement): void {
  const ui = new PagefindUI({
    element,
    bundlePath: element.dataset['bundle'],
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    openFilters: ['type'],
    // Search as soon as typing pauses; Pagefind answers in milliseconds once loaded.
    debounceTimeoutMs: 120,
    // Passed through to Pagefind: result links carry the terms to highlight on arrival.
    highlightParam: 'highlight',
    ranking: SEARCH_RANKING,
    translations: { placeholder: 'Search actors, claims, articles and events' },
    processResult: (result: PagefindResult) => {
      // The UI shows every metadata field as a tag (type, date, verdict, kind);
      // the names are there for ranking only.
      delete result.meta['aliases'];
      delete result.meta['words'];
      // Titles and metadata need no escaping here: Pagefind escapes what it returns.
      return result;
    },
  });

  const input = () => element.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
  // The UI's box has only a placeholder for a label: name it by the page's visible heading.
  const label = element.dataset['labelledby'];
  if (label) input()?.setAttribute('aria-labelledby', label);
  const current = (): SearchState => {
    const filters: Partial<Record<SearchFilter, string[]>> = {};
    for (const box of element.querySelectorAll<HTMLInputElement>('.pagefind-ui__filter-checkbox:checked')) {
      const name = box.name as SearchFilter;
      if (SEARCH_FILTERS.includes(name)) (filters[name] ??= []).push(box.value);
    }
    return { query: input()?.value ?? '', filters };
  };
  const apply = (state: SearchState) => {
    ui.triggerFilters(state.filters as Record<string, string[]>);
    ui.triggerSearch(state.query);
    const box = input();
    if (box) box.value = state.query;
  };

  // Each settled search becomes a history entry, so that Back returns to the one before.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const record = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const search = serializeSearchState(current());
      if (search !== location.search) history.pushState(null, '', `${location.pathname}${search}`);
    }, 600);
  };
  element.addEventListener('input', record);
  element.addEventListener('change', record);
  addEventListener('popstate', () => apply(parseSearchState(location.search)));

  apply(parseSearchState(location.search));
  // The UI loads Pagefind when its box gains focus. A reader who opens this
  // page is about to search: load it now, so the first results come as the
  // typing stops rather than after the index has downloaded.
  input()?.dispatchEvent(new FocusEvent('focus'));
}
