import { describe, expect, test } from 'vitest';
import { checkNarrativeDates, earliestCarriers } from '#lib/check/narrative-checks.ts';
import { formatProblem } from '#lib/content/problems.ts';
import { NarrativeSchema } from '#lib/content/schema/index.ts';
import { articleEntry, claimFields } from '../../support/actors.ts';

const narrative = (id: string, firstSeen: string) => ({
  id,
  file: `content/narratives/${id}.md`,
  body: '',
  data: NarrativeSchema.parse({ title: `Narrative ${id}`, summary: 'S.', firstSeen }),
});

const carrying = (id: string, published: string, narratives: string[]) =>
  articleEntry(id, '2026', 'Iran spoke.', {
    source: { outlet: 'tehran-times', url: 'https://example.org/a', published },
    claims: [claimFields('spoke', 'Iran spoke', 'disputed', { narratives })],
  });

const articles = [carrying('later', '2024-03', ['threat']), carrying('earlier', '2023-07-21', ['threat', 'isolation']), carrying('none', '2020', [])];

describe('earliestCarriers', () => {
  test('returns, for each narrative, the earliest published article whose claims carry it', () => {
    expect([...earliestCarriers(articles)].map(([id, article]) => [id, article.id])).toEqual([
      ['threat', 'earlier'],
      ['isolation', 'earlier'],
    ]);
  });
});

describe('checkNarrativeDates', () => {
  test('returns nothing when each narrative was first seen on or before its earliest article, to the precision both give', () => {
    expect(checkNarrativeDates([narrative('threat', '2023-07'), narrative('isolation', '2023'), narrative('unused', '2026')], articles)).toEqual([]);
  });

  test('returns an error naming the article when a narrative is first seen after an article that carries it was published', () => {
    const [problem, ...rest] = checkNarrativeDates([narrative('threat', '2023-08')], articles);
    expect(rest).toEqual([]);
    expect(formatProblem(problem!)).toMatchInlineSnapshot(`
      "content/narratives/threat.md: firstSeen: 2023-08 is after content/articles/earlier.md was published (2023-07-21), and a claim there carries the narrative
          Set firstSeen to 2023-07-21 (21 July 2023) or earlier, and say in the body where it was first seen."
    `);
  });
});
