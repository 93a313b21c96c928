/**
 * Event backlinks: for each event, the articles that mention it, with the
 * phrase each used, and the claims whose quoted span contains the mention.
 */
import type { Anchor } from '../markdown/remark-anchors.ts';
import type { Article, Claim } from './schema/index.ts';
import type { Entry, SiteModel } from './site-model.ts';

/** One phrase of an article that refers to an event. */
export interface EventMention {
  readonly article: Entry<Article>;
  /** The words the article uses ("In July", "last year"). */
  readonly phrase: string;
  /** The element id of the mention in the article. */
  readonly id: string;
  /** The claims whose span contains the mention. */
  readonly claims: readonly Claim[];
}

/** What the renderer found in an article, as event backlinks need it. */
export interface RenderedAnchors {
  readonly claims: ReadonlyMap<string, Anchor>;
  readonly dates: readonly { readonly event: string; readonly anchor: Anchor; readonly id: string }[];
}

/** Every event's mentions across the site, by event id (events without mentions have an empty list). */
export function buildEventBacklinks(
  model: SiteModel,
  rendered: ReadonlyMap<string, RenderedAnchors>,
): Map<string, EventMention[]> {
  const backlinks = new Map(model.events.map((event) => [event.id, [] as EventMention[]]));
  for (const article of model.articles) {
    const found = rendered.get(article.id);
    if (!found) continue;
    for (const { event, anchor, id } of found.dates) {
      const { span } = anchor;
      const claims = article.data.claims.filter((claim) => {
        const outer = found.claims.get(claim.id)?.span;
        return outer !== undefined && outer.block === span.block && outer.start <= span.start && span.end <= outer.end;
      });
      backlinks.get(event)?.push({ article, phrase: anchor.context.text, id, claims });
    }
  }
  return backlinks;
}
