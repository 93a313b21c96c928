import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { describe, expect, inject, test } from 'vitest';
import { RATINGS } from '#lib/content/ratings.ts';
import { all, one, readPage, text } from '../support/html.ts';

const distDir = inject('distDir');

interface ClaimItem {
  id: string;
  article: string;
  claimant: string;
  rating: string;
  narratives: string[];
}
const readJson = async (file: string) => JSON.parse(await readFile(join(distDir, 'data', file), 'utf8'));
const claims: ClaimItem[] = (await readJson('claims.json')).items;
const outletOf = new Map<string, string>(
  (await readJson('articles.json')).items.map((item: { id: string; source: { outlet: string } }) => [item.id, item.source.outlet]),
);
const actorIds: string[] = (await readJson('actors.json')).items.map((item: { id: string }) => item.id);
const narratives: { id: string; claims: { article: string; id: string }[] }[] = (await readJson('narratives.json')).items;

/** How many of `items` have each rating, in the scale's order, every rating listed. */
const countsOf = (items: readonly ClaimItem[]) => RATINGS.map((rating) => items.filter((claim) => claim.rating === rating).length);

/** What a scorecard says: each row's rating, count, bar width and links. */
function readScorecard(table: Element) {
  return all(table, 'tbody tr').map((row) => {
    const fill = all(row, 'rect.scorecard-fill')[0];
    return {
      rating: String(row.properties['dataRating']),
      count: Number(text(one(row, '.scorecard-count'))),
      link: all(row, 'th a')[0]?.properties['href'] as string | undefined,
      barLink: all(row, 'svg a')[0]?.properties['href'] as string | undefined,
      width: fill ? Number.parseFloat(String(fill.properties['width'])) : 0,
    };
  });
}

/** The claims a list page (all of its pages) shows, by their claim pages' addresses. */
async function listed(path: string): Promise<string[]> {
  const found: string[] = [];
  for (let url: string | undefined = path; url !== undefined; ) {
    const page: Root = await readPage(distDir, url);
    found.push(...all(page, '.claim-list .card-title a').map((a) => String(a.properties['href'])));
    url = all(page, 'a[rel="next"]')[0]?.properties['href'] as string | undefined;
  }
  return found;
}

const claimPath = (claim: ClaimItem) => `/articles/${claim.article}/claims/${claim.id}/`;

async function expectScorecard(table: Element, items: readonly ClaimItem[], where: string) {
  const rows = readScorecard(table);
  expect(rows.map((row) => row.rating), where).toEqual([...RATINGS]);
  expect(rows.map((row) => row.count), where).toEqual(countsOf(items));
  expect(Number(table.properties['dataTotal']), where).toBe(items.length);
  for (const row of rows) {
    // A bar's length is its share of the claims; a rating with none has no bar and no link.
    expect(row.width, `${where} ${row.rating}`).toBeCloseTo((100 * row.count) / items.length, 1);
    if (row.count === 0) expect([row.link, row.barLink], `${where} ${row.rating}`).toEqual([undefined, undefined]);
    else expect(row.barLink, `${where} ${row.rating}`).toBe(row.link);
  }
  return rows;
}

describe('scorecards', () => {
  test('on /claims/ count every claim of /data/claims.json, each bar leading to the list of its verdict', async () => {
    const table = one(await readPage(distDir, '/claims/'), 'table.scorecard');
    for (const row of await expectScorecard(table, claims, '/claims/')) {
      if (row.count === 0) continue;
      expect(row.link).toBe(`/claims/rating/${row.rating}/`);
      const expected = claims.filter((claim) => claim.rating === row.rating).map(claimPath);
      expect((await listed(row.link!)).sort()).toEqual(expected.sort());
    }
  });

  test("on each article count its claims, each bar leading to the first card of its verdict", async () => {
    for (const slug of new Set(claims.map((claim) => claim.article))) {
      const page = await readPage(distDir, `/articles/${slug}/`);
      const own = claims.filter((claim) => claim.article === slug);
      const table = one(page, '.claims-panel table.scorecard');
      for (const row of await expectScorecard(table, own, slug)) {
        if (row.count === 0) continue;
        const first = own.find((claim) => claim.rating === row.rating)!;
        expect(row.link).toBe(`#claim-card-${first.id}`);
        expect(one(page, row.link!).properties['dataRating']).toBe(row.rating);
      }
    }
  });

  test('on each narrative page count the claims that carry it, each bar leading to the first of its verdict in the list', async () => {
    expect(narratives.length).toBeGreaterThan(0);
    for (const narrative of narratives) {
      const page = await readPage(distDir, `/narratives/${narrative.id}/`);
      const own = claims.filter((claim) => claim.narratives.includes(narrative.id));
      expect(own.length, narrative.id).toBe(narrative.claims.length);
      // The list is in the order of the open data's claims: oldest article first.
      const listed = narrative.claims.map(({ article, id }) => claims.find((claim) => claim.article === article && claim.id === id)!);
      for (const row of await expectScorecard(one(page, '.record table.scorecard'), own, narrative.id)) {
        if (row.count === 0) continue;
        const first = listed.find((claim) => claim.rating === row.rating)!;
        expect(row.link).toBe(`#claim-${first.article}--${first.id}`);
        expect(one(one(page, row.link!), '.verdict').properties['dataRating']).toBe(row.rating);
      }
    }
  });

  test('on each actor page count the claims it made and those in the articles it published, each bar leading to exactly those claims', async () => {
    let seen = 0;
    let merged = 0;
    for (const id of actorIds) {
      const page = await readPage(distDir, `/actors/${id}/`);
      const made = claims.filter((claim) => claim.claimant === id);
      const published = claims.filter((claim) => outletOf.get(claim.article) === id);
      const tables = all(page, '.record table.scorecard');
      // Two lists of the same claims make one scorecard, whose bars lead to the claims it made.
      const same = made.length > 0 && made.map(claimPath).sort().join() === published.map(claimPath).sort().join();
      expect(tables.length, id).toBe(same ? 1 : Number(made.length > 0) + Number(published.length > 0));
      if (same) {
        merged++;
        for (const rating of RATINGS.filter((r) => published.some((claim) => claim.rating === r))) {
          // The outlet's list keeps its address, and holds the same claims.
          expect(await listed(`/claims/outlet/${id}/${rating}/`)).toEqual(await listed(`/claims/by/${id}/${rating}/`));
        }
      }
      for (const [items, record] of [
        [made, 'by'],
        [same ? [] : published, 'outlet'],
      ] as const) {
        if (items.length === 0) continue;
        const table = tables.find((candidate) =>
          all(candidate, 'a').some((a) => String(a.properties['href']).startsWith(`/claims/${record}/`)),
        );
        expect(table, `${id} ${record}`).toBeDefined();
        for (const row of await expectScorecard(table!, items, `${id} ${record}`)) {
          if (row.count === 0) continue;
          expect(row.link).toBe(`/claims/${record}/${id}/${row.rating}/`);
          const expected = items.filter((claim) => claim.rating === row.rating).map(claimPath);
          expect((await listed(row.link!)).sort(), row.link).toEqual(expected.sort());
          seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(merged).toBeGreaterThan(0);
  });

  test('are tables with a caption, a header for each row, and bars hidden from screen readers', async () => {
    const table = one(await readPage(distDir, '/actors/tehran-times/'), 'table.scorecard');
    expect(text(one(table, 'caption'))).toMatch(/^How the \d+ claims Tehran Times made and published were rated$/);
    expect(all(table, 'thead th').map(text)).toEqual(['Verdict', 'Claims', 'Share']);
    for (const row of all(table, 'tbody tr')) {
      expect(one(row, 'th').properties['scope']).toBe('row');
      const svg = one(row, 'svg');
      expect(svg.properties['ariaHidden']).toBe('true');
      for (const a of all(svg, 'a')) expect(a.properties['tabIndex']).toBe(-1);
      expect(text(one(row, 'td.scorecard-bar'))).toMatch(/^\d+%/);
    }
  });
});
