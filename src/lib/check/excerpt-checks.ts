/**
 * The checks of an article of excerpts (`text: excerpts`): its passages are
 * separated as the page shows them, by a line of `[…]` between blank lines,
 * and no quote runs across the gap between two passages.
 */
import type { Entry } from '#lib/content/entry.ts';
import { type ContentProblem, problemAt } from '#lib/content/problems.ts';
import type { Article } from '#lib/content/schema/index.ts';
import { PASSAGE_GAP } from '#lib/render/plugins/remark-passage-gaps.ts';

/** A gap's marker anywhere in a text: `[…]` or `[...]`. */
const GAP_IN_TEXT = new RegExp(PASSAGE_GAP.source.slice(1, -1));

/** The problems of one article of excerpts; nothing for an article of the whole text. */
export function checkExcerpts(article: Entry<Article>): ContentProblem[] {
  if (article.data.text !== 'excerpts') return [];
  const problems: ContentProblem[] = [];
  const quoted = [
    ...article.data.claims.map((claim, i) => ({ path: ['claims', i, 'quote'], quote: claim.quote })),
    ...article.data.dates.map((date, i) => ({ path: ['dates', i, 'quote'], quote: date.quote })),
  ];
  for (const { path, quote } of quoted) {
    if (!GAP_IN_TEXT.test(quote)) continue;
    problems.push(
      problemAt(article, path, `a quote across the gap between two passages: "${quote.trim()}"`, {
        hint: 'The passages of excerpts are apart in the original: quote the words of one passage only.',
      }),
    );
  }
  const lines = article.body.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!PASSAGE_GAP.test(line.trim())) return;
    const alone = (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '';
    if (alone) return;
    problems.push({
      ...problemAt(article, [], `a gap's "${line.trim()}" on line ${i + 1} of the text is not a paragraph of its own, so the page does not show it as a gap between passages`, {
        severity: 'warning',
        hint: 'Leave a blank line before and after it.',
      }),
      field: '(body)',
    });
  });
  return problems;
}
