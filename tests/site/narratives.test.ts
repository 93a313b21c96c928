/**
 * Narratives as readers and machines see them, on the fixture site whose
 * narrative "Bolivia is arming itself with foreign drones" is carried by four
 * claims in three articles of two outlets, from July 2023 to January 2024,
 * and has been corrected once.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, inject, test } from 'vitest';
import { findBrokenLinks } from '../support/check-links.ts';
import { all, one, readPage, text } from '../support/html.ts';

const distDir = inject('correctionsDistDir');
const SITE = 'http://localhost:4321';
const path = '/narratives/bolivia-drones/';
const TITLE = 'Bolivia is arming itself with foreign drones';
/** The claims that carry it, by the element id of each in the narrative's list, oldest article first. */
const IN_ORDER = [
  'claim-bolivia-drone-talks--drones-from-abroad',
  'claim-bolivia-drone-talks--talks-confirmed',
  'claim-corrected-article--drones-bought',
  'claim-drones-arrive--drones-arrived',
];

const page = await readPage(distDir, path);
const readData = (name: string) => readFile(join(distDir, 'data', name), 'utf8');
const attribute = (element: Parameters<typeof text>[0], name: string) => String((element as { properties: Record<string, unknown> }).properties[name]);

describe('a narrative page', () => {
  test('says what the narrative is, when it was first seen, and how far it has spread', () => {
    expect(text(one(page, 'h1'))).toBe(TITLE);
    expect(text(one(page, '.lede'))).toBe('Bolivia is buying drones abroad and has begun to receive them.');
    expect(text(one(page, '.narrative-facts'))).toBe('First seen July 2023. 4 claims in 3 articles from 2 outlets, in 1 language.');
    expect(all(page, 'article.narrative a[data-actor]').map((a) => attribute(a, 'href'))).toContain('/actors/bolivia/');
  });

  test('lists the claims that carry it in the order their articles were published, each with its article, outlet, language and verdict', () => {
    const items = all(page, 'ol.narrative-claims > li');
    expect(items.map((item) => attribute(item, 'id'))).toEqual(IN_ORDER);
    const dates = items.map((item) => attribute(item, 'dataPublished'));
    expect(dates).toEqual(['2023-07-28', '2023-07-28', '2023-08', '2024-01-15']);
    expect(all(items[0]!, 'p').map(text)).toEqual([
      '28 July 2023 · The Weekly Example · English · Bolivia is said to buy drones',
      'Bolivia is buying drones from abroad Disputed (claimed by The Weekly Example)',
    ]);
    expect(all(items[3]!, 'a').map((a) => attribute(a, 'href'))).toEqual([
      '/actors/daily-example/',
      '/articles/drones-arrive/',
      '/articles/drones-arrive/claims/drones-arrived/',
    ]);
  });

  test('groups the claims by outlet and by language, each group counting its claims and linking to the first', () => {
    const rows = (group: string) =>
      all(page, `table[data-group="${group}"] tbody tr`).map((row) => ({
        cells: all(row, 'th, td').map(text),
        first: attribute(one(row, 'td a'), 'href'),
      }));
    expect(rows('outlet')).toEqual([
      { cells: ['The Weekly Example', '2 (the first of them) in 1 article', '28 July 2023'], first: `#${IN_ORDER[0]}` },
      { cells: ['The Daily Example', '2 (the first of them) in 2 articles', 'August 2023 – 15 January 2024'], first: `#${IN_ORDER[2]}` },
    ]);
    expect(rows('language')).toEqual([
      { cells: ['English', '4 (the first of them) in 3 articles from The Weekly Example, The Daily Example', '28 July 2023 – 15 January 2024'], first: `#${IN_ORDER[0]}` },
    ]);
  });

  test('draws its appearances by month as bars whose figures are those of the table beside them', () => {
    const figure = one(page, 'figure.appearance-chart');
    const svg = one(figure, 'svg');
    expect(attribute(svg, 'ariaHidden')).toBe('true');
    const bars = all(svg, 'rect.chart-bar').map((bar) => ({
      period: attribute(bar, 'dataPeriod'),
      claims: Number(attribute(bar, 'dataClaims')),
      height: Number(attribute(bar, 'height')),
      title: text(one(bar, 'title')),
    }));
    const rows = all(figure, 'table tbody tr').map((row) => ({
      period: attribute(row, 'dataPeriod'),
      cells: all(row, 'th, td').map(text),
    }));
    expect(rows.map((row) => row.cells)).toEqual([
      ['July 2023', '2', '1'],
      ['August 2023', '1', '1'],
      ['September 2023', '0', '0'],
      ['October 2023', '0', '0'],
      ['November 2023', '0', '0'],
      ['December 2023', '0', '0'],
      ['January 2024', '1', '1'],
    ]);
    expect(bars.map((bar) => bar.period)).toEqual(rows.map((row) => row.period));
    expect(bars.map((bar) => String(bar.claims))).toEqual(rows.map((row) => row.cells[1]));
    // Each bar as tall as its share of the tallest, and titled with its figures for the mouse.
    const tallest = Math.max(...bars.map((bar) => bar.height));
    for (const bar of bars) expect(bar.height / tallest).toBeCloseTo(bar.claims / 2, 1);
    expect(bars[0]!.title).toBe('July 2023: 2 claims in 1 article');
    expect(text(one(figure, 'caption'))).toBe('Claims carrying it, by the month their article was published');
  });

  test('has a scorecard of how its claims were rated, each verdict leading to the first such claim in the list', () => {
    const table = one(page, '.record table.scorecard');
    expect(text(one(table, 'caption'))).toBe('How the 4 claims carrying it were rated');
    expect(attribute(table, 'dataTotal')).toBe('4');
    const links = Object.fromEntries(
      all(table, 'tbody tr')
        .filter((row) => attribute(row, 'dataCount') !== '0')
        .map((row) => [attribute(row, 'dataRating'), attribute(one(row, 'th a'), 'href')]),
    );
    expect(links).toEqual({
      supported: `#${IN_ORDER[1]}`,
      disputed: `#${IN_ORDER[0]}`,
      unsupported: `#${IN_ORDER[3]}`,
      false: `#${IN_ORDER[2]}`,
    });
  });

  test('is indexed for search as a narrative, its claims and lists left to their own pages', () => {
    const body = one(page, '[data-pagefind-body]');
    expect(body.tagName).toBe('article');
    const filters = all(body, '[data-pagefind-filter]').map((span) => attribute(span, 'dataPagefindFilter'));
    expect(filters).toEqual(['type:Narrative', 'actor:Bolivia']);
    const meta = all(body, '[data-pagefind-meta]').map((span) => attribute(span, 'dataPagefindMeta'));
    expect(meta).toEqual(['type:Narrative', 'date:first seen July 2023', 'summary:Bolivia is buying drones abroad and has begun to receive them.']);
    for (const section of all(body, 'section')) expect(section.properties['dataPagefindIgnore'], text(one(section, 'h2'))).toBeDefined();
  });

  test('carries a schema.org Claim with its appearances and the date of its correction', () => {
    const data = JSON.parse(text(one(page, 'script[type="application/ld+json"]')));
    expect(data).toMatchObject({ '@type': 'Claim', name: TITLE, dateCreated: '2023-07', dateModified: '2026-12-05' });
    expect(data.appearance.map((work: { url: string }) => work.url)).toEqual([
      'https://weekly.example.com/bolivia-drones',
      'https://example.org/article',
      'https://example.org/drones-arrive',
    ]);
  });

  test('shows its correction, and the corrections log and feed list it', async () => {
    expect(text(one(page, '.corrected-note'))).toBe('Corrected 5 December 2026 · What changed');
    expect(attribute(one(page, 'section.corrections .correction-list > li'), 'id')).toBe('correction-1');
    const log = all(await readPage(distDir, '/corrections/'), '.corrections-log > li .correction-head');
    expect(text(log[0]!)).toBe(`5 December 2026 · Narrative ${TITLE}`);
    expect(attribute(one(log[0]!, 'a'), 'href')).toBe(`${path}#correction-1`);
    expect(await readFile(join(distDir, 'corrections.xml'), 'utf8')).toContain(`<title>Narrative corrected: ${TITLE}</title>`);
  });
});

describe('the narratives list', () => {
  test('/narratives/ lists every narrative with its summary, first sighting and reach', async () => {
    const list = await readPage(distDir, '/narratives/');
    const [card, ...rest] = all(list, '.narrative-list > li');
    expect(rest).toEqual([]);
    expect(attribute(one(card!, 'h2 a'), 'href')).toBe(path);
    expect([one(card!, 'h2'), ...all(card!, 'p')].map(text)).toEqual([
      TITLE,
      'Bolivia is buying drones abroad and has begun to receive them.',
      'First seen July 2023 · 4 claims in 3 articles · 2 outlets',
    ]);
  });

  test('every page links /narratives/ from the header', async () => {
    const home = await readPage(distDir, '/');
    expect(all(home, '.site-header nav a').map((a) => attribute(a, 'href'))).toContain('/narratives/');
  });
});

describe('links to a narrative', () => {
  const narrativeLinks = async (url: string) =>
    all(await readPage(distDir, url), 'section.narrative-links a').map((a) => [attribute(a, 'href'), attribute(a, 'dataNarrative')]);
  const linked = [[path, 'bolivia-drones']];

  test('from the page of every actor that takes part: a related actor, a claimant, a subject', async () => {
    expect(await narrativeLinks('/actors/bolivia/')).toEqual(linked);
    expect(await narrativeLinks('/actors/weekly-example/')).toEqual(linked);
    expect(await narrativeLinks('/actors/daily-example/')).toEqual(linked);
  });

  test('from the page of every article one of whose claims carries it', async () => {
    for (const slug of ['bolivia-drone-talks', 'corrected-article', 'drones-arrive']) expect(await narrativeLinks(`/articles/${slug}/`), slug).toEqual(linked);
  });

  test('every internal link and fragment of the site resolves, the narrative\'s among them', async () => {
    expect(await findBrokenLinks(distDir)).toEqual([]);
  });

  test('with a preview from the previews file, and in the header box\'s titles file', async () => {
    const previews = JSON.parse(await readFile(join(distDir, 'previews.json'), 'utf8'));
    expect(previews.narratives).toEqual({
      'bolivia-drones': { title: TITLE, firstSeen: 'July 2023', summary: 'Bolivia is buying drones abroad and has begun to receive them.' },
    });
    const titles = JSON.parse(await readFile(join(distDir, 'search', 'titles.json'), 'utf8'));
    expect(titles.narratives).toEqual({ base: path, entries: [[TITLE, '', 'first seen July 2023']] });
  });
});

describe('the open data', () => {
  test('narratives.json gives each narrative with its claims oldest first, outlets, languages and appearances by month', async () => {
    const data = JSON.parse(await readData('narratives.json'));
    expect(data.count).toBe(1);
    expect(data.items[0]).toMatchObject({
      id: 'bolivia-drones',
      url: `${SITE}${path}`,
      firstSeen: '2023-07',
      actors: ['bolivia'],
      claims: IN_ORDER.map((id) => {
        const [article, claim] = id.replace(/^claim-/, '').split('--');
        return { article, id: claim, published: expect.any(String) };
      }),
      outlets: [
        { outlet: 'weekly-example', claims: 2, languages: ['en'] },
        { outlet: 'daily-example', claims: 2, languages: ['en'] },
      ],
      languages: [{ language: 'en', claims: 4 }],
      corrections: [{ date: '2026-12-05', previousRating: null, newRating: null }],
    });
    // The chart's figures, as the page's table gives them.
    expect(data.items[0].appearances.map((period: { period: string; claims: number }) => `${period.period}: ${period.claims}`)).toEqual([
      '2023-07: 2',
      '2023-08: 1',
      '2023-09: 0',
      '2023-10: 0',
      '2023-11: 0',
      '2023-12: 0',
      '2024-01: 1',
    ]);
  });

  test('claims.json and claims.csv give each claim its narratives', async () => {
    const claims = JSON.parse(await readData('claims.json')).items as { id: string; narratives: string[] }[];
    expect(claims.find((claim) => claim.id === 'drones-bought')?.narratives).toEqual(['bolivia-drones']);
    expect(claims.find((claim) => claim.id === 'neighbours-reacted')?.narratives).toEqual([]);
    const rows = parseCsv(await readData('claims.csv'), { columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row['id'] === 'drones-arrived')?.['narratives']).toBe('bolivia-drones');
  });
});
