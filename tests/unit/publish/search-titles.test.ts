import { describe, expect, test } from 'vitest';
import { createTitleMatcher, readTitlesFile, titlesFile } from '#lib/publish/search-titles.ts';

const file = titlesFile({
  articles: [
    { title: 'Irán y Bolivia firman un memorando de defensa', url: '/articles/acuerdo/', note: 'El Diario · 2023', lang: 'es' },
    { title: 'Iran-Bolivia military ties', url: '/articles/ties/', note: 'Tehran Times · 2023' },
  ],
  events: [{ title: 'Iran and Bolivia sign a memorandum', url: '/events/mou/', note: '20 July 2023' }],
});

describe('titlesFile', () => {
  test('writes the language after a title in another language, and nothing for one in English', () => {
    expect(file.articles.entries).toEqual([
      ['Irán y Bolivia firman un memorando de defensa', 'acuerdo/', 'El Diario · 2023', 'es'],
      ['Iran-Bolivia military ties', 'ties/', 'Tehran Times · 2023'],
    ]);
  });
});

describe('readTitlesFile', () => {
  test('reads the language back where there is one', () => {
    const [spanish, english] = readTitlesFile(JSON.parse(JSON.stringify(file)));
    expect(spanish).toEqual({ kind: 'Article', title: 'Irán y Bolivia firman un memorando de defensa', url: '/articles/acuerdo/', note: 'El Diario · 2023', lang: 'es' });
    expect(english).not.toHaveProperty('lang');
  });

  test('throws on an entry of five fields', () => {
    expect(() => readTitlesFile({ articles: { base: '/', entries: [['t', 'p', 'n', 'es', 'x']] }, events: { base: '/', entries: [] } })).toThrow(TypeError);
  });
});

describe('createTitleMatcher', () => {
  test('finds a title in Spanish by its words with or without accents', () => {
    const match = createTitleMatcher(readTitlesFile(file));
    expect(match('iran memorando').map((entry) => entry.url)).toEqual(['/articles/acuerdo/']);
    expect(match('Irán memorando').map((entry) => entry.url)).toEqual(['/articles/acuerdo/']);
  });
});
