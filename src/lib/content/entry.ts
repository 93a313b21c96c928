/**
 * Content entries: one validated file of a collection, as every layer above
 * this one receives it.
 */
import type { LineOf } from './problems.ts';
import type { Actor, Article, Event, Narrative } from './schema/index.ts';

/** One validated content file. */
export interface Entry<Data> {
  /** The file name without `.md`: the id used in references and URLs. */
  readonly id: string;
  /** Path of the file, relative to the project root, for messages. */
  readonly file: string;
  readonly data: Data;
  /** The Markdown body, verbatim. */
  readonly body: string;
  /** Where each field is in the file, when the file was parsed by the content check. */
  readonly lineOf?: LineOf;
}

/** Every entry of the site, in no particular order. */
export interface SiteContent {
  readonly actors: readonly Entry<Actor>[];
  readonly events: readonly Entry<Event>[];
  readonly narratives: readonly Entry<Narrative>[];
  readonly articles: readonly Entry<Article>[];
}
