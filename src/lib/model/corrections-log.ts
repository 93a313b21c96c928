/**
 * The site's corrections log: every correction of every article, claim and
 * entry of another collection (an actor, an event, a narrative), newest
 * first, each linked to where its page shows it.
 */
import { orderCorrections } from '#lib/content/correction-order.ts';
import type { Entry, SiteContent } from '#lib/content/entry.ts';
import { COLLECTIONS, REGISTRY } from '#lib/content/registry.ts';
import type { Correction } from '#lib/content/schema/index.ts';
import { correctionId, paths } from '#lib/content/urls.ts';
import type { CorrectionView } from './views.ts';

/**
 * Every correction on the site, newest first; corrections of one day keep the
 * order of their pages: the articles (each one's, then its claims'), then the
 * entries of the other collections in the registry's order, each in the order given.
 */
export function buildCorrectionsLog(content: SiteContent): CorrectionView[] {
  const log: CorrectionView[] = [];
  for (const article of content.articles) {
    for (const dated of orderCorrections(article.data.corrections)) {
      log.push({ ...dated, kind: 'article', title: article.data.title, article: undefined, path: `${paths.article(article.id)}#${correctionId(dated.index)}` });
    }
    for (const claim of article.data.claims) {
      for (const dated of orderCorrections(claim.corrections, claim.rating)) {
        log.push({ ...dated, kind: 'claim', title: claim.summary, article, path: `${paths.claim(article.id, claim.id)}#${correctionId(dated.index)}` });
      }
    }
  }
  for (const name of COLLECTIONS.filter((other) => other !== 'articles')) {
    const { searchType: kind, url } = REGISTRY[name];
    // Each collection's entries with its own definition: a union of the two would not type-check.
    const title = REGISTRY[name].title as (data: unknown) => string;
    for (const entry of content[name] as readonly Entry<{ readonly corrections: readonly Correction[] }>[]) {
      for (const dated of orderCorrections(entry.data.corrections)) {
        log.push({ ...dated, kind, title: title(entry.data), article: undefined, path: `${url(entry.id)}#${correctionId(dated.index)}` });
      }
    }
  }
  // A stable sort: newest first, and within a day in the order above.
  return log.sort((a, b) => b.correction.date.localeCompare(a.correction.date));
}
