import { describe, expect, test } from 'vitest';
import { type ContentFile, checkContent } from '#lib/check/content-check.ts';
import { formatProblem } from '#lib/content/problems.ts';

const SOURCES = 'sources: [{ title: S, url: "https://en.wikipedia.org/wiki/Bolivia" }]\n';
const ACTORS: ContentFile[] = [
  { collection: 'actors', file: 'content/actors/paper.md', text: `---\nname: Paper\nkind: media\nsummary: A paper.\n${SOURCES}---\n` },
  { collection: 'actors', file: 'content/actors/bolivia.md', text: `---\nname: Bolivia\nkind: country\nsummary: A country.\n${SOURCES}---\n` },
];

/** The problems of a site whose one article's one claim is rated `rating` and carries `corrections` (YAML lines). */
function claimReport(rating: string, corrections: string, articleCorrections = ''): string[] {
  const text =
    '---\ntitle: A story\nsummary: S.\ngenre: news\nsource: { outlet: paper, url: "https://paper.example/story", published: 2023 }\n' +
    `analysed: 2026-11-28\nactors: [bolivia]\n${articleCorrections}claims:\n` +
    `  - id: bought\n    quote: Bolivia bought drones\n    kind: factual\n    rating: ${rating}\n    summary: Bolivia bought drones\n` +
    `    assessment: A.\n    ${SOURCES}    corrections:\n${corrections}---\n\nBolivia bought drones.\n`;
  return checkContent([...ACTORS, { collection: 'articles', file: 'content/articles/story.md', text }]).problems.map((problem) => formatProblem(problem));
}

describe('the corrections check', () => {
  test('passes a change of rating that gives the rating it replaced, and a correction that changed no rating', () => {
    expect(claimReport('false', '      - { date: 2026-12-04, previousRating: disputed, note: "Re-rated on the ministry\'s statement." }\n')).toEqual([]);
    expect(claimReport('false', '      - { date: 2026-12-04, note: "A source was replaced with the publisher\'s page." }\n')).toEqual([]);
  });

  test('a note that speaks of a change of rating must give previousRating', () => {
    expect(claimReport('false', '      - { date: 2026-12-04, note: "The claim was re-rated on new evidence." }\n')).toEqual([
      'content/articles/story.md:17: claims[0].corrections[0].note: the note speaks of a change of rating, but the correction does not give previousRating\n' +
        '    Add previousRating: the rating the claim had before this correction (now "false").',
    ]);
  });

  test('previousRating is not the rating that followed the correction', () => {
    expect(claimReport('false', '      - { date: 2026-12-04, previousRating: false, note: "Re-rated." }\n')).toEqual([
      'content/articles/story.md:17: claims[0].corrections[0].previousRating: "false" is the rating both before and after this correction (False)\n' +
        '    Give the rating the claim had before the correction, or drop previousRating if the rating did not change.',
    ]);
    // Two changes chain: supported → disputed, then disputed → false.
    const chain =
      '      - { date: 2026-12-04, previousRating: disputed, note: "Re-rated again." }\n' +
      '      - { date: 2026-12-01, previousRating: supported, note: "Re-rated." }\n';
    expect(claimReport('false', chain)).toEqual([]);
    const broken =
      '      - { date: 2026-12-04, previousRating: disputed, note: "Re-rated again." }\n' +
      '      - { date: 2026-12-01, previousRating: disputed, note: "Re-rated." }\n';
    expect(claimReport('false', broken)).toEqual([
      'content/articles/story.md:18: claims[0].corrections[1].previousRating: "disputed" is the rating both before and after this correction (Disputed)\n' +
        '    Give the rating the claim had before the correction, or drop previousRating if the rating did not change.',
    ]);
  });

  test('a correction is dated on or after the analysis, to the day', () => {
    expect(claimReport('false', '      - { date: 2026-11-01, note: "A source was replaced." }\n')).toEqual([
      'content/articles/story.md:17: claims[0].corrections[0].date: 2026-11-01 is before the analysis was published (2026-11-28)\n' +
        '    Date the correction the day it was made.',
    ]);
    expect(claimReport('false', '      - { date: 2026-12, note: "A source was replaced." }\n')).toEqual([
      'content/articles/story.md:17: claims[0].corrections[0].date: expected the day of the correction, YYYY-MM-DD, got "2026-12"',
    ]);
  });

  test('only a claim’s correction gives previousRating', () => {
    const onArticle = 'corrections:\n  - { date: 2026-12-02, previousRating: supported, note: "The summary was wrong." }\n';
    expect(claimReport('false', '      - { date: 2026-12-04, note: "A source was replaced." }\n', onArticle)).toEqual([
      'content/articles/story.md:9: corrections[0].previousRating: "supported" is given, but an article has no rating\n' +
        '    Move the correction to the corrections of the claim whose rating changed.',
    ]);
  });
});
