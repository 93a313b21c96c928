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

/** Titles in two languages. */
const languages = titlesFile({
  narratives: [],
  articles: [
    { title: 'Irán y Bolivia firman un memorando de defensa', url: '/articles/acuerdo/', note: 'El Diario · 2023', lang: 'es' },
    { title: 'Iran-Bolivia military ties', url: '/articles/ties/', note: 'Tehran Times · 2023' },
  ],
  events: [],
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

  test('writes the language after a title in another language, and nothing for one in English', () => {
    expect(languages.articles.entries).toEqual([
      ['Irán y Bolivia firman un memorando de defensa', 'acuerdo/', 'El Diario · 2023', 'es'],
      ['Iran-Bolivia military ties', 'ties/', 'Tehran Times · 2023'],
    ]);
  });
});

describe('readTitlesFile', () => {
  test('reads the language back where there is one', () => {
    const [spanish, english] = readTitlesFile(JSON.parse(JSON.stringify(languages)));
    expect(spanish).toEqual({ kind: 'Article', title: 'Irán y Bolivia firman un memorando de defensa', url: '/articles/acuerdo/', note: 'El Diario · 2023', lang: 'es' });
    expect(english).not.toHaveProperty('lang');
  });

  test('throws on an entry of five fields', () => {
    const empty = { base: '/', entries: [] };
    expect(() => readTitlesFile({ narratives: empty, articles: { base: '/', entries: [['t', 'p', 'n', 'es', 'x']] }, events: empty })).toThrow(TypeError);
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

  test('finds a title in Spanish by its words with or without accents', () => {
    const spanish = createTitleMatcher(readTitlesFile(languages));
    expect(spanish('iran memorando').map((entry) => entry.url)).toEqual(['/articles/acuerdo/']);
    expect(spanish('Irán memorando').map((entry) => entry.url)).toEqual(['/articles/acuerdo/']);
  });
});
