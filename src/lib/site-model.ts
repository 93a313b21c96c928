/**
 * The site model: every actor, event and article, checked against each other
 * and indexed once, so that pages only look things up.
 */
import { type AliasIndex, buildAliasIndex } from './alias-index.ts';
import { comparePartialDates } from './partial-date.ts';
import { ContentError } from './problems.ts';
import { checkReferences } from './references.ts';
import type { LineOf } from './schema-problems.ts';
import type { Actor, Article, Event } from './schema/index.ts';

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

/** Every entry of the site, before cross-checking. */
export interface SiteContent {
  readonly actors: readonly Entry<Actor>[];
  readonly events: readonly Entry<Event>[];
  readonly articles: readonly Entry<Article>[];
}

/** The checked, sorted and indexed site. */
export interface SiteModel {
  /** Actors by name. */
  readonly actors: readonly Entry<Actor>[];
  /** Events in chronological order. */
  readonly events: readonly Entry<Event>[];
  /** Articles, newest analysis first, then newest original. */
  readonly articles: readonly Entry<Article>[];
  readonly actorById: ReadonlyMap<string, Entry<Actor>>;
  readonly eventById: ReadonlyMap<string, Entry<Event>>;
  readonly articleById: ReadonlyMap<string, Entry<Article>>;
  /** Every actor's name and aliases, compiled for finding mentions. */
  readonly aliasIndex: AliasIndex;
}

const byId = <T extends { id: string }>(entries: readonly T[]) =>
  new Map(entries.map((entry) => [entry.id, entry] as const));

/** Newest analysis first, then newest original; then by title, so the order never depends on file order. */
function compareArticles(a: Entry<Article>, b: Entry<Article>): number {
  return (
    comparePartialDates(b.data.analysed, a.data.analysed) ||
    comparePartialDates(b.data.source.published, a.data.source.published) ||
    a.data.title.localeCompare(b.data.title, 'en') ||
    a.id.localeCompare(b.id)
  );
}

function compareEvents(a: Entry<Event>, b: Entry<Event>): number {
  return comparePartialDates(a.data.date, b.data.date) || a.data.title.localeCompare(b.data.title, 'en');
}

function compareActors(a: Entry<Actor>, b: Entry<Actor>): number {
  return a.data.name.localeCompare(b.data.name, 'en') || a.id.localeCompare(b.id);
}

/**
 * Builds the site model. Throws a {@link ContentError} listing every broken
 * reference and every alias claimed twice, since no page can be rendered
 * correctly with one.
 */
export function buildSiteModel(content: SiteContent): SiteModel {
  const { index: aliasIndex, problems: aliasProblems } = buildAliasIndex(content.actors);
  const problems = [...checkReferences(content), ...aliasProblems];
  if (problems.some((problem) => problem.severity === 'error')) throw new ContentError(problems);

  const actors = [...content.actors].sort(compareActors);
  const events = [...content.events].sort(compareEvents);
  const articles = [...content.articles].sort(compareArticles);
  return {
    actors,
    events,
    articles,
    actorById: byId(actors),
    eventById: byId(events),
    articleById: byId(articles),
    aliasIndex,
  };
}
