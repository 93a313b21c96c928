/**
 * The registry of content collections: for each, its schema, its folder, the
 * URL of an entry's page, its labels, its type in search and its open-data
 * file. `content.config.ts`, the content check, the site model and the open
 * data read it, so that a new kind of entry is a registry entry, a schema
 * and its pages.
 */
import type { z } from 'zod';
import type { PageType } from './labels.ts';
import { ActorSchema, ArticleSchema, EventSchema, NarrativeSchema } from './schema/index.ts';
import { paths } from './urls.ts';

/** What the site knows of one collection. */
export interface CollectionDefinition {
  /** The frontmatter's schema. */
  readonly schema: z.ZodType;
  /** The folder under the content root, one `<id>.md` per entry. */
  readonly folder: string;
  /** The root-relative URL of an entry's page. */
  readonly url: (id: string) => string;
  /** The collection's name on a page, singular and plural. */
  readonly label: { readonly one: string; readonly many: string };
  /** The type of an entry's page in search. */
  readonly searchType: PageType;
  /** The open-data file of the collection, under `/data/`. */
  readonly dataFile: `${string}.json`;
}

/**
 * The collections, in the order they are read and checked: actors first,
 * since the others refer to them, and articles last, since their claims
 * refer to narratives.
 */
export const COLLECTIONS = ['actors', 'events', 'narratives', 'articles'] as const;

/** A content collection's name. */
export type CollectionName = (typeof COLLECTIONS)[number];

/** Every collection's definition. */
export const REGISTRY = {
  actors: {
    schema: ActorSchema,
    folder: 'actors',
    url: paths.actor,
    label: { one: 'Actor', many: 'Actors' },
    searchType: 'actor',
    dataFile: 'actors.json',
  },
  events: {
    schema: EventSchema,
    folder: 'events',
    url: paths.event,
    label: { one: 'Event', many: 'Events' },
    searchType: 'event',
    dataFile: 'events.json',
  },
  narratives: {
    schema: NarrativeSchema,
    folder: 'narratives',
    url: paths.narrative,
    label: { one: 'Narrative', many: 'Narratives' },
    searchType: 'narrative',
    dataFile: 'narratives.json',
  },
  articles: {
    schema: ArticleSchema,
    folder: 'articles',
    url: paths.article,
    label: { one: 'Article', many: 'Articles' },
    searchType: 'article',
    dataFile: 'articles.json',
  },
} as const satisfies Record<CollectionName, CollectionDefinition>;
