/** A small site with an article, its claims, events, narratives and corrections, for the open-data tests. */
import { contentOf } from '#lib/content/entry.ts';
import { ArticleSchema, EventSchema, NarrativeSchema } from '#lib/content/schema/index.ts';
import { buildSite } from '#lib/model/build-site.ts';
import { openDataFile } from '#lib/publish/open-data.ts';
import { CAST, actorEntry } from './actors.ts';

export const url = (path: string) => `https://example.org${path}`;
export const source = (n: number) => ({ title: `Source ${n}`, url: `https://example.org/s${n}` });

const minister = actorEntry('minister', {
  name: 'Edmundo Novillo',
  kind: 'person',
  aliases: ['Novillo'],
  wikidata: 'Q5339485',
  roles: [{ title: 'Minister of Defence', of: 'bolivia', from: '2023-01' }, { title: 'Senator' }],
  sources: [{ ...source(9), publisher: 'A Ministry', date: '2023-02' }],
});

const event = (id: string, fields: Record<string, unknown>) => ({
  id,
  file: `content/events/${id}.md`,
  body: '',
  data: EventSchema.parse({ title: `Event ${id}`, sources: [source(1)], ...fields }),
});

const narrative = (id: string, fields: Record<string, unknown>) => ({
  id,
  file: `content/narratives/${id}.md`,
  body: '',
  data: NarrativeSchema.parse({ summary: `The narrative ${id}.`, ...fields }),
});

const deal = {
  id: 'deal',
  file: 'content/articles/deal.md',
  body: 'In July, Iran signed a memorandum with Bolivia. The deal, "a threat", worries Argentina.',
  data: ArticleSchema.parse({
    title: 'Iran and Bolivia sign a memorandum',
    summary: 'A report on the deal.',
    genre: 'news',
    source: {
      outlet: 'tehran-times',
      url: 'https://www.tehrantimes.com/news/1',
      published: '2023-07-21',
      dateline: 'Tehran',
      author: 'minister',
    },
    analysed: '2025-02',
    corrections: [{ date: '2025-02-10', note: 'The summary named the *wrong* month.\n' }],
    actors: ['iran', 'bolivia', 'argentina'],
    dates: [{ quote: 'In July', event: 'mou' }],
    claims: [
      {
        id: 'signed',
        quote: 'In July, Iran signed a memorandum with Bolivia',
        about: ['iran', 'bolivia'],
        narratives: ['deal-threat'],
        kind: 'factual',
        rating: 'supported',
        summary: 'Iran and Bolivia signed a memorandum',
        assessment: 'Both governments published it.\n',
        sources: [source(1), { ...source(2), publisher: 'Gov', date: '2023-07-20' }],
        corrections: [{ date: '2025-03-01', previousRating: 'partly-supported', note: 'Both texts were found.' }],
      },
      {
        id: 'threat',
        quote: 'The deal, "a threat", worries Argentina',
        claimant: 'argentina',
        narratives: ['deal-threat', 'quiet'],
        kind: 'opinion',
        rating: 'not-checkable',
        summary: 'Argentina sees a threat',
        assessment: 'A judgement.',
      },
    ],
  }),
};

export const site = buildSite(
  contentOf({
    actors: [...CAST, minister],
    events: [
      event('mou', { date: '2023-07-20', actors: ['iran', 'bolivia'] }),
      event('crisis', { date: '2019-10', end: '2019-11' }),
    ],
    narratives: [
      narrative('deal-threat', { title: 'The deal threatens Argentina', firstSeen: '2023-07', actors: ['argentina'], sources: [source(4)] }),
      narrative('quiet', { title: 'Nobody noticed', firstSeen: '2023', corrections: [{ date: '2025-02-11', note: 'The title was wrong.' }] }),
    ],
    articles: [deal],
  }),
  { host: 'example.org' },
);

/** An open-data file's licence, count and items. */
export type Items = { licence: string; count: number; items: Record<string, unknown>[] };

/** One of the site's JSON data files, parsed. */
export const json = (name: 'articles.json' | 'actors.json' | 'events.json' | 'narratives.json' | 'claims.json' | 'corrections.json'): Items =>
  JSON.parse(openDataFile(site, name, url));

/** The item of `data` with the id `id`. */
export const item = (data: Items, id: string) => data.items.find((entry) => entry['id'] === id)!;
