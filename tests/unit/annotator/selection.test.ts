/**
 * From the words an analyst selected (and the text around them, as the page
 * sends it) to the selector the file stores: the quote alone where it occurs
 * once, else the fewest words of prefix or suffix that settle it.
 */
import { describe, expect, test } from 'vitest';
import { selectorFor } from '#annotator/selection.ts';
import { QuoteIndex } from '#lib/text/quote-anchor.ts';
import { bodyBlocks } from '#authoring/body-blocks.ts';

const BODY = `The growing relations between Iran and Latin American governments have caused concern, which is viewed as a threat to the United States.

In July, Iran's Defense Minister signed a memorandum, which has caused reactions from the United States and some of Bolivia's neighbors.

Iran's military cooperation has prompted reactions from the United States and its allies.
`;

/** Where a selector lands in the body. */
function landsAt(selector: Parameters<QuoteIndex['anchor']>[0]) {
  const result = new QuoteIndex(bodyBlocks(BODY)).anchor(selector);
  return result.ok ? result.span : undefined;
}

describe('selectorFor', () => {
  test('a quote that occurs once is stored alone, whatever context came with it', () => {
    const result = selectorFor(BODY, { quote: 'Iran and Latin American governments', before: 'relations between ', after: ' have caused' });
    expect(result).toMatchObject({ ok: true, selector: { quote: 'Iran and Latin American governments' } });
  });

  test('a repeated quote gets the fewest words of prefix or suffix that settle it, and anchors where it was selected', () => {
    // "the United States" is in all three paragraphs, twice after "reactions from"; the second is selected.
    const result = selectorFor(BODY, { quote: 'the United States', before: 'which has caused reactions from ', after: ' and some of Bolivia' });
    expect(result.ok && result.selector).toEqual({ quote: 'the United States', suffix: 'and some' });
    expect(result.ok && landsAt(result.selector)).toEqual({ block: 1, start: 86, end: 103 });
    const first = selectorFor(BODY, { quote: 'the United States', before: 'viewed as a threat to ', after: '.' });
    expect(first.ok && first.selector).toEqual({ quote: 'the United States', prefix: 'to' });
    expect(first.ok && landsAt(first.selector)?.block).toBe(0);
  });

  test('a suffix settles a repeat when the prefix cannot', () => {
    const body = 'Iran signed. Iran signed.\n';
    const result = selectorFor(body, { quote: 'Iran signed.', before: '', after: ' Iran signed.' });
    expect(result.ok && result.selector).toEqual({ quote: 'Iran signed.', suffix: 'Iran' });
  });

  test('whitespace in the selection is the text’s own, whatever the page made of it', () => {
    const result = selectorFor('A long\nline broken in the source.\n', { quote: '  long line  broken ' });
    expect(result.ok && result.selector).toEqual({ quote: 'long line broken' });
  });

  test('says why a selection gives no selector', () => {
    expect(selectorFor(BODY, { quote: '   ' })).toEqual({ ok: false, message: 'Select some words of the text first.' });
    expect(selectorFor(BODY, { quote: 'words not in the text' })).toMatchObject({ ok: false, message: expect.stringContaining('is not in the text') });
    expect(selectorFor(BODY, { quote: 'ran and Latin' })).toMatchObject({ ok: false, message: expect.stringContaining('inside a word') });
    expect(selectorFor('Yes.\n\nYes.\n', { quote: 'Yes.' })).toMatchObject({ ok: false, message: expect.stringContaining('more than once') });
  });
});
