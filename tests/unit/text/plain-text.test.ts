import { describe, expect, test } from 'vitest';
import { excerpt, markdownToPlainText } from '#lib/text/plain-text.ts';

describe('markdownToPlainText', () => {
  test('returns the text without emphasis, link, code or heading syntax', () => {
    const markdown = '# The deal\n\nSome *emphasis*, **strength** and [a link](https://example.org "T") with `code`.';
    expect(markdownToPlainText(markdown)).toBe('The deal Some emphasis, strength and a link with code.');
  });

  test('returns blocks joined by one space, with runs of whitespace and line breaks collapsed', () => {
    const markdown = '  First   paragraph\nwrapped.\n\n\n> A   quote.\n\nLast.  ';
    expect(markdownToPlainText(markdown)).toBe('First paragraph wrapped. A quote. Last.');
  });

  test('returns an empty string for empty or blank Markdown', () => {
    expect(markdownToPlainText('')).toBe('');
    expect(markdownToPlainText(' \n\n\t')).toBe('');
  });
});

describe('excerpt', () => {
  const text = 'Iran signed a memorandum. Bolivia agreed to it. Argentina objected strongly.';

  test('returns the whole text when it fits', () => {
    expect(excerpt(text)).toBe(text);
    expect(excerpt(text, text.length)).toBe(text);
  });

  test('returns as many whole sentences as fit in max characters', () => {
    expect(excerpt(text, 50)).toBe('Iran signed a memorandum. Bolivia agreed to it.');
    expect(excerpt(text, 47)).toBe('Iran signed a memorandum. Bolivia agreed to it.');
    expect(excerpt(text, 46)).toBe('Iran signed a memorandum.');
  });

  test('returns the first sentence cut at a word with … when it alone is longer than max', () => {
    const cut = excerpt('A very long first sentence that goes on and on. Short.', 20);
    expect(cut).toBe('A very long first…');
    expect(cut.length).toBeLessThanOrEqual(20);
  });

  test('returns a hard cut with … when the text has no space to cut at', () => {
    expect(excerpt('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
  });

  test('returns sentences that keep abbreviations such as U.S. whole', () => {
    expect(excerpt('The U.S. answered. Bolivia did not.', 20)).toBe('The U.S. answered.');
  });
});
