import { describe, expect, test } from 'vitest';
import { checkExcerpts } from '#lib/check/excerpt-checks.ts';
import { articleEntry } from '../../support/actors.ts';

const EXCERPTS = {
  lang: 'es',
  text: 'excerpts',
  source: { outlet: 'tehran-times', url: 'https://example.org/a', archived: 'https://web.archive.org/web/2023/https://example.org/a', published: '2023' },
};
const claim = (quote: string) => ({ id: 'c', quote, kind: 'factual', rating: 'not-checkable', summary: 's', assessment: 'a', translation: 't' });

describe('checkExcerpts', () => {
  test('returns an error for a quote that holds the gap between two passages', () => {
    const article = articleEntry('x', '2026-11-28', 'Irán firmó.\n\n[…]\n\nBolivia calló.\n', { ...EXCERPTS, claims: [claim('firmó. […] Bolivia')], dates: [{ quote: 'firmó [...] Bolivia', event: 'mou' }] });
    expect(checkExcerpts(article).map(({ severity, field, message }) => `${severity} ${field}: ${message}`)).toEqual([
      'error claims[0].quote: a quote across the gap between two passages: "firmó. […] Bolivia"',
      'error dates[0].quote: a quote across the gap between two passages: "firmó [...] Bolivia"',
    ]);
  });

  test('returns a warning for a gap that is not a paragraph of its own', () => {
    const article = articleEntry('x', '2026-11-28', 'Irán firmó.\n[…]\nBolivia calló.\n\n[...]\n\nNadie respondió.\n', EXCERPTS);
    expect(checkExcerpts(article)).toMatchObject([
      { severity: 'warning', field: '(body)', message: 'a gap\'s "[…]" on line 2 of the text is not a paragraph of its own, so the page does not show it as a gap between passages' },
    ]);
  });

  test('returns nothing for the whole text, where […] is the outlet’s own', () => {
    const article = articleEntry('x', '2026-11-28', 'Iran signed.\n[…]\nBolivia said nothing.\n', { claims: [{ ...claim('signed. […] Bolivia'), translation: undefined }] });
    expect(checkExcerpts(article)).toEqual([]);
  });
});
