import { describe, expect, test } from 'vitest';
import { createTitleMatcher, readTitlesFile, titlesFile } from '#lib/publish/search-titles.ts';

const file = titlesFile({
  narratives: [{ title: "Iran's drones in Bolivia threaten Argentina", url: '/narratives/drones-threat/', note: 'first seen July 2023' }],
  articles: [
    { title: 'Iran and Bolivia sign a drones deal', url: '/articles/deal/', note: 'Tehran Times · 2023' },
    { title: 'Bolivia denies it', url: '/articles/denial/', note: 'El Diario · 2024' },
  ],
  events: [{ title: 'Iran and Bolivia sign a memorandum', url: '/events/mou/', note: '20 July 2023' }],
});

describe('titlesFile', () => {
  test('returns a section per kind, each URL under the base its section shares, and reads back in the order narratives, articles, events', () => {
    expect(file.narratives).toEqual({ base: '/narratives/drones-threat/', entries: [["Iran's drones in Bolivia threaten Argentina", '', 'first seen July 2023']] });
    expect(file.articles.base).toBe('/articles/');
    expect(readTitlesFile(JSON.parse(JSON.stringify(file))).map((entry) => [entry.kind, entry.url])).toEqual([
      ['Narrative', '/narratives/drones-threat/'],
      ['Article', '/articles/deal/'],
      ['Article', '/articles/denial/'],
      ['Event', '/events/mou/'],
    ]);
  });

  test('throws on a file without its narratives', () => {
    const { narratives: _, ...older } = file;
    expect(() => readTitlesFile(older)).toThrow('not a titles file: expected "narratives"');
  });
});

describe('createTitleMatcher', () => {
  const match = createTitleMatcher(readTitlesFile(file));

  test('returns a narrative among the titles that hold every word typed, narratives first', () => {
    expect(match('drones bol').map((entry) => [entry.kind, entry.title])).toEqual([
      ['Narrative', "Iran's drones in Bolivia threaten Argentina"],
      ['Article', 'Iran and Bolivia sign a drones deal'],
    ]);
    expect(match('threaten').map((entry) => entry.url)).toEqual(['/narratives/drones-threat/']);
  });
});
