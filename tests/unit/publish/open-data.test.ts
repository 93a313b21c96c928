import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { contentOf } from '#lib/content/entry.ts';
import { ArticleSchema } from '#lib/content/schema/index.ts';
import { buildSite } from '#lib/model/build-site.ts';
import { DATA_LICENCE, OPEN_DATA_FILES, claimRecord, claimsCsv, openDataChunks, openDataFile } from '#lib/publish/open-data.ts';
import { CAST, actorEntry } from '../../support/actors.ts';
import { item, json, site, source, url } from '../../support/open-data-site.ts';


describe('OPEN_DATA_FILES', () => {
  test('returns one JSON file per collection, the claims as JSON and CSV, and the corrections log', () => {
    expect(OPEN_DATA_FILES).toEqual(['articles.json', 'actors.json', 'events.json', 'narratives.json', 'claims.json', 'claims.csv', 'corrections.json']);
  });
});

describe('openDataChunks', () => {
  test.each(OPEN_DATA_FILES.filter((name) => name.endsWith('.json')))('writes %s as JSON.stringify with two spaces writes it', (name) => {
    const text = [...openDataChunks(site, name, url)].join('');
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2));
  });

  test('writes an empty list of items as JSON.stringify writes it', () => {
    const empty = buildSite(contentOf({ actors: CAST }), { host: 'example.org' });
    const text = [...openDataChunks(empty, 'claims.json', url)].join('');
    expect(text).toBe(JSON.stringify({ licence: DATA_LICENCE, count: 0, items: [] }, null, 2));
  });

  test('writes the claims a record at a time, as JSON and as CSV rows', () => {
    const claims = site.claims.length;
    expect(claims).toBeGreaterThan(1);
    // The head, a piece per claim, and the closing bracket; the CSV's header, then a row per claim.
    expect([...openDataChunks(site, 'claims.json', url)]).toHaveLength(claims + 2);
    const rows = [...openDataChunks(site, 'claims.csv', url)];
    expect(rows).toHaveLength(claims + 1);
    expect(parse(rows.join(''), { columns: true })).toHaveLength(claims);
  });
});

describe('openDataFile', () => {
  test.each(OPEN_DATA_FILES.filter((name) => name.endsWith('.json')))(
    'returns valid JSON with the licence, the count and the items of %s',
    (name) => {
      const data = json(name as Parameters<typeof json>[0]);
      expect(data.licence).toBe(DATA_LICENCE);
      expect(data.licence).toContain('CC BY 4.0');
      expect(data.count).toBe(data.items.length);
      expect(data.count).toBeGreaterThan(0);
      for (const entry of data.items) expect(String(entry['url'])).toMatch(/^https:\/\/example\.org\//);
    },
  );

  test('returns articles.json with each article\'s source, dates, claim ids and absolute URL', () => {
    const data = json('articles.json');
    expect(data.count).toBe(1);
    expect(item(data, 'deal')).toEqual({
      id: 'deal',
      url: 'https://example.org/articles/deal/',
      title: 'Iran and Bolivia sign a memorandum',
      summary: 'A report on the deal.',
      genre: 'news',
      lang: 'en',
      text: 'full',
      source: {
        outlet: 'tehran-times',
        url: 'https://www.tehrantimes.com/news/1',
        archived: null,
        published: '2023-07-21',
        dateline: 'Tehran',
        author: 'minister',
      },
      analysed: '2025-02',
      actors: ['iran', 'bolivia', 'argentina'],
      dates: [{ quote: 'In July', event: 'mou' }],
      claims: ['signed', 'threat'],
      sources: [],
      corrections: [{ date: '2025-02-10', note: 'The summary named the *wrong* month.', previousRating: null, newRating: null }],
    });
  });

  test('returns articles.json with null for the missing source fields of the site\'s own article', () => {
    const own = {
      id: 'own',
      file: 'content/articles/own.md',
      body: 'Text.',
      data: ArticleSchema.parse({
        title: 'An explainer',
        summary: 'S.',
        genre: 'explainer',
        source: { outlet: 'dossier', published: '2024' },
        analysed: '2024',
        sources: [source(3)],
      }),
    };
    const dossier = actorEntry('dossier', { name: 'Dossier', kind: 'media' });
    const other = buildSite(contentOf({ actors: [...CAST, dossier], articles: [own] }), { host: 'example.org' });
    const [record] = JSON.parse(openDataFile(other, 'articles.json', url)).items;
    expect(record.source).toEqual({ outlet: 'dossier', url: null, archived: null, published: '2024', dateline: null, author: null });
    expect(record.sources).toEqual([{ title: 'Source 3', url: 'https://example.org/s3', archived: null, publisher: null, date: null }]);
    expect(record.corrections).toEqual([]);
  });

  test('returns actors.json with wikidata, roles, sources and the articles each actor appears in', () => {
    const data = json('actors.json');
    expect(data.count).toBe(CAST.length + 1);
    expect(item(data, 'minister')).toEqual({
      id: 'minister',
      url: 'https://example.org/actors/minister/',
      name: 'Edmundo Novillo',
      kind: 'person',
      aliases: ['Novillo'],
      summary: 'minister.',
      wikidata: 'Q5339485',
      roles: [
        { title: 'Minister of Defence', of: 'bolivia', from: '2023-01', to: null },
        { title: 'Senator', of: null, from: null, to: null },
      ],
      sources: [{ title: 'Source 9', url: 'https://example.org/s9', archived: null, publisher: 'A Ministry', date: '2023-02' }],
      corrections: [],
      articles: ['deal'],
    });
    expect(item(data, 'iran')).toMatchObject({ wikidata: null, roles: [], sources: [], articles: ['deal'] });
    expect(item(data, 'latin-america')['articles']).toEqual([]);
  });

  test('returns events.json with dates, the timeline URL and the mentions with the claims around them', () => {
    const data = json('events.json');
    expect(data.items.map((entry) => entry['id'])).toEqual(['crisis', 'mou']);
    expect(item(data, 'mou')).toEqual({
      id: 'mou',
      url: 'https://example.org/events/mou/',
      timelineUrl: 'https://example.org/timeline/#mou',
      title: 'Event mou',
      date: '2023-07-20',
      end: null,
      actors: ['iran', 'bolivia'],
      sources: [{ title: 'Source 1', url: 'https://example.org/s1', archived: null, publisher: null, date: null }],
      corrections: [],
      mentions: [
        { article: 'deal', phrase: 'In July', url: 'https://example.org/articles/deal/#date-mou-1', claims: ['signed'] },
      ],
    });
    expect(item(data, 'crisis')).toMatchObject({ date: '2019-10', end: '2019-11', actors: [], mentions: [] });
  });

  test('returns claims.json with one record per claim, in text order', () => {
    const data = json('claims.json');
    expect(data.items.map((entry) => entry['id'])).toEqual(['signed', 'threat']);
    expect(data.items).toEqual(site.claims.map((view) => JSON.parse(JSON.stringify(claimRecord(view, url)))));
  });

  test('returns the URLs the url function makes, whatever it is', () => {
    const data = JSON.parse(openDataFile(site, 'claims.json', (path) => `https://mirror.example/base${path}`));
    expect(data.items[0].url).toBe('https://mirror.example/base/articles/deal/claims/signed/');
  });

  test('returns corrections.json: every correction, newest first, with what it corrected and the change of rating', () => {
    expect(json('corrections.json').items).toEqual([
      {
        date: '2025-03-01',
        kind: 'claim',
        title: 'Iran and Bolivia signed a memorandum',
        url: 'https://example.org/articles/deal/claims/signed/#correction-1',
        article: 'deal',
        note: 'Both texts were found.',
        previousRating: 'partly-supported',
        newRating: 'supported',
      },
      {
        date: '2025-02-11',
        kind: 'narrative',
        title: 'Nobody noticed',
        url: 'https://example.org/narratives/quiet/#correction-1',
        article: null,
        note: 'The title was wrong.',
        previousRating: null,
        newRating: null,
      },
      {
        date: '2025-02-10',
        kind: 'article',
        title: 'Iran and Bolivia sign a memorandum',
        url: 'https://example.org/articles/deal/#correction-1',
        article: null,
        note: 'The summary named the *wrong* month.',
        previousRating: null,
        newRating: null,
      },
    ]);
  });

  test('returns an article’s language and excerpts, and its claims’ translations, in the JSON and the CSV', () => {
    const archived = 'https://web.archive.org/web/20230801000000/https://www.tehrantimes.com/news/2';
    const spanish = {
      id: 'acuerdo',
      file: 'content/articles/acuerdo.md',
      body: '«Irán firmó un memorando con Bolivia», dijo el ministro.\n\n[…]\n\nEl texto no fue publicado.',
      data: ArticleSchema.parse({
        title: 'Irán y Bolivia firman un memorando',
        summary: 'A report in Spanish.',
        genre: 'news',
        lang: 'es-BO',
        text: 'excerpts',
        source: { outlet: 'tehran-times', url: 'https://www.tehrantimes.com/news/2', archived, published: '2023-07' },
        analysed: '2025-02',
        actors: ['iran', 'bolivia'],
        claims: [
          {
            id: 'firmo',
            quote: '«Irán firmó un memorando con Bolivia»',
            translation: '“Iran signed a memorandum with Bolivia”',
            kind: 'attribution',
            rating: 'not-checkable',
            summary: 'Iran signed a memorandum with Bolivia',
            assessment: 'As reported.',
          },
        ],
      }),
    };
    const other = buildSite(contentOf({ actors: CAST, articles: [spanish] }), { host: 'example.org' });
    const [record] = JSON.parse(openDataFile(other, 'articles.json', url)).items;
    expect(record).toMatchObject({ lang: 'es-BO', text: 'excerpts', source: { archived } });
    const [claim] = JSON.parse(openDataFile(other, 'claims.json', url)).items;
    expect(claim).toMatchObject({ quote: '«Irán firmó un memorando con Bolivia»', translation: '“Iran signed a memorandum with Bolivia”' });
    const [row] = parse(openDataFile(other, 'claims.csv', url), { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({ quote: '«Irán firmó un memorando con Bolivia»', translation: '“Iran signed a memorandum with Bolivia”' });
  });

  test('returns claims.csv for claims.csv', () => {
    expect(openDataFile(site, 'claims.csv', url)).toBe(claimsCsv(site.claims, url));
  });
});
