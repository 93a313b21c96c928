import { describe, expect, test } from 'vitest';
import { claimCardTitleId } from '#lib/content/urls.ts';
import { claimCardTitle, describeResults, readClaimAnchor, toResultCard } from '#lib/publish/search-results.ts';

const article = {
  url: '/articles/iran-bolivia/?highlight=baseless',
  // Pagefind's excerpt for the whole page, which may come from a claim's card.
  excerpt: 'the assessment calls it <mark>baseless</mark>',
  meta: { type: 'Article', title: 'Iran and Bolivia', outlet: 'Tehran Times', date: '2023' },
  sub_results: [
    // The title, which the card shows already.
    {
      title: 'Iran and Bolivia',
      url: '/articles/iran-bolivia/?highlight=baseless#article-title',
      anchor: { id: 'article-title', element: 'h1' },
      excerpt: '<mark>baseless</mark> <mark>baseless</mark> <mark>baseless</mark> <mark>baseless</mark>',
      locations: [1, 2, 3, 4],
    },
    { title: 'Iran and Bolivia', url: '/articles/iran-bolivia/?highlight=baseless#article-text', anchor: { id: 'article-text', element: 'div' }, excerpt: 'a <mark>baseless</mark> charge', locations: [40] },
    { title: 'The record', url: '/articles/iran-bolivia/?highlight=baseless#the-record', anchor: { id: 'the-record' }, excerpt: 'is <mark>baseless</mark>, <mark>baseless</mark>', locations: [90, 92] },
    {
      title: claimCardTitle('The blame is baseless', 'disputed'),
      url: '',
      anchor: { id: claimCardTitleId('amia-blame') },
      excerpt: '<mark>baseless</mark> <mark>baseless</mark> <mark>baseless</mark>',
      locations: [200, 201, 202],
    },
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
      excerpt: 'is <mark>baseless</mark>, <mark>baseless</mark>',
      claims: [
        { id: 'amia-blame', summary: 'The blame is baseless', rating: 'disputed', url: '/articles/iran-bolivia/claims/amia-blame/?highlight=baseless' },
        { id: 'drones', summary: 'Drones were sent', rating: 'false', url: '/articles/iran-bolivia/claims/drones/?highlight=baseless' },
      ],
    });
  });

  test("the snippet is the article's text that matched most, never its title or a claim's card", () => {
    const claimsOnly = { ...article, sub_results: [article.sub_results[0]!, ...article.sub_results.slice(3)] };
    expect(toResultCard(claimsOnly)).toMatchObject({ excerpt: '', claims: [{ id: 'amia-blame' }, { id: 'drones' }] });
    const { sub_results: _, ...withoutSections } = article;
    expect(toResultCard(withoutSections)).toMatchObject({ excerpt: article.excerpt, claims: [] });
  });

  test('with verdicts picked, only the claims of those verdicts', () => {
    const card = toResultCard(article, { ratings: ['false'] });
    expect(card?.type === 'article' && card.claims.map((claim) => claim.id)).toEqual(['drones']);
  });

  test('an article in another language with its language, for the title and the snippet; none for English', () => {
    const spanish = { ...article, meta: { ...article.meta, title: 'Irán y Bolivia', lang: 'es' } };
    expect(toResultCard(spanish)).toMatchObject({ type: 'article', title: 'Irán y Bolivia', lang: 'es' });
    expect(toResultCard(article)).not.toHaveProperty('lang');
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

  test('a narrative with when it was first seen and its summary', () => {
    const meta = { type: 'Narrative', title: 'The deal threatens Argentina', date: 'first seen July 2023', summary: 'The deal puts Argentina at risk.' };
    expect(toResultCard({ url: '/narratives/threat/', excerpt: '', meta })).toEqual({
      type: 'narrative',
      url: '/narratives/threat/',
      title: 'The deal threatens Argentina',
      date: 'first seen July 2023',
      summary: 'The deal puts Argentina at risk.',
    });
  });
});

describe('describeResults', () => {
  const none = { actors: 0, articles: 0, claims: 0, events: 0, narratives: 0 };

  test('counts what is shown, kind by kind', () => {
    expect(describeResults({ ...none, actors: 1, articles: 3, claims: 9, events: 1 }, 'drones', false)).toBe('1 actor, 3 articles, 9 claims and 1 event for “drones”.');
    expect(describeResults({ ...none, articles: 1 }, 'novillo', false)).toBe('1 article for “novillo”.');
    expect(describeResults({ ...none, claims: 2, events: 1 }, '', false)).toBe('2 claims and 1 event.');
    expect(describeResults({ ...none, articles: 2, narratives: 1 }, 'drones', false)).toBe('2 articles and 1 narrative for “drones”.');
  });

  test('says when more is to come, and when nothing was found', () => {
    expect(describeResults({ ...none, actors: 1, articles: 4 }, 'iran', true)).toBe('Showing 1 actor and 4 articles for “iran”; more below.');
    expect(describeResults(none, 'xyzzy', false)).toBe('No results for “xyzzy”.');
  });
});
