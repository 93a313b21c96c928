import { describe, expect, test } from 'vitest';
import { sentenceAt, splitSentences } from '#lib/text/sentences.ts';

describe('splitSentences', () => {
  test('returns sentences without breaking after an abbreviation followed by lower case', () => {
    const text = 'Latin America is an arena between the U.S. and its rivals. Iran pushes in. ';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Latin America is an arena between the U.S. and its rivals.',
      'Iran pushes in.',
    ]);
  });
});

describe('sentenceAt', () => {
  test('returns the sentence containing an offset, with where its text starts', () => {
    const text = 'One. Two words here.';
    const sentence = sentenceAt(splitSentences(text), text.indexOf('words'));
    expect(sentence).toMatchObject({ text: 'Two words here.', textStart: 5 });
  });
});
