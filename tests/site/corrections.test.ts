/**
 * Corrections as readers and machines see them, on the fixture site whose
 * analysis, two claims (one re-rated), actor, event and narrative have been corrected.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import Parser from 'rss-parser';
import { describe, expect, inject, test } from 'vitest';
import { all, one, readPage, text } from '../support/html.ts';

const distDir = inject('correctionsDistDir');
const SITE = 'http://localhost:4321';
const article = '/articles/corrected-article/';
const reRated = `${article}claims/drones-bought/`;

const jsonLd = async (url: string) =>
  JSON.parse(String(text(one(await readPage(distDir, url), 'script[type="application/ld+json"]'))));
const readData = (name: string) => readFile(join(distDir, 'data', name), 'utf8');

describe('a corrected claim', () => {
  test('its page says "Corrected" with the date, and lists the correction with the old and new verdicts', async () => {
    const page = await readPage(distDir, reRated);
    expect(text(one(page, '.corrected-note'))).toBe('Corrected 4 December 2026 · What changed');
    expect(one(page, '.corrected-note time').properties['dateTime']).toBe('2026-12-04');
    expect(one(page, '.corrected-note a').properties['href']).toBe('#corrections');
    const section = one(page, 'section.corrections');
    expect(text(one(section, 'h2'))).toBe('Corrections');
    const [item] = all(section, '.correction-list > li');
    expect(item?.properties['id']).toBe('correction-1');
    expect(text(one(item!, '.correction-change'))).toBe('Verdict changed from Disputed to False');
    expect(all(item!, '.verdict').map((badge) => badge.properties['dataRating'])).toEqual(['disputed', 'false']);
    expect(text(item!)).toContain("the ministry's own statement shows there was none");
    // The verdict shown is the new one.
    expect(text(one(page, '.claim-verdict .verdict'))).toBe('False');
  });

  test('its card in the article says "Corrected" with the date and links to the claim page’s corrections', async () => {
    const page = await readPage(distDir, article);
    const card = one(page, '#claim-card-drones-bought');
    expect(text(one(card, '.corrected-note'))).toBe('Corrected 4 December 2026 · What changed: Bolivia bought drones');
    expect(one(card, '.corrected-note a').properties['href']).toBe(`${reRated}#corrections`);
  });

  test('its ClaimReview gives the new verdict and dateModified the date of the correction', async () => {
    const review = await jsonLd(reRated);
    expect(review).toMatchObject({ '@type': 'ClaimReview', datePublished: '2026-11-28', dateModified: '2026-12-04' });
    expect(review.reviewRating.alternateName).toBe('False');
  });
});

describe('a corrected article', () => {
  test('says at the top when it was last corrected, and lists its own and its claims’ corrections, oldest first', async () => {
    const page = await readPage(distDir, article);
    expect(text(one(page, '.article-header .corrected-note'))).toBe('Corrected 4 December 2026 · 3 corrections');
    const items = all(page, 'section.corrections .correction-list > li');
    expect(items.map((item) => item.properties['id'])).toEqual([
      'correction-1',
      'correction-neighbours-reacted-1',
      'correction-drones-bought-1',
    ]);
    expect(items.map((item) => text(one(item, '.correction-head')))).toEqual([
      '30 November 2026',
      "1 December 2026 · Claim: Bolivia's neighbours reacted",
      '4 December 2026 · Claim: Bolivia bought drones',
    ]);
    expect(one(items[2]!, '.correction-head a').properties['href']).toBe(reRated);
  });

  test('its JSON-LD has dateModified of its latest correction, its claims’ included', async () => {
    expect(await jsonLd(article)).toMatchObject({ datePublished: '2026-11-28', dateModified: '2026-12-04' });
  });

  test('a page without corrections has no corrections section', async () => {
    const page = await readPage(distDir, '/about/');
    expect(all(page, 'section.corrections')).toEqual([]);
  });
});

describe('a corrected actor and event', () => {
  test.each([
    ['/actors/bolivia/', '2 December 2026', 'the seat of government'],
    ['/events/example-event/', '3 December 2026', 'the source dates it 20 July'],
  ])('%s shows its correction, dated, at the top and in its corrections section', async (url, date, words) => {
    const page = await readPage(distDir, url);
    expect(text(one(page, '.corrected-note'))).toBe(`Corrected ${date} · What changed`);
    const [item] = all(page, 'section.corrections .correction-list > li');
    expect(item?.properties['id']).toBe('correction-1');
    expect(text(item!)).toContain(words);
  });

  test('a source’s archived copy is linked beside the original', async () => {
    const page = await readPage(distDir, '/actors/bolivia/');
    const links = all(page, 'ul.sources a').map((a) => a.properties['href']);
    expect(links).toEqual([
      'https://reference.example.net/bolivia',
      'https://web.archive.org/web/20231001000000/https://reference.example.net/bolivia',
    ]);
  });
});

describe('the corrections log', () => {
  test('/corrections/ lists every correction, newest first, each linked to where its page shows it', async () => {
    const page = await readPage(distDir, '/corrections/');
    expect(text(one(page, '.lede'))).toMatch(/ The corrections policy says when one is made; /);
    const items = all(page, '.corrections-log > li');
    expect(items.map((item) => text(one(item, '.correction-head')))).toEqual([
      '5 December 2026 · Narrative Bolivia is arming itself with foreign drones',
      '4 December 2026 · Claim Bolivia bought drones in A corrected fixture article',
      '3 December 2026 · Event Something happens in the fixtures',
      '2 December 2026 · Actor Bolivia',
      "1 December 2026 · Claim Bolivia's neighbours reacted in A corrected fixture article",
      '30 November 2026 · Analysis A corrected fixture article',
    ]);
    expect(items.map((item) => one(item, '.correction-head a').properties['href'])).toEqual([
      '/narratives/bolivia-drones/#correction-1',
      `${reRated}#correction-1`,
      '/events/example-event/#correction-1',
      '/actors/bolivia/#correction-1',
      `${article}claims/neighbours-reacted/#correction-1`,
      `${article}#correction-1`,
    ]);
    expect(text(one(items[1]!, '.correction-change'))).toBe('Verdict changed from Disputed to False');
    // Every link leads to an element of that id on its page.
    for (const item of items) {
      const [path, id] = String(one(item, '.correction-head a').properties['href']).split('#');
      expect(all(await readPage(distDir, path!), `[id="${id}"]`), `${path}#${id}`).toHaveLength(1);
    }
  });

  test('/corrections.xml is a feed of the same corrections, newest first, linked to each one', async () => {
    const feed = await new Parser().parseString(await readFile(join(distDir, 'corrections.xml'), 'utf8'));
    expect(feed.title).toBe('Dossier: corrections');
    expect(feed.items.map((item) => item.title)).toEqual([
      'Narrative corrected: Bolivia is arming itself with foreign drones',
      'Claim corrected: Bolivia bought drones',
      'Event corrected: Something happens in the fixtures',
      'Actor corrected: Bolivia',
      "Claim corrected: Bolivia's neighbours reacted",
      'Analysis corrected: A corrected fixture article',
    ]);
    expect(feed.items[1]).toMatchObject({
      link: `${SITE}${reRated}#correction-1`,
      guid: `${SITE}${reRated}#correction-1`,
      isoDate: '2026-12-04T00:00:00.000Z',
    });
    expect(feed.items[0]).toMatchObject({ link: `${SITE}/narratives/bolivia-drones/#correction-1`, isoDate: '2026-12-05T00:00:00.000Z' });
    expect(feed.items[1]?.content).toMatch(/^Verdict changed from Disputed to False\. The claim was rated disputed/);
    // Every page points feed readers at it.
    const page = await readPage(distDir, '/');
    expect(all(page, 'link[rel=alternate]').map((link) => link.properties['href'])).toContain('/corrections.xml');
  });
});

describe('the open data', () => {
  test('claims.json and claims.csv carry each claim’s corrections and the date it was last corrected', async () => {
    const claims = JSON.parse(await readData('claims.json')).items;
    expect(claims.find((claim: { id: string }) => claim.id === 'drones-bought')).toMatchObject({
      rating: 'false',
      corrected: '2026-12-04',
      corrections: [{ date: '2026-12-04', previousRating: 'disputed', newRating: 'false' }],
    });
    const rows = parseCsv(await readData('claims.csv'), { columns: true }) as Record<string, string>[];
    const row = rows.find((candidate) => candidate['id'] === 'drones-bought')!;
    expect(row['corrected']).toBe('2026-12-04');
    expect(row['corrections']).toMatch(/^2026-12-04: Verdict changed from Disputed to False\. The claim was rated/);
  });

  test('articles.json, actors.json and events.json carry their corrections; corrections.json is the log', async () => {
    const first = async (name: string) => JSON.parse(await readData(name)).items[0];
    expect((await first('articles.json')).corrections).toEqual([
      { date: '2026-11-30', note: 'The summary said the article was an opinion piece; it is a news report.', previousRating: null, newRating: null },
    ]);
    const actors = JSON.parse(await readData('actors.json')).items;
    expect(actors.find((actor: { id: string }) => actor.id === 'bolivia').corrections).toHaveLength(1);
    expect((await first('events.json')).corrections[0].date).toBe('2026-12-03');
    const log = JSON.parse(await readData('corrections.json'));
    expect(log.count).toBe(6);
    expect(log.items[0]).toMatchObject({ date: '2026-12-05', kind: 'narrative', url: `${SITE}/narratives/bolivia-drones/#correction-1`, article: null });
    expect(log.items[1]).toMatchObject({ date: '2026-12-04', kind: 'claim', url: `${SITE}${reRated}#correction-1`, article: 'corrected-article' });
  });
});
