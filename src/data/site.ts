/**
 * The one module that reads the content collections. It builds the site model
 * once per build and memoises it; pages ask it for values and render them.
 */
import { getCollection } from 'astro:content';
import { type Backlinks, buildBacklinks, claimantOf } from '../lib/backlinks.ts';
import { type EventMention, buildEventBacklinks } from '../lib/event-backlinks.ts';
import { compareSpans } from '../lib/quote-anchor.ts';
import type { Anchor } from '../markdown/remark-anchors.ts';
import { type RenderedArticle, createArticleRenderer } from '../lib/render-article.ts';
import { type Entry, type SiteModel, buildSiteModel } from '../lib/site-model.ts';
import type { Actor, Article, Claim, Event } from '../lib/schema/index.ts';

let model: Promise<SiteModel> | undefined;

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

async function loadSiteModel(): Promise<SiteModel> {
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

/** The whole site, checked and indexed, built once per build. */
export function getSiteModel(): Promise<SiteModel> {
  model ??= loadSiteModel();
  return model;
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

let rendered: Promise<ReadonlyMap<string, RenderedArticle>> | undefined;

/**
 * Every article rendered, once per build: article pages show the HTML, and
 * actor pages need what the renderer found in every article.
 */
export function getRenderedArticles(): Promise<ReadonlyMap<string, RenderedArticle>> {
  rendered ??= getSiteModel().then((site) => {
    const render = createArticleRenderer(site, { base: import.meta.env.BASE_URL });
    return new Map(site.articles.map((article) => [article.id, render(article)]));
  });
  return rendered;
}

/** An article's body rendered for its page, with what the renderer found in it. */
export async function getRenderedArticle(article: Entry<Article>): Promise<RenderedArticle> {
  return (await getRenderedArticles()).get(article.id)!;
}

let backlinks: Promise<Map<string, Backlinks>> | undefined;

/** Where each actor appears across the site, by actor id. */
export function getBacklinks(): Promise<Map<string, Backlinks>> {
  backlinks ??= Promise.all([getSiteModel(), getRenderedArticles()]).then(([site, articles]) =>
    buildBacklinks(site, new Map([...articles].map(([id, { mentions }]) => [id, mentions]))),
  );
  return backlinks;
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

let claimViews: Promise<ClaimView[]> | undefined;

/** Every claim of the site: articles newest first, and each article's claims in text order. */
export function getClaimViews(): Promise<ClaimView[]> {
  claimViews ??= Promise.all([getSiteModel(), getRenderedArticles()]).then(([site, rendered]) =>
    site.articles.flatMap((article) => {
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
    }),
  );
  return claimViews;
}

let claimsByArticle: Promise<Map<string, ClaimView[]>> | undefined;

/** The claims of one article, in text order. */
export async function getArticleClaims(article: Entry<Article>): Promise<ClaimView[]> {
  claimsByArticle ??= getClaimViews().then((views) => Map.groupBy(views, (view) => view.article.id));
  return (await claimsByArticle).get(article.id) ?? [];
}

/** An event with its actors and the article phrases that refer to it. */
export interface EventView {
  readonly event: Entry<Event>;
  readonly actors: readonly Entry<Actor>[];
  readonly mentions: readonly EventMention[];
}

let eventViews: Promise<EventView[]> | undefined;

/** Every event in chronological order, with its actors and mentions. */
export function getEventViews(): Promise<EventView[]> {
  eventViews ??= Promise.all([getSiteModel(), getRenderedArticles()]).then(([site, rendered]) => {
    const mentions = buildEventBacklinks(site, rendered);
    return site.events.map((event) => ({
      event,
      actors: event.data.actors.map((id) => site.actorById.get(id)!),
      mentions: mentions.get(event.id) ?? [],
    }));
  });
  return eventViews;
}
