/**
 * The changes that reach past the article's file: a new event (with the date
 * that refers to it), a new actor, a name added as an actor's alias, and an
 * existing actor's or event's fields edited. Planned as new files and edits;
 * nothing here reads or writes the disk. A narrative's fields are edited as an
 * actor's or an event's are.
 */
import { type OpenedFile, Refusal } from './content-files.ts';
import { dismissing, type Existing, readOpened, selectorOf } from './plan-article.ts';
import { clean, FIELDS, OPTIONAL_LISTS, ordered, type Plan, updateEntry } from './plan-fields.ts';
import type { ActionRequest } from './requests.ts';

/** The new entry's id from its fields, and the fields without it. */
function idAndFields(value: Record<string, unknown>, what: string): { id: string; fields: Record<string, unknown> } {
  const { id, ...fields } = value;
  if (typeof id !== 'string') throw new Refusal(`id: expected an id for the new ${what}`, 400);
  return { id, fields };
}

/** Refuses a name some actor other than `self` already carries: an alias belongs to one actor. */
function refuseTakenNames(names: readonly unknown[], existing: Existing, self?: string): void {
  for (const name of names) {
    const owner = typeof name === 'string' ? existing.names.get(name) : undefined;
    if (owner !== undefined && owner !== self) throw new Refusal(`“${String(name)}” is already a name of ${owner}: an alias belongs to one actor`, 409);
  }
}

/** The fields of each kind of entry an `entry` request edits, and what a message calls one. */
const ENTRIES = {
  actors: { fields: FIELDS.actor, what: 'an actor' },
  events: { fields: FIELDS.event, what: 'an event' },
  narratives: { fields: FIELDS.narrative, what: 'a narrative' },
} as const;

const listActor = (actors: unknown, id: string): Plan['edits'] => (Array.isArray(actors) && actors.includes(id) ? [] : [{ op: 'append', path: ['actors'], value: id }]);

/**
 * The plan for a request that creates or edits an actor or event. `entry` is the file an `entry`
 * request edits, opened by the caller.
 */
export function planEntries(request: ActionRequest, article: OpenedFile, existing: Existing, entry?: OpenedFile): Plan {
  switch (request.action) {
    case 'event': {
      const { id, fields } = idAndFields(clean(request.event) as Record<string, unknown>, 'event');
      if (existing.events.has(id)) throw new Refusal(`an event with the id "${id}" exists already: pick it, or choose another id`, 409);
      const selector = selectorOf(readOpened(article).body, request.select);
      return {
        edits: [{ op: 'append', path: ['dates'], value: { ...selector, event: id } }, ...dismissing(request.candidate)],
        created: [{ collection: 'events', id, data: ordered(fields, FIELDS.event, OPTIONAL_LISTS) }],
        others: [],
      };
    }
    case 'actor': {
      const { id, fields } = idAndFields(clean(request.actor) as Record<string, unknown>, 'actor');
      if (existing.actors.has(id)) throw new Refusal(`an actor with the id "${id}" exists already: add the name as its alias, or choose another id`, 409);
      refuseTakenNames([fields['name'], ...(Array.isArray(fields['aliases']) ? fields['aliases'] : [])], existing);
      return {
        edits: [...listActor(readOpened(article).data['actors'], id), ...dismissing(request.candidate)],
        created: [{ collection: 'actors', id, data: ordered(fields, FIELDS.actor, OPTIONAL_LISTS) }],
        others: [],
      };
    }
    case 'alias': {
      const actor = request.actor.trim();
      const alias = request.alias.replace(/\s+/g, ' ').trim();
      if (actor === '') throw new Refusal('choose the actor whose name this is', 400);
      if (alias === '') throw new Refusal('select the name in the text first', 400);
      if (!existing.actors.has(actor)) throw new Refusal(`there is no actor "${actor}"`, 422);
      const owner = existing.names.get(alias);
      if (owner !== undefined) {
        throw new Refusal(owner === actor ? `“${alias}” is already a name of ${actor}` : `“${alias}” is already a name of another actor, ${owner}: an alias belongs to one actor`, 409);
      }
      return {
        edits: listActor(readOpened(article).data['actors'], actor),
        created: [],
        others: [{ collection: 'actors', id: actor, edits: [{ op: 'append', path: ['aliases'], value: alias }] }],
      };
    }
    case 'entry': {
      if (entry === undefined) throw new Refusal(`there is no ${request.collection}/${request.id}.md`, 404);
      const { fields, what } = ENTRIES[request.collection];
      const next = clean(request.fields) as Record<string, unknown>;
      const unknown = Object.keys(next).filter((name) => name !== 'id' && !(fields as readonly string[]).includes(name));
      if (unknown.length > 0) throw new Refusal(`${unknown.join(', ')}: not a field of ${what}`, 400);
      const { data } = readOpened(entry);
      if (request.collection === 'actors') refuseTakenNames([next['name'], ...(Array.isArray(next['aliases']) ? next['aliases'] : [])], existing, request.id);
      const edits = updateEntry([], data, { ...data, ...Object.fromEntries(fields.map((name) => [name, next[name]])) }, fields);
      return { edits: [], created: [], others: [{ collection: request.collection, id: request.id, edits, expected: request.entryVersion }] };
    }
    default:
      throw new Refusal(`"${request.action}" does not change an actor or an event`, 400);
  }
}

/** Whether a request is one {@link planEntries} plans. */
export const changesEntries = (request: ActionRequest) => ['event', 'actor', 'alias', 'entry'].includes(request.action);
