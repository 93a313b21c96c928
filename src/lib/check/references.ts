/**
 * The reference check: every actor, event, narrative and outlet id used anywhere must
 * name an existing entry. Astro's `reference()` does not guarantee this.
 */
import type { Entry, SiteContent } from '#lib/content/entry.ts';
import { type ContentProblem, type FieldPath, problemAt } from '#lib/content/problems.ts';
import { findNearest } from './nearest.ts';

type Collection = 'actors' | 'events' | 'narratives';

const NOUN: Record<Collection, string> = { actors: 'actor', events: 'event', narratives: 'narrative' };

/**
 * Lists every reference in `content` that names no entry (one problem each).
 * `unchecked` holds ids whose files exist but failed validation: references to
 * them are not reported again, since the file's own problem says what to fix.
 */
export function checkReferences(
  content: SiteContent,
  unchecked: Readonly<Partial<Record<Collection, ReadonlySet<string>>>> = {},
): ContentProblem[] {
  const known: Record<Collection, ReadonlyMap<string, Entry<unknown>>> = {
    actors: new Map(content.actors.map((entry) => [entry.id, entry])),
    events: new Map(content.events.map((entry) => [entry.id, entry])),
    narratives: new Map(content.narratives.map((entry) => [entry.id, entry])),
  };
  const problems: ContentProblem[] = [];

  const check = (entry: Entry<unknown>, path: FieldPath, collection: Collection, id: string | null | undefined) => {
    if (id === undefined || id === null || known[collection].has(id) || unchecked[collection]?.has(id)) return;
    const nearest = findNearest(id, known[collection].keys());
    const suggestion =
      nearest.length > 0 ? `Did you mean ${nearest.map((near) => `"${near}"`).join(', ')}? Otherwise c` : 'C';
    problems.push(
      problemAt(entry, path, `unknown ${NOUN[collection]} "${id}"`, { hint: `${suggestion}reate ${collection}/${id}.md.` }),
    );
  };

  for (const actor of content.actors) {
    actor.data.roles.forEach((role, i) => check(actor, ['roles', i, 'of'], 'actors', role.of));
  }
  for (const event of content.events) {
    event.data.actors.forEach((id, i) => check(event, ['actors', i], 'actors', id));
  }
  for (const narrative of content.narratives) {
    narrative.data.actors.forEach((id, i) => check(narrative, ['actors', i], 'actors', id));
  }
  for (const article of content.articles) {
    const { source, actors, dates, claims } = article.data;
    check(article, ['source', 'outlet'], 'actors', source.outlet);
    const outlet = known.actors.get(source.outlet) as Entry<{ kind: string }> | undefined;
    if (outlet && outlet.data.kind !== 'media') {
      problems.push(
        problemAt(
          article,
          ['source', 'outlet'],
          `"${source.outlet}" is an actor of kind "${outlet.data.kind}"; expected an outlet (kind "media")`,
          { hint: `Name the outlet that published the article, or set kind: media in ${outlet.file}.` },
        ),
      );
    }
    check(article, ['source', 'author'], 'actors', source.author);
    actors.forEach((id, i) => check(article, ['actors', i], 'actors', id));
    dates.forEach((date, i) => check(article, ['dates', i, 'event'], 'events', date.event));
    claims.forEach((claim, i) => {
      check(article, ['claims', i, 'claimant'], 'actors', claim.claimant);
      claim.about.forEach((id, j) => check(article, ['claims', i, 'about', j], 'actors', id));
      claim.narratives.forEach((id, j) => check(article, ['claims', i, 'narratives', j], 'narratives', id));
    });
  }
  return problems;
}
