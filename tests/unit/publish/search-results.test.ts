import { describe, expect, test } from 'vitest';
import { claimCardTitleId } from '#lib/content/urls.ts';
import { claimCardTitle, readClaimAnchor, toResultCard } from '#lib/publish/search-results.ts';

const article = {
  url: '/articles/iran-bolivia/?highlight=baseless',
  excerpt: 'is <mark>baseless</mark>',
  meta: { type: 'Article', title: 'Iran and Bolivia', outlet: 'Tehran Times', date: '2023' },
  sub_results: [
    { title: 'Analysis', url: '/articles/iran-bolivia/?highlight=baseless#analysis', anchor: { id: 'analysis' } },
    { title: claimCardTitle('The blame is baseless', 'disputed'), url: '', anchor: { id: claimCardTitleId('amia-blame') } },
    { title: claimCardTitle('Drones were sent', 'false'), url: '', anchor: { id: claimCardTitleId('drones') } },
  ],
};

describe('claim sub-results', () => {
  test('a card title holds the summary and the verdict, and reads back with the claim id', () => {
    expect(claimCardTitle('Summary — with a dash', 'partly-supported')).toBe('Summary — with a dash — verdict: Partly supported');
    expect(readClaimAnchor(claimCardTitleId('x-1'), claimCardTitle('Summary — with a dash', 'partly-supported'))).toEqual({
      id: 'x-1',
      summary: 'Summary — with a dash',
      rating: 'partly-supported',
    });
  });

  test('anything else is not a claim', () => {
    expect(readClaimAnchor('analysis', 'Analysis')).toBeUndefined();
    expect(readClaimAnchor(undefined, claimCardTitle('S', 'false'))).toBeUndefined();
    expect(readClaimAnchor(claimCardTitleId('x'), 'S — verdict: Nonsense')).toBeUndefined();
    expect(readClaimAnchor(claimCardTitleId('x'), 'S')).toBeUndefined();
    expect(readClaimAnchor(claimCardTitleId(''), claimCardTitle('S', 'false'))).toBeUndefined();
  });
});

describe('toResultCard', () => {
  test('an article with the claims that matched, each linking to its page with the terms to highlight', () => {
    expect(toResultCard(article)).toEqual({
      type: 'article',
      url: article.url,
      title: 'Iran and Bolivia',
      outlet: 'Tehran Times',
      date: '2023',
      excerpt: 'is <mark>baseless</mark>',
      claims: [
        { id: 'amia-blame', summary: 'The blame is baseless', rating: 'disputed', url: '/articles/iran-bolivia/claims/amia-blame/?highlight=baseless' },
        { id: 'drones', summary: 'Drones were sent', rating: 'false', url: '/articles/iran-bolivia/claims/drones/?highlight=baseless' },
      ],
    });
  });

  test('with verdicts picked, only the claims of those verdicts', () => {
    const card = toResultCard(article, { ratings: ['false'] });
    expect(card?.type === 'article' && card.claims.map((claim) => claim.id)).toEqual(['drones']);
  });

  test('keeps a full URL full', () => {
    const card = toResultCard({ ...article, url: 'https://example.org/dossier/articles/iran-bolivia/' });
    expect(card?.type === 'article' && card.claims[0]?.url).toBe('https://example.org/dossier/articles/iran-bolivia/claims/amia-blame/');
  });

  test('an actor with its kind and summary, an event with its date, and nothing for another type', () => {
    expect(toResultCard({ url: '/actors/iran/', excerpt: '', meta: { type: 'Actor', title: 'Iran', kind: 'Country', summary: 'A country.' } })).toEqual({
      type: 'actor',
      url: '/actors/iran/',
      title: 'Iran',
      kind: 'Country',
      summary: 'A country.',
    });
    expect(toResultCard({ url: '/events/e/', excerpt: '', meta: { type: 'Event', title: 'E', date: '26 July 2023' } })).toEqual({
      type: 'event',
      url: '/events/e/',
      title: 'E',
      date: '26 July 2023',
    });
    expect(toResultCard({ url: '/x/', excerpt: '', meta: { type: 'Page', title: 'X' } })).toBeUndefined();
  });
});
