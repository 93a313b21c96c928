/**
 * Backlinks: for each actor, where it appears across the site — the articles
 * that mention it (with the sentences), the articles it published or wrote,
 * the claims it makes or is the subject of, the events it takes part in, and
 * the actors it appears with most.
 */
import type { Entry } from '#lib/content/entry.ts';
import type { Actor, Article, Event } from '#lib/content/schema/index.ts';
import type { ActorMention } from '#lib/render/plugins/remark-actor-mentions.ts';
import type { ArticleMentions, ArticleView, Backlinks, ClaimInvolvement, NameInSentence, SentenceMention } from './views.ts';

/** What backlinks are built from: the site's entries, sorted, and its article views. */
export interface BacklinkSources {
  readonly actors: readonly Entry<Actor>[];
  readonly actorById: ReadonlyMap<string, Entry<Actor>>;
  readonly events: readonly Entry<Event>[];
  /** Every article, in the site's order, with the actor mentions its renderer found. */
  readonly articles: readonly { readonly view: ArticleView; readonly mentions: readonly ActorMention[] }[];
}

/**
 * An actor's backlinks with every mention of it, sentence by sentence. The
 * model keeps them only until it has picked the latest for the actor's page:
 * held for every actor, they would be the archive's text again.
 */
export interface BacklinksWithMentions extends Backlinks {
  readonly mentions: readonly ArticleMentions[];
}

/**
 * An actor's mentions in one article, one per sentence: a sentence that names
 * the actor twice ("Tehran … Iran") is listed once, at its first mention, with
 * both names.
 */
export function mentionsBySentence(mentions: readonly ActorMention[]): SentenceMention[] {
  const bySentence = new Map<string, { first: ActorMention; names: Map<number, NameInSentence> }>();
  for (const mention of mentions) {
    const found = bySentence.get(mention.sentence) ?? { first: mention, names: new Map<number, NameInSentence>() };
    // The same words may stand twice in an article: their names are the same, once.
    found.names.set(mention.offset, { offset: mention.offset, alias: mention.alias });
    bySentence.set(mention.sentence, found);
  }
  return [...bySentence.values()].map(({ first, names }) => ({
    ...first,
    names: [...names.values()].sort((a, b) => a.offset - b.offset),
  }));
}

/** Builds the backlinks of every actor, by actor id; see the module comment. */
export function buildBacklinks(sources: BacklinkSources, companionLimit = 5): Map<string, BacklinksWithMentions> {
  const mutable = new Map(
    sources.actors.map((actor) => [
      actor.id,
      {
        mentions: [] as ArticleMentions[],
        articles: new Set<Entry<Article>>(),
        published: [] as ArticleView[],
        claims: [] as ClaimInvolvement[],
        events: [] as Entry<Event>[],
        companions: new Map<string, number>(),
      },
    ]),
  );
  const at = (id: string) => mutable.get(id)!;

  for (const { view, mentions } of sources.articles) {
    const { article } = view;
    const byActor = Map.groupBy(mentions, (mention) => mention.actor);
    for (const [actor, list] of byActor) at(actor).mentions.push({ article: view, mentions: mentionsBySentence(list) });

    const { source, actors } = article.data;
    for (const actor of new Set([source.outlet, ...(source.author ? [source.author] : [])])) at(actor).published.push(view);
    const involved = new Set([...actors, ...byActor.keys(), source.outlet, ...(source.author ? [source.author] : [])]);
    for (const actor of involved) at(actor).articles.add(article);
    const present = new Set([...actors, ...byActor.keys()]);
    for (const a of present) for (const b of present) if (a !== b) at(a).companions.set(b, (at(a).companions.get(b) ?? 0) + 1);

    // In frontmatter order, as the analyst listed them.
    const claimViews = new Map(view.claims.map((claim) => [claim.claim.id, claim]));
    for (const { id } of article.data.claims) {
      const claim = claimViews.get(id)!;
      const claimant = claim.claimant.id;
      const about = claim.claim.about;
      for (const actor of new Set([claimant, ...about])) {
        const roles = [
          ...(actor === claimant ? (['claimant'] as const) : []),
          ...(about.includes(actor) ? (['about'] as const) : []),
        ];
        at(actor).claims.push({ view: claim, roles });
      }
    }
  }
  for (const event of sources.events) for (const actor of new Set(event.data.actors)) at(actor).events.push(event);

  const actorOf = (id: string) => sources.actorById.get(id)!;
  return new Map(
    [...mutable].map(([id, backlinks]) => [
      id,
      {
        mentions: backlinks.mentions,
        articles: sources.articles.map(({ view }) => view.article).filter((article) => backlinks.articles.has(article)),
        published: backlinks.published,
        claims: backlinks.claims,
        events: backlinks.events,
        companions: [...backlinks.companions]
          .map(([actor, articles]) => ({ actor: actorOf(actor), articles }))
          .sort((a, b) => b.articles - a.articles || a.actor.data.name.localeCompare(b.actor.data.name, 'en'))
          .slice(0, companionLimit),
      },
    ]),
  );
}
