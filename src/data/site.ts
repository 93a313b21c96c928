/**
 * The one module that reads the content collections. It builds the site model
 * once per build and memoises it; pages ask it for values and render them.
 */
import { getCollection } from 'astro:content';
import { type Backlinks, buildBacklinks, claimantOf } from '../lib/backlinks.ts';
import { COLLECTIONS } from '../lib/content-check.ts';
import { type EventMention, buildEventBacklinks } from '../lib/event-backlinks.ts';
import { ContentError } from '../lib/problems.ts';
import { compareSpans } from '../lib/quote-anchor.ts';
import type { Anchor } from '../markdown/remark-anchors.ts';
import { type RenderedArticle, createArticleRenderer } from '../lib/render-article.ts';
import { type Entry, type SiteModel, buildSiteModel } from '../lib/site-model.ts';
import type { Actor, Article, Claim, Event } from '../lib/schema/index.ts';
import { checkContentFolder } from './content-files.ts';
import { CONTENT_ROOT } from './content-root.ts';

interface CollectionEntry<Data> {
  id: string;
  data: Data;
  body?: string;
  filePath?: string;
}

function toEntry<Data>(collection: string) {
  return (entry: CollectionEntry<Data>): Entry<Data> => ({
    id: entry.id,
    file: entry.filePath ?? `${collection}/${entry.id}.md`,
    data: entry.data,
    body: entry.body ?? '',
  });
}

/**
 * What the memos were computed from. A build never changes its content, so
 * there it is a constant. The dev server reloads entries as files are edited,
 * so there it is every entry's id and digest: the first request after an edit
 * starts every memo afresh. (Astro 7 also re-evaluates this module when the
 * content store changes; this does not rely on that.)
 */
async function contentVersion(): Promise<string> {
  if (!import.meta.env.DEV) return 'build';
  const collections = await Promise.all(COLLECTIONS.map((collection) => getCollection(collection)));
  return collections
    .flat()
    .map((entry) => `${entry.collection}/${entry.id} ${entry.digest ?? ''}`)
    .sort()
    .join('\n');
}

let memo: { readonly version: string; readonly values: Map<string, Promise<unknown>> } | undefined;

/** The value `compute` gives, computed once per content version and shared by every page. */
async function memoise<T>(name: string, compute: () => Promise<T>): Promise<T> {
  const version = await contentVersion();
  if (memo?.version !== version) memo = { version, values: new Map() };
  let value = memo.values.get(name) as Promise<T> | undefined;
  if (value === undefined) {
    value = compute();
    memo.values.set(name, value);
  }
  return value;
}

async function loadSiteModel(): Promise<SiteModel> {
  // A build has run the content check before loading anything. The dev
  // server keeps running with content errors, and a broken file is missing
  // from its collection: every page shows the check's report instead (in the
  // error overlay, and in the terminal) until the content is fixed.
  if (import.meta.env.DEV) {
    const { problems } = await checkContentFolder(CONTENT_ROOT, { drafts: 'include' });
    const errors = problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) throw new ContentError(errors);
  }
  // getCollection returns entries in no fixed order; buildSiteModel sorts them.
  const [actors, events, articles] = await Promise.all([
    getCollection('actors'),
    getCollection('events'),
    getCollection('articles'),
  ]);
  return buildSiteModel({
    actors: actors.map(toEntry('actors')),
    events: events.map(toEntry('events')),
    articles: articles.map(toEntry('articles')),
  });
}

/** The whole site, checked and indexed, built once per build (in dev, once per edit). */
export function getSiteModel(): Promise<SiteModel> {
  return memoise('site', loadSiteModel);
}

/** An article with the actors its source line names. */
export interface ArticleCard {
  readonly article: Entry<Article>;
  readonly outlet: Entry<Actor>;
  readonly author: Entry<Actor> | undefined;
}

function toCard(site: SiteModel, article: Entry<Article>): ArticleCard {
  const { outlet, author } = article.data.source;
  return {
    article,
    // The reference check has proven that both ids exist.
    outlet: site.actorById.get(outlet)!,
    author: author ? site.actorById.get(author) : undefined,
  };
}

/** Article cards, newest first; `limit` keeps the first few. */
export async function getArticleCards(limit?: number): Promise<ArticleCard[]> {
  const site = await getSiteModel();
  return site.articles.slice(0, limit).map((article) => toCard(site, article));
}

/**
 * Every article rendered, once per build: article pages show the HTML, and
 * actor pages need what the renderer found in every article.
 */
export function getRenderedArticles(): Promise<ReadonlyMap<string, RenderedArticle>> {
  return memoise('rendered', async () => {
    const site = await getSiteModel();
    const render = createArticleRenderer(site, { base: import.meta.env.BASE_URL });
    return new Map(site.articles.map((article) => [article.id, render(article)]));
  });
}

/** An article's body rendered for its page, with what the renderer found in it. */
export async function getRenderedArticle(article: Entry<Article>): Promise<RenderedArticle> {
  return (await getRenderedArticles()).get(article.id)!;
}

/** Where each actor appears across the site, by actor id. */
export function getBacklinks(): Promise<Map<string, Backlinks>> {
  return memoise('backlinks', async () => {
    const [site, articles] = await Promise.all([getSiteModel(), getRenderedArticles()]);
    return buildBacklinks(site, new Map([...articles].map(([id, { mentions }]) => [id, mentions])));
  });
}

/** An actor with everywhere it appears. */
export interface ActorView {
  readonly actor: Entry<Actor>;
  readonly backlinks: Backlinks;
}

/** Every actor with its backlinks, in name order. */
export async function getActorViews(): Promise<ActorView[]> {
  const [site, all] = await Promise.all([getSiteModel(), getBacklinks()]);
  return site.actors.map((actor) => ({ actor, backlinks: all.get(actor.id)! }));
}

/** An actor by id; the reference check has proven that every id used exists. */
export async function getActor(id: string): Promise<Entry<Actor>> {
  return (await getSiteModel()).actorById.get(id)!;
}

/** A claim with what its pages show: its article, claimant, subjects and place in the text. */
export interface ClaimView {
  readonly article: Entry<Article>;
  readonly claim: Claim;
  readonly claimant: Entry<Actor>;
  readonly about: readonly Entry<Actor>[];
  readonly anchor: Anchor;
}

/** Every claim of the site: articles newest first, and each article's claims in text order. */
export function getClaimViews(): Promise<ClaimView[]> {
  return memoise('claims', async () => {
    const [site, rendered] = await Promise.all([getSiteModel(), getRenderedArticles()]);
    return site.articles.flatMap((article) => {
      const anchors = rendered.get(article.id)!.claims;
      return article.data.claims
        .map((claim) => ({
          article,
          claim,
          claimant: site.actorById.get(claimantOf(article, claim))!,
          about: claim.about.map((id) => site.actorById.get(id)!),
          anchor: anchors.get(claim.id)!,
        }))
        .sort((a, b) => compareSpans(a.anchor.span, b.anchor.span));
    });
  });
}

/** The claims of one article, in text order. */
export async function getArticleClaims(article: Entry<Article>): Promise<ClaimView[]> {
  const byArticle = await memoise('claims-by-article', async () =>
    Map.groupBy(await getClaimViews(), (view) => view.article.id),
  );
  return byArticle.get(article.id) ?? [];
}

/** An event with its actors and the article phrases that refer to it. */
export interface EventView {
  readonly event: Entry<Event>;
  readonly actors: readonly Entry<Actor>[];
  readonly mentions: readonly EventMention[];
}

/** Every event in chronological order, with its actors and mentions. */
export function getEventViews(): Promise<EventView[]> {
  return memoise('events', async () => {
    const [site, rendered] = await Promise.all([getSiteModel(), getRenderedArticles()]);
    const mentions = buildEventBacklinks(site, rendered);
    return site.events.map((event) => ({
      event,
      actors: event.data.actors.map((id) => site.actorById.get(id)!),
      mentions: mentions.get(event.id) ?? [],
    }));
  });
}
