/**
 * The parts the annotator's forms are made of: labelled fields, an actor
 * picker that searches names and aliases, editors of lists (sources,
 * corrections, roles) and a character counter. Runs in the browser.
 */
import { h } from '#client/dom.ts';

/** An actor as the pickers search it: its id, display name, kind and every name it goes by. */
export interface Named {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly names: readonly string[];
}

let fieldCount = 0;
/** An element id no other field of the page has. */
export const nextId = (name: string) => `field-${name}-${++fieldCount}`;

/** A control with its label, and its hint tied to it by `aria-describedby`. */
export function labelled(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || nextId(label.toLowerCase().replace(/\W+/g, '-'));
  control.id = id;
  const hintElement = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : undefined;
  if (hintElement) control.setAttribute('aria-describedby', `${id}-hint`);
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hintElement);
}

/** A text field named `name` holding `value`. */
export function input(name: string, value = '', attributes: Record<string, string> = {}): HTMLInputElement {
  const element = h('input', { type: 'text', name, ...attributes });
  element.value = value;
  return element;
}

/** A required choice among `options`, with an empty first option that says what to choose. */
export function select(name: string, options: readonly { value: string; label: string }[], value: string | undefined, placeholder: string): HTMLSelectElement {
  const element = h('select', { name, required: '' }, h('option', { value: '' }, placeholder), ...options.map((option) => h('option', { value: option.value }, option.label)));
  element.value = value ?? '';
  return element;
}

/** Folds case and accents, for searching names and titles. */
export const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A picker of `actors` that searches their names and aliases; one or several.
 * It picks narratives too, by title (`searching`: what the search box says it searches).
 */
export function actorPicker(
  actors: ReadonlyMap<string, Named>,
  label: string,
  initial: readonly string[],
  options: { multiple: boolean; hint?: string; kinds?: readonly string[]; searching?: { readonly what: string; readonly placeholder: string } },
): { element: HTMLElement; value: () => string[] } {
  let chosen = [...initial];
  const searching = options.searching ?? { what: 'actors', placeholder: 'Search names and aliases' };
  const search = h('input', { type: 'search', autocomplete: 'off', placeholder: searching.placeholder });
  const results = h('ul', { class: 'picker-results', role: 'list' });
  const picked = h('ul', { class: 'picker-chosen', role: 'list' });
  const id = nextId('actor-picker');
  search.id = id;
  const render = () => {
    picked.replaceChildren(
      ...chosen.map((actor) =>
        h(
          'li',
          {},
          `${actors.get(actor)?.name ?? actor} `,
          h('code', {}, actor),
          ' ',
          Object.assign(h('button', { type: 'button', class: 'small-button' }, `Remove ${actors.get(actor)?.name ?? actor}`), {
            onclick: () => {
              chosen = chosen.filter((other) => other !== actor);
              render();
              search.focus();
            },
          }),
        ),
      ),
    );
    const query = fold(search.value.trim());
    const matches = query === '' ? [] : [...actors.values()].filter((actor) => !chosen.includes(actor.id) && (!options.kinds || options.kinds.includes(actor.kind)) && actor.names.some((name) => fold(name).split(/\s+/).some((word) => word.startsWith(query)) || fold(name).startsWith(query) || actor.id.startsWith(query))).slice(0, 8);
    results.replaceChildren(
      ...matches.map((actor) =>
        h(
          'li',
          {},
          Object.assign(h('button', { type: 'button', class: 'pick', 'data-actor-id': actor.id }, `${options.multiple ? 'Add' : 'Choose'} ${actor.name} (${actor.kind})`), {
            onclick: () => {
              chosen = options.multiple ? [...chosen, actor.id] : [actor.id];
              search.value = '';
              render();
              search.focus();
            },
          }),
        ),
      ),
    );
  };
  search.addEventListener('input', render);
  render();
  const element = h(
    'fieldset',
    { class: 'picker' },
    h('legend', {}, label),
    options.hint ? h('p', { class: 'hint' }, options.hint) : undefined,
    picked,
    h('label', { for: id, class: 'visually-hidden' }, `Search ${searching.what} for ${label.toLowerCase()}`),
    search,
    results,
  );
  return { element, value: () => chosen };
}

/** One entry of a list the analyst edits row by row: a source, a correction, a role. */
export type Row = Record<string, unknown>;

/** A field of a row: a text input, a text area, or a choice. */
interface RowField {
  readonly name: string;
  readonly label: string;
  readonly required?: boolean;
  readonly type?: 'url';
  readonly pattern?: string;
  readonly lines?: boolean;
  readonly options?: readonly { readonly value: string; readonly label: string }[];
}

/**
 * A list of rows, each a few fields, with buttons to add and remove rows. A value the file had is
 * given back as it was (a number stays a number) while its field is unchanged; anything typed is
 * given back exactly as typed.
 */
function rowsEditor(options: { readonly legend: string; readonly one: string; readonly fields: readonly RowField[]; readonly initial: readonly Row[]; readonly className: string }): { element: HTMLElement; value: () => Row[] } {
  const rows = h('ol', { class: 'rows-editor' });
  const values: (() => Row)[] = [];
  const addRow = (row: Row = {}) => {
    const inputs = options.fields.map((field) => {
      const initial = row[field.name] === undefined || row[field.name] === null ? '' : String(row[field.name]);
      const attributes = { ...(field.required ? { required: '' } : {}), ...(field.type ? { type: field.type } : {}), ...(field.pattern ? { pattern: field.pattern } : {}) };
      let control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
      if (field.options) {
        control = h('select', { name: field.name }, h('option', { value: '' }, 'None'), ...field.options.map((option) => h('option', { value: option.value }, option.label)));
        control.value = initial;
      } else if (field.lines) {
        control = h('textarea', { name: field.name, rows: '3', ...attributes });
        control.value = initial;
      } else control = input(field.name, initial, attributes);
      return { field, control, element: labelled(`${options.one} ${field.label}`, control) };
    });
    const element = h('li', {}, ...inputs.map((entry) => entry.element));
    const value = () =>
      Object.fromEntries(
        inputs.flatMap(({ field, control }) => {
          // Sent as typed: the server keeps text exactly and trims only ids, dates and addresses.
          const text = control.value;
          if (text.trim() === '') return [];
          const before = row[field.name];
          return [[field.name, before !== undefined && before !== null && String(before) === text ? before : text]];
        }),
      );
    values.push(value);
    const remove = Object.assign(h('button', { type: 'button', class: 'small-button' }, `Remove this ${options.one.toLowerCase()}`), {
      onclick: () => {
        values.splice(values.indexOf(value), 1);
        element.remove();
        rows.dispatchEvent(new Event('input', { bubbles: true }));
      },
    });
    element.append(remove);
    rows.append(element);
    return inputs[0]!.control;
  };
  for (const row of options.initial) addRow(row);
  const add = Object.assign(h('button', { type: 'button' }, `Add a ${options.one.toLowerCase()}`), { onclick: () => addRow().focus() });
  const element = h('fieldset', { class: `rows ${options.className}` }, h('legend', {}, options.legend), rows, add);
  return { element, value: () => values.map((value) => value()).filter((row) => Object.keys(row).length > 0) };
}

/** An id: lower-case words joined by hyphens, as the content check wants it. */
export const ID_PATTERN = '[a-z0-9]+(-[a-z0-9]+)*';
/** A date at its precision: YYYY, YYYY-MM or YYYY-MM-DD. */
export const DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/** The list of sources: title, address, archived copy, publisher and date. */
export function sourcesEditor(initial: readonly Row[]): { element: HTMLElement; value: () => Row[] } {
  return rowsEditor({
    legend: 'Sources',
    one: 'Source',
    className: 'sources',
    initial,
    fields: [
      { name: 'title', label: 'title', required: true },
      { name: 'url', label: 'address (URL)', required: true, type: 'url' },
      { name: 'archived', label: 'archived copy (URL)', type: 'url' },
      { name: 'publisher', label: 'publisher' },
      { name: 'date', label: 'date (YYYY, YYYY-MM or YYYY-MM-DD)', pattern: DATE_PATTERN },
    ],
  });
}

/** The list of corrections: the day, the note, and for a claim the rating it had before. */
export function correctionsEditor(initial: readonly Row[], ratings?: readonly { value: string; label: string }[]): { element: HTMLElement; value: () => Row[] } {
  return rowsEditor({
    legend: 'Corrections',
    one: 'Correction',
    className: 'corrections',
    initial,
    fields: [
      { name: 'date', label: 'day (YYYY-MM-DD)', required: true, pattern: '\\d{4}-\\d{2}-\\d{2}' },
      { name: 'note', label: 'note (Markdown)', required: true, lines: true },
      ...(ratings ? [{ name: 'previousRating', label: 'rating before it (if it changed)', options: ratings }] : []),
    ],
  });
}

/** The list of an actor's roles: the position, the body it belongs to, and when. */
export function rolesEditor(initial: readonly Row[]): { element: HTMLElement; value: () => Row[] } {
  return rowsEditor({
    legend: 'Roles',
    one: 'Role',
    className: 'roles',
    initial,
    fields: [
      { name: 'title', label: 'title', required: true },
      { name: 'of', label: 'of (the id of the body it belongs to)', pattern: ID_PATTERN },
      { name: 'from', label: 'from', pattern: DATE_PATTERN },
      { name: 'to', label: 'to', pattern: DATE_PATTERN },
    ],
  });
}

/** A live count of characters against a maximum. */
export function counter(control: HTMLInputElement | HTMLTextAreaElement, max: number): HTMLElement {
  const out = h('p', { class: 'hint counter', id: nextId('count') });
  const update = () => {
    const length = control.value.trim().length;
    out.textContent = length > max ? `${length} of ${max} characters: ${length - max} too many` : `${length} of ${max} characters`;
    out.classList.toggle('over', length > max);
  };
  control.addEventListener('input', update);
  control.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby') ?? ''} ${out.id}`.trim());
  update();
  return out;
}

/** Debounces `run` by `ms`. */
export function debounce(run: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
}
