/**
 * Backlinks: for each actor, where it appears across the site — the articles
 * that mention it (with the sentences), the claims it makes or is the subject
 * of, the events it takes part in, and the actors it appears with most.
 */
import type { ActorMention } from '../markdown/remark-actor-mentions.ts';
import type { Article, Claim, Event } from './schema/index.ts';
import type { Entry, SiteModel } from './site-model.ts';

/** An article's mentions of one actor. */
export interface ArticleMentions {
  readonly article: Entry<Article>;
  readonly mentions: readonly ActorMention[];
}

/** A claim that involves an actor, and how. */
export interface ClaimInvolvement {
  readonly article: Entry<Article>;
  readonly claim: Claim;
  /** `claimant`: the actor makes the claim; `about`: the claim is about it. */
  readonly roles: readonly ('claimant' | 'about')[];
}

/** Everywhere an actor appears. */
export interface Backlinks {
  readonly mentions: readonly ArticleMentions[];
  /** Articles that involve the actor: those that list or mention it, and those it published or wrote. */
  readonly articles: readonly Entry<Article>[];
  readonly claims: readonly ClaimInvolvement[];
  readonly events: readonly Entry<Event>[];
  /** The actors it shares most articles with, most first. */
  readonly companions: readonly { readonly actor: string; readonly articles: number }[];
}

/** The claimant of a claim: its own, or else the article's outlet. */
export function claimantOf(article: Entry<Article>, claim: Claim): string {
  return claim.claimant ?? article.data.source.outlet;
}

/**
 * Builds the backlinks of every actor from the site model and the mentions
 * the renderer found in each article (by article id).
 */
export function buildBacklinks(
  model: SiteModel,
  mentionsByArticle: ReadonlyMap<string, readonly ActorMention[]>,
  companionLimit = 5,
): Map<string, Backlinks> {
  const mutable = new Map(
    model.actors.map((actor) => [
      actor.id,
      {
        mentions: [] as ArticleMentions[],
        articles: new Set<Entry<Article>>(),
        claims: [] as ClaimInvolvement[],
        events: [] as Entry<Event>[],
        companions: new Map<string, number>(),
      },
    ]),
  );
  const at = (id: string) => mutable.get(id)!;

  for (const article of model.articles) {
    const mentions = mentionsByArticle.get(article.id) ?? [];
    const byActor = Map.groupBy(mentions, (mention) => mention.actor);
    for (const [actor, list] of byActor) at(actor).mentions.push({ article, mentions: list });

    const { source, actors } = article.data;
    const involved = new Set([...actors, ...byActor.keys(), source.outlet, ...(source.author ? [source.author] : [])]);
    for (const actor of involved) at(actor).articles.add(article);
    const present = new Set([...actors, ...byActor.keys()]);
    for (const a of present) for (const b of present) if (a !== b) at(a).companions.set(b, (at(a).companions.get(b) ?? 0) + 1);

    for (const claim of article.data.claims) {
      const claimant = claimantOf(article, claim);
      for (const actor of new Set([claimant, ...claim.about])) {
        const roles = [
          ...(actor === claimant ? (['claimant'] as const) : []),
          ...(claim.about.includes(actor) ? (['about'] as const) : []),
        ];
        at(actor).claims.push({ article, claim, roles });
      }
    }
  }
  for (const event of model.events) for (const actor of new Set(event.data.actors)) at(actor).events.push(event);

  const nameOf = (id: string) => model.actorById.get(id)?.data.name ?? id;
  return new Map(
    [...mutable].map(([id, backlinks]) => [
      id,
      {
        mentions: backlinks.mentions,
        articles: model.articles.filter((article) => backlinks.articles.has(article)),
        claims: backlinks.claims,
        events: backlinks.events,
        companions: [...backlinks.companions]
          .map(([actor, articles]) => ({ actor, articles }))
          .sort((a, b) => b.articles - a.articles || nameOf(a.actor).localeCompare(nameOf(b.actor), 'en'))
          .slice(0, companionLimit),
      },
    ]),
  );
}
