import { describe, expect, test } from 'vitest';
import { QuoteIndex } from '#lib/text/quote-anchor.ts';
import { normalizeForMatching } from '#lib/text/normalize.ts';

const blocks = [
  'In July, Iran’s Defense Minister signed a defense MOU with his Bolivian counterpart.',
  'The report said, “The deal between Bolivia and Iran creates security risks for Argentina.”',
  'Bolivia faced a U.S.-backed coup in 2019; Shortly after the coup, Bolivia again tried.',
  'Iran–Bolivia ties grew.   Iran\nwatched.',
];
const index = new QuoteIndex(blocks);

/** The text a successful anchor points at. */
function anchored(selector: { quote: string; prefix?: string; suffix?: string }): string {
  const result = index.anchor(selector);
  if (!result.ok) throw new Error(`not anchored: ${result.reason}`);
  return blocks[result.span.block]!.slice(result.span.start, result.span.end);
}

describe('normalizeForMatching', () => {
  test('returns one space for any whitespace and plain quotes and dashes, keeping offsets', () => {
    const { text, offsets } = normalizeForMatching('a \n\t“b”—c’');
    expect(text).toBe('a "b"-c\'');
    expect(offsets).toEqual([0, 1, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('QuoteIndex.anchor', () => {
  test('returns the exact span of a verbatim quote', () => {
    expect(index.anchor({ quote: 'signed a defense MOU' })).toEqual({ ok: true, span: { block: 0, start: 33, end: 53 } });
  });

  test('ignores differences of typographic quotes, apostrophes and dashes', () => {
    expect(anchored({ quote: "Iran's Defense Minister" })).toBe('Iran’s Defense Minister');
    expect(anchored({ quote: '"The deal between Bolivia and Iran' })).toBe('“The deal between Bolivia and Iran');
    expect(anchored({ quote: 'Iran-Bolivia ties' })).toBe('Iran–Bolivia ties');
  });

  test('ignores differences of whitespace, including line breaks', () => {
    expect(anchored({ quote: 'ties grew. Iran watched' })).toBe('ties grew.   Iran\nwatched');
    expect(anchored({ quote: '  signed   a defense\nMOU ' })).toBe('signed a defense MOU');
  });

  test('returns every occurrence when a quote repeats, and settles it by prefix or suffix', () => {
    const result = index.anchor({ quote: 'coup' });
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.reason === 'ambiguous' && result.occurrences.map((o) => o.start)).toEqual([
      28, 60,
    ]);
    expect(index.anchor({ quote: 'coup', prefix: 'after the' })).toMatchObject({ span: { start: 60 } });
    expect(index.anchor({ quote: 'coup', suffix: 'in 2019' })).toMatchObject({ span: { start: 28 } });
    expect(index.anchor({ quote: 'coup', prefix: 'U.S.-backed' })).toMatchObject({ span: { start: 28 } });
  });

  test('returns missing, with the closest passage and where it differs, for a near miss', () => {
    const result = index.anchor({ quote: 'signed a defence MOU with his Bolivian' });
    expect(result).toMatchObject({
      ok: false,
      reason: 'missing',
      nearest: { block: 0, passage: 'signed a defense MOU with his Bolivian', distance: 1, differsAt: 14 },
    });
  });

  test('returns missing without a passage when nothing is close', () => {
    expect(index.anchor({ quote: 'Nothing of the sort appears anywhere here' })).toEqual({
      ok: false,
      reason: 'missing',
      nearest: undefined,
    });
  });

  test('says which of prefix and suffix rules out every occurrence, with the text found there', () => {
    const byPrefix = index.anchor({ quote: 'coup', prefix: 'a military' });
    expect(byPrefix).toMatchObject({ ok: false, reason: 'context', field: 'prefix' });
    expect(byPrefix.ok === false && byPrefix.reason === 'context' && byPrefix.occurrences.map((o) => o.before)).toEqual([
      'Bolivia faced a U.S.-backed',
      'coup in 2019; Shortly after the',
    ]);
    expect(index.anchor({ quote: 'Iran watched', suffix: 'closely' })).toMatchObject({ ok: false, reason: 'context', field: 'suffix' });
  });

  test('matches whole words only: a quote that starts or ends inside a word is not found', () => {
    expect(index.anchor({ quote: 'eport said' })).toMatchObject({ ok: false, reason: 'inside-word' });
    expect(index.anchor({ quote: 'The repor' })).toMatchObject({ ok: false, reason: 'inside-word' });
    expect(index.anchor({ quote: 'J' })).toMatchObject({ ok: false, reason: 'inside-word' });
    // Punctuation at either end is no word: the quote may start or end on it.
    expect(anchored({ quote: '“The deal' })).toBe('“The deal');
    expect(anchored({ quote: 'U.S.-backed' })).toBe('U.S.-backed');
  });

  test('finds the nearest passage of a long text quickly, from the words around a typo', () => {
    const filler = Array.from({ length: 4000 }, (_, i) => `Sentence ${i} says nothing in particular about item ${i * 7}.`).join(' ');
    const long = new QuoteIndex([filler, 'Bolivia faced a U.S.-backed coup in 2019, the article says.', filler]);
    const result = long.anchor({ quote: 'Bolivia faced a U.S.-backd coup in 2019' });
    expect(result).toMatchObject({ ok: false, reason: 'missing', nearest: { block: 1, passage: 'Bolivia faced a U.S.-backed coup in 2019', distance: 1 } });
    // A quote whose every trigram carries a typo is still placed by its single words.
    expect(long.anchor({ quote: 'Bolivya faced' })).toMatchObject({ nearest: { block: 1, passage: 'Bolivia faced' } });
  });
});
