import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, inject, test } from 'vitest';
import { parseMarkdownFile } from '#lib/check/frontmatter.ts';
import { comparePartialDates } from '#lib/content/partial-date.ts';
import { EventSchema } from '#lib/content/schema/index.ts';
import { all, one, readPage, text } from '../support/html.ts';

const distDir = inject('distDir');
const articleUrl = '/articles/iran-bolivia-military-ties/';

/** Every event of `content/events/`, in date order (then by title), with its date. */
async function contentEvents(): Promise<{ id: string; date: string; title: string }[]> {
  const events = [];
  for (const name of (await readdir('content/events')).filter((file) => file.endsWith('.md'))) {
    const parsed = parseMarkdownFile(await readFile(`content/events/${name}`, 'utf8'), name);
    if (!parsed.ok) throw new Error(`${name} does not parse`);
    const { date, title } = EventSchema.parse(parsed.value.data);
    events.push({ id: name.replace(/\.md$/, ''), date, title });
  }
  return events.sort((a, b) => comparePartialDates(a.date, b.date) || a.title.localeCompare(b.title, 'en'));
}

/** The seed's events, with their dates as the timeline shows them. */
const EVENTS = [
  ['amia-bombing', '1994-07-18', '18 July 1994'],
  ['morales-resigns', '2019-11-10', '10 November 2019'],
  ['arce-sworn-in', '2020-11-08', '8 November 2020'],
  ['argentina-buys-israeli-loitering-munitions', '2022-12-27', '27 December 2022'],
  ['iran-bolivia-mou', '2023-07-20', '20 July 2023'],
  ['world-politics-review-report', '2023-08', 'August 2023'],
] as const;

describe('date mentions in the seed article', () => {
  test('are each a link to the event around a time of the date the phrase says', async () => {
    const page = await readPage(distDir, articleUrl);
    const mentions = all(page, '.article-body a.date-mention');
    const found = mentions.map((a) => [
      String(a.properties['href']),
      String(one(a, 'time').properties['dateTime']),
      text(one(a, 'time')),
    ]);
    expect(found).toEqual([
      ['/events/iran-bolivia-mou/', '2023-07', 'In July'],
      ['/events/world-politics-review-report/', '2023-08-03', 'August 3'],
      ['/events/amia-bombing/', '1994', '1994'],
      ['/events/argentina-buys-israeli-loitering-munitions/', '2022', 'Last year'],
      ['/events/morales-resigns/', '2019', 'in 2019'],
      ['/events/arce-sworn-in/', '2020-11-08', 'Shortly after the coup'],
    ]);
    expect(text(one(mentions[0]!, '.date-tip'))).toBe('(20 July 2023: Iran and Bolivia sign a defence and security memorandum in Tehran)');
  });
});

describe('/timeline/', () => {
  test('returns every event in order, grouped by year, each with an anchor', async () => {
    const page = await readPage(distDir, '/timeline/');
    const expected = await contentEvents();
    expect(all(page, '.timeline-year > h2').map(text)).toEqual([...new Set(expected.map((event) => event.date.slice(0, 4)))]);
    const events = all(page, '.timeline-event');
    expect(events.map((e) => [e.properties['id'], String(one(e, 'time').properties['dateTime'])])).toEqual(
      expected.map(({ id, date }) => [id, date]),
    );
    const shown = new Map(events.map((e) => [String(e.properties['id']), text(one(e, 'time'))]));
    expect(EVENTS.map(([id]) => [id, shown.get(id)])).toEqual(EVENTS.map(([id, , date]) => [id, date]));
  });

  test('returns each event with its actors and the phrases and claims that mention it', async () => {
    const page = await readPage(distDir, '/timeline/');
    const coup = one(page, '#morales-resigns');
    expect(all(coup, '.inline-list a').map(text)).toEqual(['Bolivia', 'Movement Toward Socialism', 'United States']);
    const mention = one(coup, '.event-mentions li');
    expect(one(mention, 'a').properties['href']).toBe(`${articleUrl}#date-morales-resigns-1`);
    expect(all(mention, 'a').map((a) => a.properties['href'])).toContain(`${articleUrl}claims/us-backed-coup/`);
  });

  test('draws a time axis as an image with one point per event', async () => {
    const page = await readPage(distDir, '/timeline/');
    const svg = one(page, '.time-axis svg');
    expect(svg.properties['role']).toBe('img');
    const expected = await contentEvents();
    expect(all(svg, 'circle')).toHaveLength(expected.length);
    expect(text(one(svg, 'title'))).toBe(
      `${expected.length} events from ${expected[0]!.date.slice(0, 4)} to ${expected.at(-1)!.date.slice(0, 4)}, spaced by date along a line.`,
    );
  });

  test('is filtered by actor on plain pages', async () => {
    const page = await readPage(distDir, '/timeline/bolivia/');
    expect(all(page, '.timeline-event').map((e) => e.properties['id'])).toEqual([
      'morales-resigns',
      'arce-sworn-in',
      'novillo-visits-tehran',
      'iran-bolivia-mou',
      'world-politics-review-report',
    ]);
    expect(text(one(page, '.filter-links a[aria-current=page]'))).toBe('Bolivia');
    const all6 = await readPage(distDir, '/timeline/');
    expect(all(all6, '.filter-links a').map((a) => a.properties['href'])).toContain('/timeline/edmundo-novillo/');
  });
});

describe('/events/<id>/', () => {
  test('returns the event with its date, actors, sources and the phrases articles used', async () => {
    const page = await readPage(distDir, '/events/argentina-buys-israeli-loitering-munitions/');
    expect(text(one(page, 'h1'))).toBe('Argentina signs a contract for Israeli HERO loitering munitions');
    expect(String(one(page, '.lede time').properties['dateTime'])).toBe('2022-12-27');
    expect(all(page, 'section:has(#sources) li')).toHaveLength(2);
    const mention = one(page, '.event-mentions > li');
    expect(text(mention)).toMatch(/says “ ?Last year ?”/);
    expect(all(mention, 'a').map((a) => a.properties['href'])).toContain(`${articleUrl}#date-argentina-buys-israeli-loitering-munitions-1`);
    expect(one(page, 'meta[property="og:title"]').properties['content']).toBe(
      'Argentina signs a contract for Israeli HERO loitering munitions',
    );
  });

  test('returns schema.org Event JSON-LD', async () => {
    const page = await readPage(distDir, '/events/iran-bolivia-mou/');
    const data = JSON.parse(text(one(page, 'script[type="application/ld+json"]')));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': 'http://localhost:4321/events/iran-bolivia-mou/#event',
      name: 'Iran and Bolivia sign a defence and security memorandum in Tehran',
      startDate: '2023-07-20',
    });
    expect(data.about.map((a: { name: string }) => a.name)).toEqual(['Iran', 'Bolivia', 'Mohammad Reza Ashtiani', 'Edmundo Novillo']);
  });

  test('an actor page lists its events in order, linked', async () => {
    const page = await readPage(distDir, '/actors/bolivia/');
    expect(all(page, 'section:has(#events) li a').map((a) => a.properties['href'])).toEqual([
      '/events/morales-resigns/',
      '/events/arce-sworn-in/',
      '/events/novillo-visits-tehran/',
      '/events/iran-bolivia-mou/',
      '/events/world-politics-review-report/',
    ]);
  });
});
