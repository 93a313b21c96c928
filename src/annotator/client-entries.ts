/**
 * The forms of an actor and of an event, each for a new entry (made from a
 * selection or a suggestion) and for an existing one (every field of its
 * file, corrections included). Runs in the browser.
 */
import { h } from '#client/dom.ts';
import { actorPicker, correctionsEditor, counter, input, labelled, type Row, rolesEditor, select, sourcesEditor } from './client-controls.ts';
import { actorsById, DATE_FIELD, fetchEntry, ID_FIELD, openForm, state, status } from './client-page.ts';

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const rows = (value: unknown) => (Array.isArray(value) ? (value as Row[]) : []);
const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);

/** A text area of one item a line (aliases, domains); its value is the lines that say something. */
function linesField(name: string, values: readonly string[]): { control: HTMLTextAreaElement; value: () => string[] } {
  const control = h('textarea', { name, rows: '3' });
  control.value = values.join('\n');
  return { control, value: () => control.value.split('\n').map((line) => line.trim()).filter(Boolean) };
}

/** The fields of an actor's form, filled from `fields`; `value()` gives them as a request sends them. */
export function actorFields(fields: Record<string, unknown>, options: { readonly corrections: boolean }) {
  const name = input('name', text(fields['name']), { required: '' });
  const kind = select('kind', state.actorKinds.map((value) => ({ value, label: value })), text(fields['kind']) || undefined, 'Choose a kind');
  const aliases = linesField('aliases', list(fields['aliases']));
  const summary = input('summary', text(fields['summary']), { required: '' });
  const wikidata = input('wikidata', text(fields['wikidata']), { pattern: 'Q[1-9][0-9]*', autocomplete: 'off' });
  const website = linesField('website', list(fields['website']));
  const roles = rolesEditor(rows(fields['roles']));
  const sources = sourcesEditor(options.corrections ? rows(fields['sources']) : [{}]);
  const corrections = options.corrections ? correctionsEditor(rows(fields['corrections'])) : undefined;
  return {
    name,
    parts: [
      labelled('Name', name, 'The display name; it is always matched in the text.'),
      labelled('Kind', kind),
      labelled('Other names, one a line', aliases.control, 'Spellings the texts use: matched as written (case included), whole words.'),
      labelled('Summary', summary, 'One line: who or what this is.'),
      counter(summary, 200),
      labelled('Wikidata id', wikidata, 'Only one you have checked, such as Q794.'),
      labelled('Website domains, one a line (outlets only)', website.control, 'Such as tehrantimes.com, without https:// or www.'),
      roles.element,
      sources.element,
      corrections?.element,
    ],
    value: () => ({
      name: name.value,
      kind: kind.value,
      aliases: aliases.value(),
      summary: summary.value,
      wikidata: wikidata.value,
      website: website.value(),
      roles: roles.value(),
      sources: sources.value(),
      ...(corrections ? { corrections: corrections.value() } : {}),
    }),
  };
}

/** The fields of an event's form, filled from `fields`; `near` are the actors to start with for a new one. */
export function eventFields(fields: Record<string, unknown>, options: { readonly corrections: boolean; readonly near?: readonly string[] }) {
  const title = input('title', text(fields['title']), { required: '' });
  const date = input('date', text(fields['date']), { required: '', ...DATE_FIELD });
  const end = input('end', text(fields['end']), DATE_FIELD);
  const actors = actorPicker(actorsById, 'Actors', fields['actors'] ? list(fields['actors']) : (options.near ?? []).filter((actor) => actorsById.has(actor)), { multiple: true, hint: 'Those involved.' });
  const sources = sourcesEditor(options.corrections ? rows(fields['sources']) : [{}]);
  const corrections = options.corrections ? correctionsEditor(rows(fields['corrections'])) : undefined;
  return {
    title,
    parts: [
      labelled('Title', title, 'What happened, as a sentence headline.'),
      labelled('Date', date, 'As precisely as the sources establish, and no more.'),
      labelled('End (for events that span time)', end),
      actors.element,
      sources.element,
      corrections?.element,
    ],
    value: () => ({
      title: title.value,
      date: date.value,
      end: end.value,
      actors: actors.value(),
      sources: sources.value(),
      ...(corrections ? { corrections: corrections.value() } : {}),
    }),
  };
}

/** An id field for a new entry, following `from` (a title or name) until the analyst edits it. */
export function newIdField(initial: string, from: HTMLInputElement, slug: (text: string) => string | undefined): HTMLInputElement {
  const id = input('id', initial, { required: '', ...ID_FIELD });
  from.addEventListener('input', () => {
    if (!id.dataset['edited']) id.value = slug(from.value) ?? '';
  });
  id.addEventListener('input', () => (id.dataset['edited'] = 'yes'));
  return id;
}

/** Opens the form of an existing actor or event, every field of its file, to edit and save. */
export async function editEntry(collection: 'actors' | 'events', id: string): Promise<void> {
  const entry = await fetchEntry(collection, id);
  if (typeof entry === 'string') {
    status.textContent = `Could not open ${collection}/${id}.md: ${entry}`;
    return;
  }
  const form = collection === 'actors' ? actorFields(entry.fields, { corrections: true }) : eventFields(entry.fields, { corrections: true });
  const what = collection === 'actors' ? 'actor' : 'event';
  openForm({
    title: `The ${what} “${text(entry.fields['name'] ?? entry.fields['title']) || id}”`,
    parts: [h('p', { class: 'small' }, `The file content/${collection}/${id}.md.`), ...form.parts],
    submitLabel: `Save the ${what}`,
    payload: () => ({ action: 'entry', collection, id, entryVersion: entry.version, fields: form.value() }),
    done: () => `Saved the ${what} “${id}”.`,
  });
}
