/**
 * Narratives against the claims that carry them: a narrative cannot be first
 * seen after an article that carries it was published.
 */
import type { Entry } from '#lib/content/entry.ts';
import { formatPartialDate, startsAfter } from '#lib/content/partial-date.ts';
import { type ContentProblem, problemAt } from '#lib/content/problems.ts';
import type { Article, Narrative } from '#lib/content/schema/index.ts';

/** The earliest published article whose claims carry each narrative, by narrative id. */
export function earliestCarriers(articles: readonly Entry<Article>[]): Map<string, Entry<Article>> {
  const earliest = new Map<string, Entry<Article>>();
  for (const article of articles) {
    for (const id of new Set(article.data.claims.flatMap((claim) => claim.narratives))) {
      const found = earliest.get(id);
      if (!found || article.data.source.published < found.data.source.published) earliest.set(id, article);
    }
  }
  return earliest;
}

/** An error for every narrative whose `firstSeen` certainly begins after an article that carries it was published. */
export function checkNarrativeDates(narratives: readonly Entry<Narrative>[], articles: readonly Entry<Article>[]): ContentProblem[] {
  const earliest = earliestCarriers(articles);
  return narratives.flatMap((narrative) => {
    const article = earliest.get(narrative.id);
    const { firstSeen } = narrative.data;
    if (!article || !startsAfter(firstSeen, article.data.source.published)) return [];
    const published = article.data.source.published;
    return [
      problemAt(
        narrative,
        ['firstSeen'],
        `${firstSeen} is after ${article.file} was published (${published}), and a claim there carries the narrative`,
        { hint: `Set firstSeen to ${published} (${formatPartialDate(published)}) or earlier, and say in the body where it was first seen.` },
      ),
    ];
  });
}
