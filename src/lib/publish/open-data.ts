/**
 * The open data: the site's articles, actors, events, narratives and claims as plain
 * records with stable ids and absolute URLs, for `/data/*.json` and
 * `/data/claims.csv`. Field by field, they are documented in the README.
 */
import { stringify } from 'csv-stringify/sync';
import { lastCorrected, orderCorrections } from '#lib/content/correction-order.ts';
import type { Entry } from '#lib/content/entry.ts';
import { RATING_SCALE, type Rating } from '#lib/content/ratings.ts';
import { COLLECTIONS, type CollectionName, REGISTRY } from '#lib/content/registry.ts';
import type { Article, Correction, Source } from '#lib/content/schema/index.ts';
import { paths } from '#lib/content/urls.ts';
import type { Site } from '#lib/model/build-site.ts';
import type { ActorView, ClaimView, CorrectionView, EventView, NarrativeView } from '#lib/model/views.ts';

/** The licence of the data, stated in every file. */
export const DATA_LICENCE =
  "Dossier's analysis (summaries, claim ratings and assessments, actor, event and narrative records) is licensed " +
  'under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Quotations from articles remain ' +
  "their publishers' and are reproduced for analysis.";

/** Turns a site path into an absolute URL. */
export type Absolute = (path: string) => string;

/** A data file's content: its licence, and its records. */
export interface DataFile<Item> {
  readonly licence: string;
  readonly count: number;
  readonly items: readonly Item[];
}

const file = <Item>(items: readonly Item[]): DataFile<Item> => ({ licence: DATA_LICENCE, count: items.length, items });

/** A claim with what the data needs about it. */
export type ClaimRecordInput = Pick<ClaimView, 'article' | 'claim' | 'claimant'>;

/** `/data/articles.json` */
export function articlesData(articles: readonly Entry<Article>[], url: Absolute) {
  return file(
    articles.map(({ id, data }) => ({
      id,
      url: url(paths.article(id)),
      title: data.title,
      summary: data.summary,
      genre: data.genre,
      lang: data.lang,
      text: data.text,
      source: {
        outlet: data.source.outlet,
        url: data.source.url ?? null,
        archived: data.source.archived ?? null,
        published: data.source.published,
        dateline: data.source.dateline ?? null,
        author: data.source.author ?? null,
      },
      analysed: data.analysed,
      actors: data.actors,
      dates: data.dates.map(({ quote, event }) => ({ quote, event })),
      claims: data.claims.map((claim) => claim.id),
      sources: data.sources.map(sourceRecord),
      corrections: correctionRecords(data.corrections),
    })),
  );
}

/** `/data/actors.json` */
export function actorsData(actors: readonly Pick<ActorView, 'actor' | 'backlinks'>[], url: Absolute) {
  return file(
    actors.map(({ actor: { id, data }, backlinks }) => ({
      id,
      url: url(paths.actor(id)),
      name: data.name,
      kind: data.kind,
      aliases: data.aliases,
      summary: data.summary,
      wikidata: data.wikidata ?? null,
      roles: data.roles.map((role) => ({ title: role.title, of: role.of ?? null, from: role.from ?? null, to: role.to ?? null })),
      sources: data.sources.map(sourceRecord),
      corrections: correctionRecords(data.corrections),
      articles: backlinks.articles.map((article) => article.id),
    })),
  );
}

/** `/data/events.json` */
export function eventsData(
  events: readonly Pick<EventView, 'event' | 'mentions'>[],
  url: Absolute,
) {
  return file(
    events.map(({ event: { id, data }, mentions }) => ({
      id,
      url: url(paths.event(id)),
      timelineUrl: url(paths.eventOnTimeline(id)),
      title: data.title,
      date: data.date,
      end: data.end ?? null,
      actors: data.actors,
      sources: data.sources.map(sourceRecord),
      corrections: correctionRecords(data.corrections),
      mentions: mentions.map((mention) => ({
        article: mention.article.id,
        phrase: mention.phrase,
        url: url(paths.articleAt(mention.article.id, mention.id)),
        claims: mention.claims.map((claim) => claim.id),
      })),
    })),
  );
}

/** `/data/narratives.json` */
export function narrativesData(
  narratives: readonly Pick<NarrativeView, 'narrative' | 'claims' | 'outlets' | 'languages' | 'chart'>[],
  url: Absolute,
) {
  return file(
    narratives.map(({ narrative: { id, data }, claims, outlets, languages, chart }) => ({
      id,
      url: url(paths.narrative(id)),
      title: data.title,
      summary: data.summary,
      firstSeen: data.firstSeen,
      actors: data.actors,
      sources: data.sources.map(sourceRecord),
      corrections: correctionRecords(data.corrections),
      claims: claims.map(({ article, claim }) => ({ article: article.id, id: claim.id, published: article.data.source.published })),
      outlets: outlets.map(({ outlet, claims: carried, languages: written }) => ({ outlet: outlet.id, claims: carried.length, languages: written })),
      languages: languages.map(({ language, claims: carried }) => ({ language, claims: carried.length })),
      appearances: chart.periods.map(({ period, claims: count, articles }) => ({ period, claims: count, articles })),
    })),
  );
}

/** The record of one claim, as `/data/claims.json` and `/data/claims.csv` hold it. */
export function claimRecord({ article, claim, claimant }: ClaimRecordInput, url: Absolute) {
  return {
    id: claim.id,
    article: article.id,
    url: url(paths.claim(article.id, claim.id)),
    contextUrl: url(paths.claimInContext(article.id, claim.id)),
    quote: claim.quote,
    translation: claim.translation ?? null,
    claimant: claimant.id,
    about: claim.about,
    narratives: claim.narratives,
    kind: claim.kind,
    rating: claim.rating,
    ratingLabel: RATING_SCALE[claim.rating].label,
    summary: claim.summary,
    assessment: claim.assessment.trim(),
    sources: claim.sources.map(sourceRecord),
    corrected: lastCorrected(claim.corrections) ?? null,
    corrections: correctionRecords(claim.corrections, claim.rating),
  };
}

/** `/data/claims.json`, a record at a time (see {@link openDataChunks}). */
function claimsJsonChunks(claims: readonly ClaimRecordInput[], url: Absolute): Generator<string> {
  return jsonChunks({ licence: DATA_LICENCE, count: claims.length }, claims.values().map((claim) => claimRecord(claim, url)));
}

/** The columns of `/data/claims.csv`, in order. */
export const CLAIM_CSV_COLUMNS = [
  'article',
  'id',
  'url',
  'contextUrl',
  'claimant',
  'about',
  'kind',
  'rating',
  'ratingLabel',
  'summary',
  'quote',
  'translation',
  'assessment',
  'sources',
  'corrected',
  'corrections',
  'narratives',
] as const;

/** `/data/claims.csv`: one row per claim; lists are joined with " | ". */
export function claimsCsv(claims: readonly ClaimRecordInput[], url: Absolute): string {
  return [...claimsCsvChunks(claims, url)].join('');
}

/** `/data/claims.csv` piece by piece: the header, then a row at a time. */
function* claimsCsvChunks(claims: readonly ClaimRecordInput[], url: Absolute): Generator<string> {
  const columns = [...CLAIM_CSV_COLUMNS];
  yield stringify([], { header: true, columns });
  for (const input of claims) {
    const record = claimRecord(input, url);
    const row = {
      ...record,
      about: record.about.join(' | '),
      narratives: record.narratives.join(' | '),
      sources: record.sources.map((source) => source.url).join(' | '),
      corrections: record.corrections.map(correctionText).join(' | '),
    };
    yield stringify([row], { header: false, columns });
  }
}

function sourceRecord(source: Source) {
  return {
    title: source.title,
    url: source.url,
    archived: source.archived ?? null,
    publisher: source.publisher ?? null,
    date: source.date ?? null,
  };
}

/** Corrections oldest first, each with the change of rating it made (`rating` is the claim's current one). */
function correctionRecords(corrections: readonly Correction[], rating?: Rating) {
  return orderCorrections(corrections, rating).map(({ correction, change }) => ({
    date: correction.date,
    note: correction.note.trim(),
    previousRating: change?.from ?? null,
    newRating: change?.to ?? null,
  }));
}

/** A correction in one CSV cell: `2026-12-04: Verdict changed from Disputed to Unsupported. Note…`. */
function correctionText(record: ReturnType<typeof correctionRecords>[number]): string {
  const change =
    record.previousRating && record.newRating
      ? `Verdict changed from ${RATING_SCALE[record.previousRating].label} to ${RATING_SCALE[record.newRating].label}. `
      : '';
  return `${record.date}: ${change}${record.note.replace(/\s+/g, ' ')}`;
}

/** `/data/corrections.json`: the corrections log, newest first. */
export function correctionsData(corrections: readonly CorrectionView[], url: Absolute) {
  return file(
    corrections.map(({ correction, change, kind, title, path, article }) => ({
      date: correction.date,
      kind,
      title,
      url: url(path),
      article: article?.id ?? null,
      note: correction.note.trim(),
      previousRating: change?.from ?? null,
      newRating: change?.to ?? null,
    })),
  );
}

/** The records of each collection, for its file under `/data/`. */
const COLLECTION_DATA: { readonly [Name in CollectionName]: (site: Site, url: Absolute) => DataFile<unknown> } = {
  actors: (site, url) => actorsData(site.actors, url),
  events: (site, url) => eventsData(site.events, url),
  narratives: (site, url) => narrativesData(site.narratives, url),
  articles: (site, url) => articlesData(site.articles.map((view) => view.article), url),
};

/**
 * The open-data files under `/data/`: one per collection of the registry (the
 * articles first, as `/about/` lists them), the claims as JSON and CSV, and
 * the corrections log.
 */
export const OPEN_DATA_FILES = [
  ...['articles' as const, ...COLLECTIONS.filter((name) => name !== 'articles')].map((name) => REGISTRY[name].dataFile),
  'claims.json',
  'claims.csv',
  'corrections.json',
] as const;

/** An open-data file's name. */
export type OpenDataFile = (typeof OPEN_DATA_FILES)[number];

/** The content of an open-data file of `site`. */
export function openDataFile(site: Site, name: OpenDataFile, url: Absolute): string {
  return [...openDataChunks(site, name, url)].join('');
}

/**
 * The content of an open-data file of `site`, piece by piece: the claims'
 * files are the archive's largest (tens of megabytes at a few thousand
 * articles), and written a record at a time they never exist whole as records,
 * as one string and as its bytes at once.
 */
export function openDataChunks(site: Site, name: OpenDataFile, url: Absolute): Iterable<string> {
  const collection = COLLECTIONS.find((candidate) => REGISTRY[candidate].dataFile === name);
  if (collection) return dataFileChunks(COLLECTION_DATA[collection](site, url));
  switch (name) {
    case 'claims.json':
      return claimsJsonChunks(site.claims, url);
    case 'claims.csv':
      return claimsCsvChunks(site.claims, url);
    case 'corrections.json':
      return dataFileChunks(correctionsData(site.corrections, url));
    default:
      throw new Error(`openDataChunks: no open-data file "${name}"`);
  }
}

/**
 * A data file as `JSON.stringify(file, null, 2)` writes it, piece by piece:
 * its licence and count, then one item at a time, each indented to its depth.
 */
function* jsonChunks(
  { licence, count }: Omit<DataFile<unknown>, 'items'>,
  items: Iterable<unknown>,
): Generator<string> {
  const [head, tail] = JSON.stringify({ licence, count, items: [] }, null, 2).split('"items": []') as [string, string];
  yield `${head}"items": [`;
  let first = true;
  for (const item of items) {
    yield `${first ? '' : ','}\n    ${JSON.stringify(item, null, 2).replaceAll('\n', '\n    ')}`;
    first = false;
  }
  yield `${first ? '' : '\n  '}]${tail}`;
}

/** A data file whose records are already built, piece by piece as {@link jsonChunks} writes it. */
function dataFileChunks(data: DataFile<unknown>): Generator<string> {
  return jsonChunks(data, data.items);
}
