/**
 * The registry of content collections: for each, its schema, its folder, the
 * URL of an entry's page, its labels, its type in search, its open-data file,
 * what an entry is called, the ids it refers to and the sources it cites.
 * `content.config.ts`, the content check, the site model and the open data
 * read it, so that a new kind of entry is a registry entry, a schema and its
 * pages: the check finds its references, sources and corrections here, and
 * the corrections log its entries' titles.
 */
import type { z } from 'zod';
import type { PageType } from './labels.ts';
import type { FieldPath } from './problems.ts';
import { type Correction, type Source, ActorSchema, ArticleSchema, EventSchema, NarrativeSchema } from './schema/index.ts';
import { paths } from './urls.ts';

/**
 * The collections, in the order they are read and checked: actors first,
 * since the others refer to them, and articles last, since their claims
 * refer to narratives.
 */
export const COLLECTIONS = ['actors', 'events', 'narratives', 'articles'] as const;

/** A content collection's name. */
export type CollectionName = (typeof COLLECTIONS)[number];

/** A reference from an entry to an entry of `to`: the field that holds the id, and the id (none when the field is empty). */
export interface Reference {
  readonly path: FieldPath;
  readonly to: CollectionName;
  readonly id: string | null | undefined;
}

/** A list of sources an entry cites, and where it is. */
export interface SourcesAt {
  readonly path: FieldPath;
  readonly sources: readonly Source[];
}

/** What the site knows of one collection whose entries' frontmatter is `Data`. */
export interface CollectionDefinition<Data> {
  /** The frontmatter's schema. */
  readonly schema: z.ZodType<Data>;
  /** The folder under the content root, one `<id>.md` per entry. */
  readonly folder: string;
  /** The root-relative URL of an entry's page. */
  readonly url: (id: string) => string;
  /** The collection's name on a page, singular and plural. */
  readonly label: { readonly one: string; readonly many: string };
  /** The type of an entry's page in search; also what the corrections log calls an entry. */
  readonly searchType: PageType;
  /** The open-data file of the collection, under `/data/`. */
  readonly dataFile: `${string}.json`;
  /** What an entry is called where it is listed with others (the corrections log): its name or title. */
  readonly title: (data: Data) => string;
  /** Every id an entry refers to, in the order of its fields; the content check proves each names an entry. */
  readonly references: (data: Data) => readonly Reference[];
  /** Every list of sources an entry cites; the source check reads each address. */
  readonly sources: (data: Data) => readonly SourcesAt[];
}

/** Every entry of every collection carries its corrections; the check and the corrections log read them there. */
type Corrected = { readonly corrections: readonly Correction[] };

/** A collection's definition, typed by its schema's output. */
const collection = <Schema extends z.ZodType<Corrected>>(definition: CollectionDefinition<z.output<Schema>> & { readonly schema: Schema }) =>
  definition;

/** References to `to` from each id of `ids`, the list at `path`. */
const each = (path: FieldPath, to: CollectionName, ids: readonly string[]): Reference[] => ids.map((id, i) => ({ path: [...path, i], to, id }));

/** Every collection's definition. */
export const REGISTRY = {
  actors: collection({
    schema: ActorSchema,
    folder: 'actors',
    url: paths.actor,
    label: { one: 'Actor', many: 'Actors' },
    searchType: 'actor',
    dataFile: 'actors.json',
    title: (actor) => actor.name,
    references: (actor) => actor.roles.map((role, i) => ({ path: ['roles', i, 'of'], to: 'actors', id: role.of })),
    sources: (actor) => [{ path: ['sources'], sources: actor.sources }],
  }),
  events: collection({
    schema: EventSchema,
    folder: 'events',
    url: paths.event,
    label: { one: 'Event', many: 'Events' },
    searchType: 'event',
    dataFile: 'events.json',
    title: (event) => event.title,
    references: (event) => each(['actors'], 'actors', event.actors),
    sources: (event) => [{ path: ['sources'], sources: event.sources }],
  }),
  narratives: collection({
    schema: NarrativeSchema,
    folder: 'narratives',
    url: paths.narrative,
    label: { one: 'Narrative', many: 'Narratives' },
    searchType: 'narrative',
    dataFile: 'narratives.json',
    title: (narrative) => narrative.title,
    references: (narrative) => each(['actors'], 'actors', narrative.actors),
    sources: (narrative) => [{ path: ['sources'], sources: narrative.sources }],
  }),
  articles: collection({
    schema: ArticleSchema,
    folder: 'articles',
    url: paths.article,
    label: { one: 'Article', many: 'Articles' },
    searchType: 'article',
    dataFile: 'articles.json',
    title: (article) => article.title,
    references: ({ source, actors, dates, claims }) => [
      { path: ['source', 'outlet'], to: 'actors', id: source.outlet },
      { path: ['source', 'author'], to: 'actors', id: source.author },
      ...each(['actors'], 'actors', actors),
      ...dates.map((date, i) => ({ path: ['dates', i, 'event'], to: 'events', id: date.event }) as const),
      ...claims.flatMap((claim, i) => [
        { path: ['claims', i, 'claimant'], to: 'actors', id: claim.claimant } as const,
        ...each(['claims', i, 'about'], 'actors', claim.about),
        ...each(['claims', i, 'narratives'], 'narratives', claim.narratives),
      ]),
    ],
    sources: (article) => [
      { path: ['sources'], sources: article.sources },
      ...article.claims.map((claim, i) => ({ path: ['claims', i, 'sources'], sources: claim.sources })),
    ],
  }),
} as const satisfies Record<CollectionName, unknown>;

/** The frontmatter of an entry of `collection`, as the site model holds it. */
export type EntryData<Name extends CollectionName> = z.output<(typeof REGISTRY)[Name]['schema']>;

/** A record with a value for every collection, made by `make`. */
export function byCollection<T>(make: (name: CollectionName) => T): Record<CollectionName, T> {
  return Object.fromEntries(COLLECTIONS.map((name) => [name, make(name)])) as Record<CollectionName, T>;
}

/** What a message calls one entry of a collection: "an actor", "a narrative". */
export function oneOf(name: CollectionName): string {
  const noun = REGISTRY[name].label.one.toLowerCase();
  // The labels are English nouns; none begins with a vowel that is not sounded as one.
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}
