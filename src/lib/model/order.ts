/** The order of every list of the site, so that nothing depends on the order files were read in. */
import type { Entry } from '#lib/content/entry.ts';
import { comparePartialDates } from '#lib/content/partial-date.ts';
import type { Actor, Article, Event, Narrative } from '#lib/content/schema/index.ts';

/** Newest analysis first, then newest original; then by title and id. */
export function compareArticles(a: Entry<Article>, b: Entry<Article>): number {
  return (
    comparePartialDates(b.data.analysed, a.data.analysed) ||
    comparePartialDates(b.data.source.published, a.data.source.published) ||
    a.data.title.localeCompare(b.data.title, 'en') ||
    a.id.localeCompare(b.id)
  );
}

/** Chronological, then by title. */
export function compareEvents(a: Entry<Event>, b: Entry<Event>): number {
  return comparePartialDates(a.data.date, b.data.date) || a.data.title.localeCompare(b.data.title, 'en');
}

/** By name, then by id. */
export function compareActors(a: Entry<Actor>, b: Entry<Actor>): number {
  return a.data.name.localeCompare(b.data.name, 'en') || a.id.localeCompare(b.id);
}

/** By title, then by id. */
export function compareNarratives(a: Entry<Narrative>, b: Entry<Narrative>): number {
  return a.data.title.localeCompare(b.data.title, 'en') || a.id.localeCompare(b.id);
}
