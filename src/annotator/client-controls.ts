/**
 * The parts the annotator's forms are made of: labelled fields, an actor
 * picker that searches names and aliases, an editor of sources and a
 * character counter. Runs in the browser.
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

/** A picker of `actors` that searches their names and aliases; one or several. */
export function actorPicker(actors: ReadonlyMap<string, Named>, label: string, initial: readonly string[], options: { multiple: boolean; hint?: string; kinds?: readonly string[] }): { element: HTMLElement; value: () => string[] } {
  let chosen = [...initial];
  const search = h('input', { type: 'search', autocomplete: 'off', placeholder: 'Search names and aliases' });
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
    h('label', { for: id, class: 'visually-hidden' }, `Search actors for ${label.toLowerCase()}`),
    search,
    results,
  );
  return { element, value: () => chosen };
}

export type Source = Record<string, unknown>;
const SOURCE_FIELDS = [
  ['title', 'Source title', true],
  ['url', 'Source address (URL)', true],
  ['publisher', 'Source publisher', false],
  ['date', 'Source date (YYYY, YYYY-MM or YYYY-MM-DD)', false],
] as const;

/** The list of sources, a row each, with the values the file had kept as they were when unchanged. */
export function sourcesEditor(initial: readonly Source[]): { element: HTMLElement; value: () => Source[] } {
  const rows = h('ol', { class: 'sources-editor' });
  const values: (() => Source)[] = [];
  const addRow = (source: Source = {}) => {
    const inputs = SOURCE_FIELDS.map(([name, label, required]) => {
      const control = input(name, source[name] === undefined ? '' : String(source[name]), { ...(required ? { required: '' } : {}), ...(name === 'url' ? { type: 'url' } : {}) });
      return { name, control, field: labelled(label, control) };
    });
    const row = h('li', { class: 'source-row' }, ...inputs.map((entry) => entry.field));
    const value = () =>
      Object.fromEntries(
        inputs.flatMap(({ name, control }) => {
          const text = control.value.trim();
          if (text === '') return [];
          return [[name, source[name] !== undefined && String(source[name]) === text ? source[name] : text]];
        }),
      );
    values.push(value);
    const remove = Object.assign(h('button', { type: 'button', class: 'small-button' }, 'Remove this source'), {
      onclick: () => {
        values.splice(values.indexOf(value), 1);
        row.remove();
        rows.dispatchEvent(new Event('input', { bubbles: true }));
      },
    });
    row.append(remove);
    rows.append(row);
    return inputs[0]!.control;
  };
  for (const source of initial) addRow(source);
  const add = Object.assign(h('button', { type: 'button' }, 'Add a source'), { onclick: () => addRow().focus() });
  const element = h('fieldset', { class: 'sources' }, h('legend', {}, 'Sources'), rows, add);
  return { element, value: () => values.map((value) => value()).filter((source) => Object.keys(source).length > 0) };
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
