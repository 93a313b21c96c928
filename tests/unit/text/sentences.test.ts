import { describe, expect, test } from 'vitest';
import { asSentence, sentenceAt, splitSentences } from '#lib/text/sentences.ts';

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

describe('asSentence', () => {
  test('returns the text with a full stop when it ends without one', () => {
    expect(asSentence(' Tehran Times, 2023 ')).toBe('Tehran Times, 2023.');
    expect(asSentence('Claim: “baseless”')).toBe('Claim: “baseless”.');
  });

  test('returns the text as it is when it ends a sentence already', () => {
    for (const text of ['Tehran is its capital.', "Concerns about the rise of Iran's …", 'Who pays?', 'Stop!', 'He said “no.”', '(See above.)', '']) {
      expect(asSentence(text)).toBe(text);
    }
  });
});
