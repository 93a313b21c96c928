/**
 * The site's corrections log: every correction of every article, claim,
 * actor, event and narrative, newest first, each linked to where its page shows it.
 */
import { orderCorrections } from '#lib/content/correction-order.ts';
import type { Entry } from '#lib/content/entry.ts';
import type { Actor, Article, Event, Narrative } from '#lib/content/schema/index.ts';
import { correctionId, paths } from '#lib/content/urls.ts';
import type { CorrectionView } from './views.ts';

/** What the log is built from. */
export interface CorrectionSources {
  readonly articles: readonly Entry<Article>[];
  readonly actors: readonly Entry<Actor>[];
  readonly events: readonly Entry<Event>[];
  readonly narratives: readonly Entry<Narrative>[];
}

/** Every correction on the site, newest first; corrections of one day keep the order of their pages. */
export function buildCorrectionsLog({ articles, actors, events, narratives }: CorrectionSources): CorrectionView[] {
  const log: CorrectionView[] = [];
  for (const article of articles) {
    for (const dated of orderCorrections(article.data.corrections)) {
      log.push({ ...dated, kind: 'article', title: article.data.title, article: undefined, path: `${paths.article(article.id)}#${correctionId(dated.index)}` });
    }
    for (const claim of article.data.claims) {
      for (const dated of orderCorrections(claim.corrections, claim.rating)) {
        log.push({ ...dated, kind: 'claim', title: claim.summary, article, path: `${paths.claim(article.id, claim.id)}#${correctionId(dated.index)}` });
      }
    }
  }
  for (const actor of actors) {
    for (const dated of orderCorrections(actor.data.corrections)) {
      log.push({ ...dated, kind: 'actor', title: actor.data.name, article: undefined, path: `${paths.actor(actor.id)}#${correctionId(dated.index)}` });
    }
  }
  for (const event of events) {
    for (const dated of orderCorrections(event.data.corrections)) {
      log.push({ ...dated, kind: 'event', title: event.data.title, article: undefined, path: `${paths.event(event.id)}#${correctionId(dated.index)}` });
    }
  }
  for (const narrative of narratives) {
    for (const dated of orderCorrections(narrative.data.corrections)) {
      log.push({ ...dated, kind: 'narrative', title: narrative.data.title, article: undefined, path: `${paths.narrative(narrative.id)}#${correctionId(dated.index)}` });
    }
  }
  // A stable sort: newest first, and within a day in the order above.
  return log.sort((a, b) => b.correction.date.localeCompare(a.correction.date));
}
