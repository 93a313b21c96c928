/**
 * Event mentions: for each event, the articles that mention it, with the
 * phrase each used, and the claims whose quoted span contains the mention.
 */
import type { Entry } from '#lib/content/entry.ts';
import type { Article, Event } from '#lib/content/schema/index.ts';
import type { RenderedArticle } from '#lib/render/article-renderer.ts';
import type { EventMention } from './views.ts';

/** Every event's mentions across the site, by event id (events without mentions have an empty list). */
export function buildEventMentions(
  events: readonly Entry<Event>[],
  articles: readonly { readonly article: Entry<Article>; readonly rendered: Pick<RenderedArticle, 'dates' | 'claims'> }[],
): Map<string, EventMention[]> {
  const mentions = new Map(events.map((event) => [event.id, [] as EventMention[]]));
  for (const { article, rendered } of articles) {
    for (const { event, anchor, id } of rendered.dates) {
      const { span } = anchor;
      const claims = article.data.claims.filter((claim) => {
        const outer = rendered.claims.get(claim.id)?.span;
        return outer !== undefined && outer.block === span.block && outer.start <= span.start && span.end <= outer.end;
      });
      mentions.get(event)?.push({ article, phrase: anchor.context.text, id, claims });
    }
  }
  return mentions;
}
