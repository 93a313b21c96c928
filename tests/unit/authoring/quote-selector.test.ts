import { describe, expect, test } from 'vitest';
import { selectSpan } from '#authoring/quote-selector.ts';
import { QuoteIndex } from '#lib/text/quote-anchor.ts';

const blocks = ['In July, Iran signed. In July, Bolivia signed.', 'Bolivia signed.'];
const index = new QuoteIndex(blocks);

describe('selectSpan', () => {
  test('returns the quote alone when it occurs once', () => {
    expect(selectSpan(index, blocks, { block: 0, start: 9, end: 21 })).toEqual({ quote: 'Iran signed.' });
  });

  test('returns a prefix or suffix that settles a repeated quote, and it anchors that occurrence', () => {
    const second = selectSpan(index, blocks, { block: 0, start: 22, end: 29 });
    expect(second).toEqual({ quote: 'In July', prefix: 'signed.' });
    const result = index.anchor(second!);
    expect(result.ok && result.span).toEqual({ block: 0, start: 22, end: 29 });
    // At the start of its block, with no prefix to give, the suffix settles it.
    const again = ['Iran signed. Iran signed.'];
    expect(selectSpan(new QuoteIndex(again), again, { block: 0, start: 0, end: 12 })).toEqual({ quote: 'Iran signed.', suffix: 'Iran' });
  });

  test('returns nothing when no context settles the quote', () => {
    const twice = ['Yes. Yes.'];
    expect(selectSpan(new QuoteIndex(twice), twice, { block: 0, start: 5, end: 9 })).toEqual({ quote: 'Yes.', prefix: 'Yes.' });
    const same = ['Yes.', 'Yes.'];
    expect(selectSpan(new QuoteIndex(same), same, { block: 1, start: 0, end: 4 })).toBeUndefined();
  });
});
