import { describe, expect, test } from 'vitest';
import { describeArticleText, readingMinutes } from '#lib/model/article-text.ts';
import { articleEntry } from '../../support/actors.ts';

const archived = 'https://web.archive.org/web/2023/https://example.org/a';

describe('describeArticleText', () => {
  test('returns the outlet, the whole text unchanged, the words and the minutes', () => {
    expect(describeArticleText(articleEntry('a', '2026', 'x').data, 'Tehran Times', 912)).toBe('The text as published by Tehran Times, unchanged: 912 words, about 4 min.');
  });

  test('returns the language of a text in another language', () => {
    expect(describeArticleText(articleEntry('a', '2026', 'x', { lang: 'es-AR' }).data, 'La Nación', 1200)).toBe(
      'The text as published by La Nación, in Spanish (Argentina), unchanged: 1,200 words, about 5 min.',
    );
  });

  test('returns "Excerpts" for an article of excerpts', () => {
    const data = articleEntry('a', '2026', 'x', { lang: 'es', text: 'excerpts', source: { outlet: 'tehran-times', url: 'https://example.org/a', archived, published: '2023' } }).data;
    expect(describeArticleText(data, 'El Diario', 120)).toBe('Excerpts of the text as published by El Diario, in Spanish, verbatim: 120 words, about 1 min.');
  });

  test("returns the site's own text as its own, citing its sources", () => {
    const data = articleEntry('a', '2026', 'x', { source: { outlet: 'dossier', published: '2023' }, sources: [{ title: 'S', url: 'https://example.org/s' }] }).data;
    expect(describeArticleText(data, 'Dossier', 460)).toBe('Written by Dossier, citing its sources in the text and listing them below: 460 words, about 2 min.');
  });
});

describe('readingMinutes', () => {
  test('returns at least one minute, at 230 words a minute', () => {
    expect([0, 100, 345, 460, 4600].map(readingMinutes)).toEqual([1, 1, 2, 2, 20]);
  });
});
