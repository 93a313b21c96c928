/**
 * The timeline: events grouped by year, and the positions of the compact
 * time axis drawn at build time.
 */
import type { Entry } from '#lib/content/entry.ts';
import { toPartialDate } from '#lib/content/partial-date.ts';
import type { Actor } from '#lib/content/schema/index.ts';
import type { EventView } from './views.ts';

/** Where a partial date falls, in fractional years: its first day. */
export function yearValue(iso: string): number {
  const { year, month = 1, day = 1 } = toPartialDate(iso);
  return year + (month - 1) / 12 + (day - 1) / 365;
}

/** Items grouped by the year of their date, in the order given. */
export function groupByYear<T>(items: readonly T[], dateOf: (item: T) => string): { year: number; items: T[] }[] {
  const groups: { year: number; items: T[] }[] = [];
  for (const item of items) {
    const year = toPartialDate(dateOf(item)).year;
    const last = groups.at(-1);
    if (last?.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}

/** An axis: where each year tick and each date falls, as a fraction 0–1 of its length. */
export interface Axis {
  readonly ticks: readonly { readonly year: number; readonly at: number }[];
  readonly points: readonly number[];
}

/**
 * Lays `dates` out on an axis from the start of the first one's year to the
 * end of the last one's, with a tick every 1, 2, 5, 10, 20 or 50 years so that
 * there are at most about eight.
 */
export function layOutAxis(dates: readonly string[]): Axis {
  if (dates.length === 0) return { ticks: [], points: [] };
  const values = dates.map(yearValue);
  const first = Math.floor(Math.min(...values));
  const last = Math.floor(Math.max(...values)) + 1;
  const span = last - first;
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => span / s <= 8) ?? 100;
  const ticks = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
    ticks.push({ year, at: (year - first) / span });
  }
  return { ticks, points: values.map((value) => (value - first) / span) };
}

/** An actor the timeline can be filtered by, with its events. */
export interface TimelineFilter {
  readonly actor: Entry<Actor>;
  /** The events it takes part in, in order. */
  readonly events: readonly EventView[];
}

/** Every actor that takes part in some event, by name, with its events in order. */
export function buildTimelineFilters(events: readonly EventView[]): TimelineFilter[] {
  const filters = new Map<string, { actor: Entry<Actor>; events: EventView[] }>();
  for (const view of events) {
    for (const actor of view.actors) {
      const filter = filters.get(actor.id) ?? { actor, events: [] };
      filter.events.push(view);
      filters.set(actor.id, filter);
    }
  }
  return [...filters.values()].sort((a, b) => a.actor.data.name.localeCompare(b.actor.data.name, 'en'));
}
