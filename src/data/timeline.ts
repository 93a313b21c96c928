/** What the timeline pages need: the events, and the actors to filter them by. */
import { type EventView, getEventViews } from './site.ts';

/** An actor the timeline can be filtered by. */
export interface TimelineFilter {
  readonly id: string;
  readonly name: string;
  readonly count: number;
}

/** Every actor that takes part in some event, by name, with its number of events. */
export async function getTimelineFilters(): Promise<TimelineFilter[]> {
  const views = await getEventViews();
  const filters = new Map<string, TimelineFilter>();
  for (const { actors } of views) {
    for (const actor of actors) {
      const known = filters.get(actor.id);
      filters.set(actor.id, { id: actor.id, name: actor.data.name, count: (known?.count ?? 0) + 1 });
    }
  }
  return [...filters.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** The events an actor takes part in, in order. */
export async function getEventsOf(actor: string): Promise<EventView[]> {
  return (await getEventViews()).filter((view) => view.actors.some((a) => a.id === actor));
}
