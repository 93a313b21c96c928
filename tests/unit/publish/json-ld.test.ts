import { describe, expect, test } from 'vitest';
import { ActorSchema, ArticleSchema, EventSchema, NarrativeSchema } from '#lib/content/schema/index.ts';
import {
  actorJsonLd,
  articleJsonLd,
  claimReviewJsonLd,
  eventJsonLd,
  narrativeJsonLd,
  serializeJsonLd,
  siteJsonLd,
} from '#lib/publish/json-ld.ts';
import { CAST, EVENTS } from '../../support/actors.ts';

const SITE_URL = 'https://example.org/';
const cast = (id: string) => CAST.find((entry) => entry.id === id)!.data;
const iran = cast('iran');
const bolivia = cast('bolivia');
const tehranTimes = cast('tehran-times');
const dossier = ActorSchema.parse({ name: 'Dossier', kind: 'media', summary: 'This site.' });

const sources = [{ title: 'S', url: 'https://example.org/s' }];
const claim = {
  id: 'drones',
  quote: 'Iran sold drones to Bolivia',
  claimant: 'iran',
  kind: 'factual',
  rating: 'disputed',
  summary: 'Iran sold armed drones to Bolivia',
  assessment: 'Sources disagree.',
  sources,
};
const outletArticle = (fields: Record<string, unknown> = {}) =>
  ArticleSchema.parse({
    title: 'Iran and Bolivia sign a deal',
    summary: 'The piece reports a deal.',
    genre: 'news',
    source: { outlet: 'tehran-times', url: 'https://www.tehrantimes.com/news/1', published: '2023-07-21' },
    analysed: '2025-02',
    actors: ['iran', 'bolivia'],
    claims: [claim],
    ...fields,
  });
const ownArticle = ArticleSchema.parse({
  title: 'What the memorandum says',
  summary: 'An explainer.',
  genre: 'explainer',
  source: { outlet: 'dossier', published: '2025-03' },
  analysed: '2025-03',
  sources,
});

describe('actorJsonLd', () => {
  test('returns the schema.org type of the kind, the name, summary and an @id under the page URL', () => {
    expect(actorJsonLd(tehranTimes, 'https://example.org/actors/tehran-times/')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsMediaOrganization',
      '@id': 'https://example.org/actors/tehran-times/#actor',
      url: 'https://example.org/actors/tehran-times/',
      name: 'Tehran Times',
      description: 'tehran-times.',
    });
  });

  test('returns alternateName only when the actor has aliases', () => {
    expect(actorJsonLd(iran, 'u')['alternateName']).toEqual(['Iranian', 'Tehran', 'Irán']);
    expect(actorJsonLd(tehranTimes, 'u')).not.toHaveProperty('alternateName');
  });

  test('returns sameAs pointing at Wikidata when the actor has a wikidata id', () => {
    const withWikidata = ActorSchema.parse({ name: 'Iran', kind: 'country', summary: 'A country.', wikidata: 'Q794' });
    expect(actorJsonLd(withWikidata, 'u')['sameAs']).toEqual(['https://www.wikidata.org/wiki/Q794']);
    expect(actorJsonLd(iran, 'u')).not.toHaveProperty('sameAs');
  });

  test('returns the schema.org type of every actor kind', () => {
    const typeOf = (kind: string) =>
      actorJsonLd(ActorSchema.parse({ name: 'X', kind, summary: 'X.' }), 'u')['@type'];
    expect(['person', 'organization', 'country', 'region', 'group', 'media'].map(typeOf)).toEqual([
      'Person',
      'Organization',
      'Country',
      'Place',
      'Organization',
      'NewsMediaOrganization',
    ]);
  });
});

describe('serializeJsonLd', () => {
  test('returns JSON with every < escaped, so that a value cannot close the script element', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(text).toBe('{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('siteJsonLd', () => {
  test('returns the site as an Organization named after it', () => {
    expect(siteJsonLd(SITE_URL)).toEqual({
      '@type': 'Organization',
      '@id': 'https://example.org/#site',
      name: 'Dossier',
      url: SITE_URL,
    });
  });
});

describe('claimReviewJsonLd', () => {
  const article = outletArticle();
  const review = claimReviewJsonLd({
    claim: article.claims[0]!,
    ratingLabel: 'Disputed',
    article,
    claimant: { actor: iran, url: 'https://example.org/actors/iran/' },
    outlet: tehranTimes,
    url: 'https://example.org/articles/a/claims/drones/',
    siteUrl: SITE_URL,
  });

  test("returns a ClaimReview of the claim's summary, by the site, dated by the analysis, with the verdict in words", () => {
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://example.org/articles/a/claims/drones/',
      datePublished: '2025-02',
      author: { '@type': 'Organization', name: 'Dossier', url: SITE_URL },
      claimReviewed: 'Iran sold armed drones to Bolivia',
      reviewRating: { '@type': 'Rating', alternateName: 'Disputed' },
    });
  });

  test('returns the reviewed claim with its claimant and where it appeared', () => {
    expect(review['itemReviewed']).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Country', '@id': 'https://example.org/actors/iran/#actor', name: 'Iran' },
      datePublished: '2023-07-21',
      appearance: {
        '@type': 'NewsArticle',
        url: 'https://www.tehrantimes.com/news/1',
        headline: 'Iran and Bolivia sign a deal',
        datePublished: '2023-07-21',
        publisher: { '@type': 'Organization', name: 'Tehran Times' },
      },
    });
  });

  test('returns an appearance without url for an article the site wrote itself', () => {
    const own = ArticleSchema.parse({ ...ownArticle, claims: [claim] });
    const ownReview = claimReviewJsonLd({
      claim: own.claims[0]!,
      ratingLabel: 'Disputed',
      article: own,
      claimant: { actor: iran, url: 'https://example.org/actors/iran/' },
      outlet: dossier,
      url: 'u',
      siteUrl: SITE_URL,
    });
    const appearance = (ownReview['itemReviewed'] as { appearance: Record<string, unknown> }).appearance;
    expect(appearance).not.toHaveProperty('url');
    expect(appearance['headline']).toBe('What the memorandum says');
  });
});

describe('the JSON-LD of an article in another language', () => {
  const spanish = outletArticle({ lang: 'es', claims: [{ ...claim, translation: 'Iran sold drones to Bolivia' }] });

  test('returns the language of the original where it appeared, and none for an English one', () => {
    const review = claimReviewJsonLd({
      claim: spanish.claims[0]!,
      ratingLabel: 'Disputed',
      article: spanish,
      claimant: { actor: iran, url: 'https://example.org/actors/iran/' },
      outlet: tehranTimes,
      url: 'https://example.org/articles/a/claims/drones/',
      siteUrl: SITE_URL,
    });
    expect(review['itemReviewed']).toMatchObject({ appearance: { inLanguage: 'es' } });
    const analysis = articleJsonLd({ article: spanish, outlet: tehranTimes, url: 'https://example.org/articles/a/', siteUrl: SITE_URL, mentions: [] });
    expect(analysis['isBasedOn']).toMatchObject({ inLanguage: 'es' });
    const english = articleJsonLd({ article: outletArticle(), outlet: tehranTimes, url: 'https://example.org/articles/a/', siteUrl: SITE_URL, mentions: [] });
    expect(english['isBasedOn']).not.toHaveProperty('inLanguage');
  });
});

describe('articleJsonLd', () => {
  const mentions = [
    { actor: iran, url: 'https://example.org/actors/iran/' },
    { actor: bolivia, url: 'https://example.org/actors/bolivia/' },
  ];

  test('returns an AnalysisNewsArticle based on the outlet article for an outlet article', () => {
    const data = articleJsonLd({
      article: outletArticle(),
      outlet: tehranTimes,
      url: 'https://example.org/articles/a/',
      siteUrl: SITE_URL,
      mentions,
    });
    expect(data).toMatchObject({
      '@type': 'AnalysisNewsArticle',
      '@id': 'https://example.org/articles/a/#analysis',
      headline: 'Iran and Bolivia sign a deal',
      description: 'The piece reports a deal.',
      datePublished: '2025-02',
      author: { '@id': 'https://example.org/#site' },
      publisher: { '@id': 'https://example.org/#site' },
    });
    expect(data['isBasedOn']).toEqual({
      '@type': 'NewsArticle',
      url: 'https://www.tehrantimes.com/news/1',
      headline: 'Iran and Bolivia sign a deal',
      datePublished: '2023-07-21',
      publisher: { '@type': 'NewsMediaOrganization', name: 'Tehran Times' },
    });
    expect(data['mentions']).toEqual([
      { '@type': 'Country', '@id': 'https://example.org/actors/iran/#actor', name: 'Iran' },
      { '@type': 'Country', '@id': 'https://example.org/actors/bolivia/#actor', name: 'Bolivia' },
    ]);
  });

  test('returns an OpinionNewsArticle as the original of an opinion piece', () => {
    const data = articleJsonLd({
      article: outletArticle({ genre: 'opinion' }),
      outlet: tehranTimes,
      url: 'u',
      siteUrl: SITE_URL,
      mentions: [],
    });
    expect(data['@type']).toBe('AnalysisNewsArticle');
    expect((data['isBasedOn'] as Record<string, unknown>)['@type']).toBe('OpinionNewsArticle');
    expect(data['mentions']).toEqual([]);
  });

  test('returns a BackgroundNewsArticle without isBasedOn for the site\'s own article', () => {
    const data = articleJsonLd({ article: ownArticle, outlet: dossier, url: 'u', siteUrl: SITE_URL, mentions });
    expect(data['@type']).toBe('BackgroundNewsArticle');
    expect(data).not.toHaveProperty('isBasedOn');
    expect(data['headline']).toBe('What the memorandum says');
  });
});

describe('eventJsonLd', () => {
  test('returns an Event with start and end dates and the actors it is about', () => {
    const crisis = EventSchema.parse({
      title: 'A crisis in Bolivia',
      date: '2019-10',
      end: '2019-11-10',
      actors: ['bolivia'],
      sources,
    });
    expect(
      eventJsonLd({
        event: crisis,
        url: 'https://example.org/events/crisis/',
        description: 'October to November 2019.',
        actors: [{ actor: bolivia, url: 'https://example.org/actors/bolivia/' }],
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': 'https://example.org/events/crisis/#event',
      url: 'https://example.org/events/crisis/',
      name: 'A crisis in Bolivia',
      description: 'October to November 2019.',
      startDate: '2019-10',
      endDate: '2019-11-10',
      about: [{ '@type': 'Country', '@id': 'https://example.org/actors/bolivia/#actor', name: 'Bolivia' }],
    });
  });

  test('returns no endDate and no about for a one-day event without actors', () => {
    const mou = EVENTS[0]!.data;
    const data = eventJsonLd({ event: mou, url: 'https://example.org/events/mou/', description: 'd', actors: [] });
    expect(data['startDate']).toBe('2023-07-20');
    expect(data).not.toHaveProperty('endDate');
    expect(data).not.toHaveProperty('about');
  });
});

describe('narrativeJsonLd', () => {
  const narrative = NarrativeSchema.parse({
    title: 'The deal threatens Argentina',
    summary: 'The deal puts Argentina at risk.',
    firstSeen: '2023-07',
    corrections: [{ date: '2025-04-02', note: 'A later correction.' }, { date: '2025-03-01', note: 'An earlier one.' }],
  });
  const url = 'https://example.org/narratives/threat/';

  test('returns a Claim first seen when the narrative was, with its appearances, the actors it is about and the site as its interpreter', () => {
    expect(
      narrativeJsonLd({
        narrative,
        url,
        siteUrl: SITE_URL,
        articles: [
          { article: outletArticle({ genre: 'opinion' }), outlet: tehranTimes, url: 'https://example.org/articles/deal/' },
          { article: ownArticle, outlet: dossier, url: 'https://example.org/articles/memorandum/' },
        ],
        actors: [{ actor: bolivia, url: 'https://example.org/actors/bolivia/' }],
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Claim',
      '@id': `${url}#narrative`,
      url,
      name: 'The deal threatens Argentina',
      text: 'The deal puts Argentina at risk.',
      dateCreated: '2023-07',
      dateModified: '2025-04-02',
      claimInterpreter: siteJsonLd(SITE_URL),
      appearance: [
        {
          '@type': 'OpinionNewsArticle',
          url: 'https://www.tehrantimes.com/news/1',
          headline: 'Iran and Bolivia sign a deal',
          datePublished: '2023-07-21',
          publisher: { '@type': 'NewsMediaOrganization', name: 'Tehran Times' },
        },
        // The site's own article has no original: its analysis is the appearance.
        {
          '@type': 'NewsArticle',
          url: 'https://example.org/articles/memorandum/',
          headline: 'What the memorandum says',
          datePublished: '2025-03',
          publisher: { '@type': 'NewsMediaOrganization', name: 'Dossier' },
        },
      ],
      about: [{ '@type': 'Country', '@id': 'https://example.org/actors/bolivia/#actor', name: 'Bolivia' }],
    });
  });

  test('returns no appearance, about or dateModified for a narrative no claim carries yet', () => {
    const data = narrativeJsonLd({ narrative: { ...narrative, corrections: [] }, url, siteUrl: SITE_URL, articles: [], actors: [] });
    expect(Object.keys(data)).toEqual(['@context', '@type', '@id', 'url', 'name', 'text', 'dateCreated', 'claimInterpreter']);
  });
});
