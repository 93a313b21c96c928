/**
 * Corrections: a published rating never changes without readers being told.
 *
 * The check cannot see a rating as it was published, only the corrections an
 * analyst writes, so it holds those to what they say: a correction whose note
 * speaks of a rating or verdict gives the rating it replaced, the rating it
 * replaced is not the one that followed it, only a claim's corrections (claims
 * carry the ratings) give one, and no correction predates the analysis.
 */
import type { Entry, SiteContent } from '#lib/content/entry.ts';
import { type ContentProblem, type FieldPath, type ProblemSite, describeValue, problemAt } from '#lib/content/problems.ts';
import { orderCorrections } from '#lib/content/correction-order.ts';
import { RATING_SCALE, type Rating } from '#lib/content/ratings.ts';
import { COLLECTIONS, oneOf } from '#lib/content/registry.ts';
import type { Article, Correction } from '#lib/content/schema/index.ts';

/** Words that say a note is about a change of rating. */
const SPEAKS_OF_RATING = /\b(?:re-?rat(?:ed|ing|e)|rating|rated|verdict)\b/i;

/** A correction's position among its entry's, as its path says. */
type At = (index: number, field?: keyof Correction) => FieldPath;

/** `previousRating` is a claim's field: elsewhere it has no rating to refer to. */
function noRatingOutsideClaims(site: ProblemSite, corrections: readonly Correction[], at: At, where: string): ContentProblem[] {
  return corrections.flatMap((correction, i) =>
    correction.previousRating === undefined
      ? []
      : [
          problemAt(site, at(i, 'previousRating'), `${describeValue(correction.previousRating)} is given, but ${where} has no rating`, {
            hint: 'Move the correction to the corrections of the claim whose rating changed.',
          }),
        ],
  );
}

/** What a claim's corrections say about its rating, checked against each other and the current rating. */
function claimRatingProblems(site: ProblemSite, corrections: readonly Correction[], rating: Rating, at: At): ContentProblem[] {
  return orderCorrections(corrections, rating).flatMap(({ correction, index, change }) => {
    if (change === undefined) {
      if (!SPEAKS_OF_RATING.test(correction.note)) return [];
      return [
        problemAt(site, at(index, 'note'), 'the note speaks of a change of rating, but the correction does not give previousRating', {
          hint: `Add previousRating: the rating the claim had before this correction (now "${rating}").`,
        }),
      ];
    }
    if (change.from !== change.to) return [];
    return [
      problemAt(
        site,
        at(index, 'previousRating'),
        `"${change.from}" is the rating both before and after this correction (${RATING_SCALE[change.to].label})`,
        { hint: 'Give the rating the claim had before the correction, or drop previousRating if the rating did not change.' },
      ),
    ];
  });
}

/** Corrections dated before the analysis they correct. */
function notBeforeAnalysis(site: ProblemSite, corrections: readonly Correction[], analysed: string, at: At): ContentProblem[] {
  return corrections.flatMap((correction, i) =>
    correction.date < analysed
      ? [
          problemAt(site, at(i, 'date'), `${correction.date} is before the analysis was published (${analysed})`, {
            hint: 'Date the correction the day it was made.',
          }),
        ]
      : [],
  );
}

function articleProblems(article: Entry<Article>): ContentProblem[] {
  const { analysed, claims, corrections } = article.data;
  const problems = [
    ...noRatingOutsideClaims(article, corrections, (i, field) => ['corrections', i, ...(field ? [field] : [])], 'an article'),
    ...notBeforeAnalysis(article, corrections, analysed, (i, field) => ['corrections', i, ...(field ? [field] : [])]),
  ];
  claims.forEach((claim, c) => {
    const at: At = (i, field) => ['claims', c, 'corrections', i, ...(field ? [field] : [])];
    problems.push(...claimRatingProblems(article, claim.corrections, claim.rating, at));
    problems.push(...notBeforeAnalysis(article, claim.corrections, analysed, at));
  });
  return problems;
}

/** Every problem of every correction on the site: an article's and its claims', and every other entry's own. */
export function checkCorrections(content: SiteContent): ContentProblem[] {
  const at: At = (i, field) => ['corrections', i, ...(field ? [field] : [])];
  return [
    ...COLLECTIONS.filter((name) => name !== 'articles').flatMap((name) =>
      content[name].flatMap((entry) => noRatingOutsideClaims(entry, entry.data.corrections, at, oneOf(name))),
    ),
    ...content.articles.flatMap(articleProblems),
  ];
}
