/**
 * The header's search box as an ARIA 1.2 combobox: as the reader types, a
 * list below it suggests the actors whose names match (from the names file),
 * then the narratives, articles and events whose titles hold the words typed (from the
 * titles file), then "Search everything for …", which opens the search page.
 * Arrow keys move through the suggestions, Enter opens the one chosen (or,
 * with none chosen, searches as the plain form does), Escape closes the list
 * and a second Escape clears the box. Without JavaScript the box is a plain
 * form that submits to `/search/`.
 */
import { MIN_QUERY_LENGTH } from '#lib/publish/search-names.ts';
import { h } from './dom.ts';
import { actorMatcher, titleMatcher } from './suggestion-files.ts';

/** Actors suggested at most. */
const ACTOR_LIMIT = 4;
/** Narratives, articles and events suggested at most. */
const TITLE_LIMIT = 4;

/** One suggestion: where it leads and how it reads. */
interface Suggestion {
  readonly url: string;
  readonly option: Node[];
}

/** The matches of `query` in one file, or none when the file cannot be loaded: the box is then the plain form it was. */
async function orNone<T>(matcher: Promise<(query: string, limit?: number) => T[]>, query: string, limit: number): Promise<T[]> {
  try {
    return (await matcher)(query, limit);
  } catch {
    return [];
  }
}

/** The suggestions for what the reader has typed: actors, then titles, then the search page. */
async function suggestionsFor(query: string, files: { names: string; titles: string }, searchUrl: string): Promise<Suggestion[]> {
  const [actors, titles] = await Promise.all([
    orNone(actorMatcher(files.names), query, ACTOR_LIMIT),
    orNone(titleMatcher(files.titles), query, TITLE_LIMIT),
  ]);
  const text = (className: string, value: string, lang?: string) => h('span', { class: className, lang }, value);
  const search = new URL(searchUrl, location.href);
  search.searchParams.set('q', query.trim());
  return [
    ...actors.map(({ actor, alias }) => ({
      url: actor.url,
      option: [
        text('suggestion-name', actor.name),
        text('suggestion-kind', ` ${actor.kind}`),
        ...(alias === undefined ? [] : [text('suggestion-alias', ` “${alias}”`)]),
      ],
    })),
    ...titles.map((entry) => ({
      url: entry.url,
      option: [text('suggestion-name', entry.title, entry.lang), text('suggestion-kind', ` ${entry.kind} · ${entry.note}`)],
    })),
    ...(query.trim().length >= MIN_QUERY_LENGTH
      ? [{ url: `${search.pathname}${search.search}`, option: [text('suggestion-everything', `Search everything for “${query.trim()}”`)] }]
      : []),
  ];
}

/** Makes the form's search box a combobox suggesting from the files at `form.dataset.names` and `form.dataset.titles`. */
export function startHeaderSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const { names, titles } = form.dataset;
  if (!input || !names || !titles) return;
  const listbox = h('ul', { id: `${input.id}-suggestions`, role: 'listbox', class: 'suggestions', 'aria-label': 'Suggestions' });
  listbox.hidden = true;
  form.append(listbox);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  input.autocomplete = 'off';

  let suggestions: Suggestion[] = [];
  let active = -1;
  let run = 0;

  const options = () => [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
  const setActive = (index: number) => {
    active = index;
    options().forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${listbox.id}-${index}`);
    else input.removeAttribute('aria-activedescendant');
    options()[index]?.scrollIntoView({ block: 'nearest' });
  };
  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const open = () => {
    if (suggestions.length === 0) return;
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const go = (index: number) => {
    const suggestion = suggestions[index];
    if (suggestion) location.assign(suggestion.url);
  };

  const suggest = async () => {
    const current = ++run;
    const found = await suggestionsFor(input.value, { names, titles }, form.action);
    if (current !== run) return;
    suggestions = found;
    listbox.replaceChildren(
      ...found.map(({ option }, i) => h('li', { id: `${listbox.id}-${i}`, role: 'option', 'aria-selected': 'false' }, ...option)),
    );
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (found.length > 0) open();
    else close();
  };

  // The files load when the box is first used, not with every page.
  input.addEventListener(
    'focus',
    () => {
      void actorMatcher(names).catch(() => undefined);
      void titleMatcher(titles).catch(() => undefined);
    },
    { once: true },
  );
  input.addEventListener('input', () => void suggest());
  input.addEventListener('keydown', (event) => {
    const expanded = !listbox.hidden;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded) open();
        else setActive(active + 1 >= suggestions.length ? 0 : active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!expanded) open();
        else setActive(active <= 0 ? suggestions.length - 1 : active - 1);
        break;
      case 'Enter':
        if (expanded && active >= 0) {
          event.preventDefault();
          go(active);
        }
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          close();
        } else if (input.value !== '') {
          event.preventDefault();
          input.value = '';
        }
        break;
    }
  });
  input.addEventListener('blur', close);
  // A click on a suggestion must not blur the box (which would close the list) before it counts.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const option = (event.target as Element).closest('[role="option"]');
    if (option) go(options().indexOf(option as HTMLElement));
  });
}
