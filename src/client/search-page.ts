/**
 * The search page, on Pagefind's JS API: the query box and the filters are a
 * plain form (`/search/?q=…&type=actor`), and this script answers as the
 * reader types. Actors whose names match come first, from the names file, on
 * every keystroke; full-text results follow once typing pauses, five at a
 * time, as Dossier's own cards: an actor (unless it is already among the
 * names), an article with its text that matched and the claims that matched
 * in it, an event, or a narrative. The status line counts what is shown, kind by kind.
 *
 * Text searches run on an instance of Pagefind that never loads the filter
 * index (counting filters slows every search once it is loaded); a second
 * instance is made the first time the reader picks a filter. Query and
 * filters are kept in the URL, so that a search can be shared, bookmarked and
 * gone back to.
 */
import type { NameMatch } from '#lib/publish/search-names.ts';
import { describeResults, toResultCard } from '#lib/publish/search-results.ts';
import { type SearchFilter, type SearchState, parseSearchState, serializeSearchState } from '#lib/publish/search-state.ts';
import { h } from './dom.ts';
import { type PagefindInstance, type PagefindResult, createSearchInstance } from './pagefind.ts';
import { pathOf, resultItems } from './search-cards.ts';
import { claimsOnly, pagefindFilters, pickedRatings, readState, showFilters, showsActors } from './search-form.ts';
import { actorMatcher } from './suggestion-files.ts';

/**
 * How long typing must pause before a full-text search: a little longer than
 * the gap between a quick typist's keys (about 100 ms), so that typing does not
 * start a search for every prefix on the way to the word. Each of those keeps
 * Pagefind busy and loads results nobody sees; at 4,000 articles, typing at
 * 100 ms a key, an 80 ms pause took a common word's first result from about
 * 250 ms to over 500 ms after the last key, and its bytes from 236 KB to 301 KB.
 */
const DEBOUNCE_MS = 120;
/** From this many characters, the index chunks for the query are loaded while the reader types. */
const PRELOAD_FROM = 3;
/** Results shown at once, and added by each "More results". */
const PAGE_SIZE = 5;
/** How long a search must stay unchanged to become a history entry. */
const HISTORY_DELAY_MS = 600;

/**
 * Shows, in `section`, the actors whose names match a query, from the names
 * file at `names`; the latest query wins. Each item carries its actor's path,
 * and the section the query it answers, for the results to leave out the
 * actors it already shows.
 */
function actorMatches(section: HTMLElement, names: string): (query: string) => Promise<void> {
  const list = section.querySelector('ul')!;
  let latest = 0;
  return async (query) => {
    const run = ++latest;
    let matches: NameMatch[] = [];
    try {
      matches = query === '' ? [] : (await actorMatcher(names))(query, 5);
    } catch {
      // Without the names file, the full-text results still find actors.
    }
    if (run !== latest) return;
    list.replaceChildren(
      ...matches.map(({ actor, alias }) =>
        h(
          'li',
          { 'data-path': pathOf(actor.url) },
          h('a', { href: actor.url, 'data-result': '' }, actor.name),
          h('span', { class: 'search-kicker' }, ` ${actor.kind}`),
          alias !== undefined && h('span', { class: 'small' }, ` also “${alias}”`),
        ),
      ),
    );
    section.dataset['query'] = query;
    section.hidden = matches.length === 0;
  };
}

/** Arrow keys move between the box and the results in `root`; Escape returns to the box. */
function moveWithArrowKeys(root: HTMLElement, input: HTMLInputElement): void {
  root.addEventListener('keydown', (event) => {
    const links = [...root.querySelectorAll<HTMLElement>('a[data-result]')].filter((link) => !link.closest('[hidden]'));
    const at = links.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown' && (document.activeElement === input || at >= 0)) {
      links[at + 1]?.focus();
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      (at === 0 ? input : links[at - 1])?.focus();
      event.preventDefault();
    } else if (event.key === 'Escape' && at >= 0) {
      input.focus();
      event.preventDefault();
    }
  });
}

/**
 * The results list, a page of five at a time: `show` replaces what it shows
 * with the first page of new results, `more` adds the next page, and `stop`
 * drops any page still loading, for a search that is about to replace it.
 * `shown` is called once each page is in the list.
 */
function resultPages(list: HTMLOListElement, more: HTMLButtonElement, shown: () => void) {
  let token = 0;
  let pending: readonly PagefindResult[] = [];
  let state: SearchState | undefined;
  const next = async (focusFirst: boolean) => {
    const run = token;
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (run !== token || !state) return;
    const onlyClaims = claimsOnly(state);
    const ratings = pickedRatings(state);
    const items = data.flatMap((item) => {
      const card = toResultCard(item, { ratings });
      return card ? resultItems(card, onlyClaims) : [];
    });
    list.append(...items);
    more.hidden = pending.length === 0;
    shown();
    if (focusFirst) items.find((item) => !item.hidden)?.querySelector<HTMLElement>('a[data-result]')?.focus();
  };
  return {
    /** The search whose results are in the list, once its first page is there. */
    get state() {
      return state;
    },
    get hasMore() {
      return pending.length > 0;
    },
    stop() {
      token += 1;
    },
    clear() {
      token += 1;
      pending = [];
      state = undefined;
      list.replaceChildren();
      more.hidden = true;
    },
    show(results: readonly PagefindResult[], searched: SearchState) {
      token += 1;
      pending = results;
      state = searched;
      list.replaceChildren();
      return next(false);
    },
    more: () => next(true),
  };
}

/** Starts the search page in `root`, whose `data-bundle`, `data-names` and `data-filters` say where its files are. */
export function startSearch(root: HTMLElement): void {
  const { bundle = '/pagefind/', names = '', filters: filtersUrl = '' } = root.dataset;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filterPanel = root.querySelector<HTMLDetailsElement>('[data-filter-panel]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
  const filterCount = root.querySelector<HTMLElement>('[data-filter-count]')!;
  const ratingNote = root.querySelector<HTMLElement>('[data-rating-note]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const actorsSection = root.querySelector<HTMLElement>('[data-actor-matches]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;

  root.classList.add('search-ready');

  // The text instance is made, and its index loaded, as the page opens:
  // a reader who opens this page is about to search.
  const textSearch = createSearchInstance(bundle);
  void textSearch.then((instance) => instance.init());
  let filterSearch: Promise<PagefindInstance> | undefined;
  const instanceFor = (state: SearchState) =>
    Object.keys(pagefindFilters(state)).length === 0 ? textSearch : (filterSearch ??= createSearchInstance(bundle));

  // The filters, from the filters file: shown once it has loaded.
  const filtersReady = showFilters(filterBox, filtersUrl).then(() => {
    filterPanel.hidden = false;
  });

  const current = () => readState(input, filterBox);

  // Actors answer at once, from the names file.
  const showActors = actorMatches(actorsSection, names);

  // Full-text results, a page of five at a time.
  const results = resultPages(list, more, () => reconcile());

  /**
   * Once the names and the full-text results answer the same search: leaves
   * out of the results the actors the names already show, and counts what
   * is shown.
   */
  const reconcile = () => {
    const state = results.state;
    if (!state || actorsSection.dataset['query'] !== (showsActors(state) ? state.query : '')) return;
    const named = new Set(actorsSection.hidden ? [] : [...actorsSection.querySelectorAll<HTMLElement>('li[data-path]')].map((item) => item.dataset['path']));
    for (const item of list.querySelectorAll<HTMLElement>('.search-result-actor')) item.hidden = named.has(item.dataset['path']);
    const count = (selector: string) => list.querySelectorAll(`${selector}:not([hidden])`).length;
    status.textContent = describeResults(
      {
        actors: named.size + count('.search-result-actor'),
        articles: count('.search-result-article'),
        claims: count('.search-result-claim'),
        events: count('.search-result-event'),
        narratives: count('.search-result-narrative'),
      },
      state.query,
      results.hasMore,
    );
  };
  let searchRun = 0;
  // Bumped by every keystroke: a search the reader has typed past since it started shows nothing,
  // and loads none of its results' data, since the next one is about to replace it.
  let typed = 0;
  const runSearch = async (state: SearchState) => {
    const run = ++searchRun;
    const typedAtStart = typed;
    results.stop();
    const filters = pagefindFilters(state);
    if (state.query === '' && Object.keys(filters).length === 0) {
      results.clear();
      status.textContent = '';
      return;
    }
    const instance = await instanceFor(state);
    const search = await instance.search(state.query === '' ? null : state.query, { filters });
    if (run !== searchRun || typed !== typedAtStart) return;
    await results.show(search.results, state);
  };

  ratingNote.hidden = true;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let historyTimer: ReturnType<typeof setTimeout> | undefined;
  const update = (record: boolean) => {
    const state = current();
    ratingNote.hidden = (state.filters.rating ?? []).length === 0;
    const picked = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
    filterCount.textContent = picked === 0 ? '' : `: ${picked} on`;
    void showActors(showsActors(state) ? state.query : '').then(reconcile);
    if (state.query.length >= PRELOAD_FROM && Object.keys(pagefindFilters(state)).length === 0) {
      void textSearch.then((instance) => instance.preload(state.query));
    }
    clearTimeout(debounce);
    debounce = setTimeout(() => void runSearch(state), DEBOUNCE_MS);
    if (!record) return;
    // Each settled search becomes a history entry, so that Back returns to the one before.
    clearTimeout(historyTimer);
    historyTimer = setTimeout(() => {
      const search = serializeSearchState(current());
      if (search !== location.search) history.pushState(null, '', `${location.pathname}${search}`);
    }, HISTORY_DELAY_MS);
  };

  const apply = async (state: SearchState) => {
    input.value = state.query;
    await filtersReady;
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const name = box.name as SearchFilter;
      box.checked = state.filters[name]?.includes(box.value) ?? false;
      // A picked filter inside a closed group opens it, so that what is applied is seen once the
      // reader opens the filters; the panel itself stays closed, its summary counting what is on.
      const group = box.closest<HTMLDetailsElement>('details.search-filter-more');
      if (box.checked && group) group.open = true;
    }
    update(false);
  };

  input.addEventListener('input', () => {
    typed += 1;
    update(true);
  });
  filterBox.addEventListener('change', () => update(true));
  // With JavaScript the form never reloads the page: the results are already there.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(debounce);
    void runSearch(current());
  });
  more.addEventListener('click', () => void results.more());
  addEventListener('popstate', () => void apply(parseSearchState(location.search)));

  moveWithArrowKeys(root, input);

  void apply(parseSearchState(location.search));
}
