/**
 * Sources the content model asks for where a schema cannot demand them.
 * Events need at least one source and claims need one unless rated
 * not-checkable: their schemas make a missing source an error. An actor's
 * summary states facts about a real person or body, yet many actors are
 * written before their sources are found, so an actor without sources is a
 * warning.
 */
import type { Entry } from '#lib/content/entry.ts';
import { SITE } from '#lib/content/identity.ts';
import { type ContentProblem, describeValue, problemAt } from '#lib/content/problems.ts';
import type { Actor } from '#lib/content/schema/index.ts';

/** A warning for every actor that cites no source for its summary. */
export function checkActorSources(actors: readonly Entry<Actor>[]): ContentProblem[] {
  return actors
    // The site itself, the outlet of its own articles, is described by the site, not by a source.
    .filter((actor) => actor.data.sources.length === 0 && actor.id !== SITE.actor)
    .map((actor) =>
      problemAt(
        // A missing field has no line of its own: point at the summary it should back.
        { file: actor.file, lineOf: () => actor.lineOf?.(['summary']) },
        ['sources'],
        `missing: no source backs the summary ${describeValue(actor.data.summary)}`,
        { severity: 'warning', hint: 'Add sources: [{ title: …, url: https://… }] with a public source for the summary.' },
      ),
    );
}
