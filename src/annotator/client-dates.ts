/**
 * The annotator's date form: a date mention tied to an event the analyst
 * picks (the events of the paragraph's actors first), or to a new event
 * created in a second form below it.
 */
import { slugify } from '#authoring/slug.ts';
import { h } from '#client/dom.ts';
import { fold, labelled, nextId } from './client-controls.ts';
import { eventFields, newIdField } from './client-entries.ts';
import { type Candidate, createForm, type EventItem, openForm, state, type View } from './client-page.ts';
import type { Selected } from './client-selection.ts';

/** The events to choose from, searchable by title or date: the element, and the id chosen. */
function eventChoices(near: readonly string[], initial: string | undefined): { element: HTMLElement; value: () => string | undefined } {
  const search = h('input', { type: 'search', autocomplete: 'off', placeholder: 'Search by title or date' });
  search.id = nextId('event-search');
  const list = h('div', { class: 'event-choices' });
  let chosen = initial;
  // The events that share the most actors with the paragraph first, then the latest.
  const shared = (event: EventItem) => event.actors.filter((actor) => near.includes(actor)).length;
  const ordered = [...state.events].sort((a, b) => shared(b) - shared(a) || b.date.localeCompare(a.date));
  const render = () => {
    const words = fold(search.value).split(/\s+/).filter(Boolean);
    const matches = ordered.filter((event) => event.id === chosen || words.every((word) => fold(`${event.date} ${event.title} ${event.id}`).includes(word))).slice(0, 12);
    list.replaceChildren(
      ...matches.map((event) => {
        const radio = h('input', { type: 'radio', name: 'event', value: event.id, id: nextId('event') });
        radio.checked = event.id === chosen;
        radio.addEventListener('change', () => (chosen = event.id));
        return h('div', { class: 'choice' }, radio, h('label', { for: radio.id }, `${event.date}: ${event.title}`));
      }),
      ...(matches.length === 0 ? [h('p', { class: 'hint' }, 'No event matches.')] : []),
    );
  };
  search.addEventListener('input', render);
  render();
  const element = h(
    'fieldset',
    { class: 'picker' },
    h('legend', {}, 'The event it refers to'),
    h('p', { class: 'hint' }, 'Events of the paragraph’s actors come first.'),
    h('label', { for: search.id, class: 'visually-hidden' }, 'Search events'),
    search,
    list,
  );
  return { element, value: () => chosen };
}

/** Opens the form of a date mention: a new one on `selection`, or the one `view` shows; `candidate` is a suggestion of `npm run new`. */
export function dateForm(view: View | undefined, selection: Selected | undefined, candidate?: Extract<Candidate, { type: 'date' }>): void {
  const near = selection?.actorsNear ?? [];
  const choice = eventChoices(near, view?.fields['event'] as string | undefined);
  const select_ = selection ? { select: { quote: selection.quote, before: selection.before, after: selection.after } } : {};
  const dismiss = candidate ? { candidate: candidate.line } : {};
  const quote = selection?.quote ?? String(view?.fields['quote'] ?? '');

  // Or a new event, in a second form below the first.
  const event = eventFields(candidate ? { date: candidate.date } : {}, { corrections: false, near });
  const id = newIdField('', event.title, (title) => slugify(title, 6));
  const create = view
    ? undefined
    : createForm({
        name: 'create-event',
        summary: 'Or create a new event',
        open: candidate !== undefined,
        parts: [event.parts[0], labelled('Id', id, 'The file content/events/<id>.md.'), ...event.parts.slice(1)],
        submitLabel: 'Create the event and save the date',
        payload: () => ({ action: 'event', ...select_, ...dismiss, event: { id: id.value, ...event.value() } }),
        done: () => `Created the event “${id.value}” and saved the date.`,
      });
  openForm({
    title: view ? `Date “${quote}”` : 'New date',
    quote,
    parts: [choice.element],
    submitLabel: view ? 'Save the date' : 'Save the date with this event',
    payload: () => ({ action: 'date', ...(view ? { index: view.index } : {}), ...select_, ...dismiss, event: choice.value() ?? '' }),
    done: () => `Saved the date “${quote}”.`,
    extra: create ? [create] : [],
  });
}
