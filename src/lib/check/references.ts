/**
 * The reference check: every id an entry refers to (an actor, an event, a
 * narrative, an outlet) must name an existing entry. Astro's `reference()`
 * does not guarantee this. Which fields hold ids is each collection's
 * `references` in the registry; an article's outlet must also be an outlet.
 */
import type { Entry, SiteContent } from '#lib/content/entry.ts';
import { type ContentProblem, problemAt } from '#lib/content/problems.ts';
import { COLLECTIONS, type CollectionName, type Reference, REGISTRY, byCollection, oneOf } from '#lib/content/registry.ts';
import type { Actor } from '#lib/content/schema/index.ts';
import { findNearest } from './nearest.ts';

/**
 * Lists every reference in `content` that names no entry (one problem each).
 * `unchecked` holds ids whose files exist but failed validation: references to
 * them are not reported again, since the file's own problem says what to fix.
 */
export function checkReferences(
  content: SiteContent,
  unchecked: Readonly<Partial<Record<CollectionName, ReadonlySet<string>>>> = {},
): ContentProblem[] {
  const known: Record<CollectionName, ReadonlySet<string>> = byCollection((name) => new Set(content[name].map((entry) => entry.id)));
  const problems: ContentProblem[] = [];

  const check = (entry: Entry<unknown>, { path, to, id }: Reference) => {
    if (id === undefined || id === null || known[to].has(id) || unchecked[to]?.has(id)) return;
    const nearest = findNearest(id, known[to].values());
    const suggestion = nearest.length > 0 ? `Did you mean ${nearest.map((near) => `"${near}"`).join(', ')}? Otherwise c` : 'C';
    const noun = oneOf(to).replace(/^an? /, '');
    problems.push(problemAt(entry, path, `unknown ${noun} "${id}"`, { hint: `${suggestion}reate ${REGISTRY[to].folder}/${id}.md.` }));
  };

  for (const name of COLLECTIONS) {
    // Each collection's entries with its own definition: a union of the two would not type-check.
    const references = REGISTRY[name].references as (data: unknown) => readonly Reference[];
    for (const entry of content[name] as readonly Entry<unknown>[]) for (const reference of references(entry.data)) check(entry, reference);
  }
  const actors = new Map<string, Entry<Actor>>(content.actors.map((entry) => [entry.id, entry]));
  for (const article of content.articles) problems.push(...outletProblems(article.data.source.outlet, article, actors));
  return problems;
}

/** A problem when an article's outlet is an actor that is not an outlet (kind `media`). */
function outletProblems(outlet: string, article: Entry<unknown>, actors: ReadonlyMap<string, Entry<Actor>>): ContentProblem[] {
  const actor = actors.get(outlet);
  if (!actor || actor.data.kind === 'media') return [];
  return [
    problemAt(article, ['source', 'outlet'], `"${outlet}" is an actor of kind "${actor.data.kind}"; expected an outlet (kind "media")`, {
      hint: `Name the outlet that published the article, or set kind: media in ${actor.file}.`,
    }),
  ];
}
