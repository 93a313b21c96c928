/**
 * The header's search box as an ARIA 1.2 combobox: as the reader types, the
 * actors whose names match are suggested in a list below it, from the names
 * file. Arrow keys move through the suggestions, Enter opens the one chosen
 * (or, with none chosen, searches as the plain form does), Escape closes the
 * list and a second Escape clears the box. Without JavaScript the box is a
 * plain form that submits to `/search/`.
 */
import type { NameMatch } from '#lib/publish/search-names.ts';
import { actorMatcher } from './actor-names.ts';
import { h } from './dom.ts';

/** Suggestions shown at most. */
const LIMIT = 6;

/** Makes the form's search box a combobox suggesting actors from the names file at `form.dataset.names`. */
export function startHeaderSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const names = form.dataset['names'];
  if (!input || !names) return;
  const listbox = h('ul', { id: `${input.id}-suggestions`, role: 'listbox', class: 'suggestions', 'aria-label': 'Actors' });
  listbox.hidden = true;
  form.append(listbox);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  input.autocomplete = 'off';

  let matches: NameMatch[] = [];
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
    if (matches.length === 0) return;
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const go = (index: number) => {
    const match = matches[index];
    if (match) location.assign(match.actor.url);
  };

  const suggest = async () => {
    const current = ++run;
    let found: NameMatch[] = [];
    try {
      found = (await actorMatcher(names))(input.value, LIMIT);
    } catch {
      // Without the names file the box is the plain form it was.
    }
    if (current !== run) return;
    matches = found;
    listbox.replaceChildren(
      ...found.map(({ actor, alias }, i) =>
        h(
          'li',
          { id: `${listbox.id}-${i}`, role: 'option', 'aria-selected': 'false' },
          h('span', { class: 'suggestion-name' }, actor.name),
          h('span', { class: 'suggestion-kind' }, ` ${actor.kind}`),
          alias !== undefined && h('span', { class: 'suggestion-alias' }, ` “${alias}”`),
        ),
      ),
    );
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (found.length > 0) open();
    else close();
  };

  // The names file loads when the box is first used, not with every page.
  input.addEventListener('focus', () => void actorMatcher(names).catch(() => undefined), { once: true });
  input.addEventListener('input', () => void suggest());
  input.addEventListener('keydown', (event) => {
    const expanded = !listbox.hidden;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded) open();
        else setActive(active + 1 >= matches.length ? 0 : active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!expanded) open();
        else setActive(active <= 0 ? matches.length - 1 : active - 1);
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
