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

describe('normalizeForMatching in Spanish', () => {
  test('returns one composed letter for a letter and its combining accent, at the letter’s offset', () => {
    const { text, offsets } = normalizeForMatching('acci\u006F\u0301n ya');
    expect(text).toBe('acción ya');
    expect(offsets).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9, 10]);
  });

  test('returns «» and ‘’ as plain quotes', () => {
    expect(normalizeForMatching('«sí» ‘no’').text).toBe('"sí" \'no\'');
  });
});

/** A Spanish text, its accents written decomposed (NFD) as some editors paste them. */
const spanish = [
  '«La cooperación militar con Irán es legítima», dijo el ministro.'.normalize('NFD'),
  '¿Quién pagará los drones? ¡Nadie lo sabe!',
  'El ministro afirmó que “los drones vigilarán la frontera” desde julio.',
];
const es = new QuoteIndex(spanish);
const anchoredEs = (quote: string, prefix?: string) => {
  const result = es.anchor({ quote, ...(prefix ? { prefix } : {}) });
  if (!result.ok) throw new Error(`not anchored: ${result.reason}`);
  return spanish[result.span.block]!.slice(result.span.start, result.span.end);
};

describe('QuoteIndex.anchor in Spanish', () => {
  test('returns the span of a quote in NFC in a text in NFD, its last accent included, the text unchanged', () => {
    expect(anchoredEs('La cooperación militar con Irán'.normalize('NFC'))).toBe('La cooperación militar con Irán'.normalize('NFD'));
    expect(anchoredEs('con Irán'.normalize('NFC')).endsWith('a\u0301n')).toBe(true);
  });

  test('returns the span of a quote in NFD in a text in NFC', () => {
    expect(anchoredEs('¿Quién pagará los drones?'.normalize('NFD'))).toBe('¿Quién pagará los drones?');
  });

  test('ignores «» and “” against plain quotes, and either against the other', () => {
    expect(anchoredEs('"La cooperación militar con Irán es legítima"')).toBe(spanish[0]!.slice(0, spanish[0]!.indexOf('»') + 1));
    expect(anchoredEs('«los drones vigilarán la frontera»')).toBe('“los drones vigilarán la frontera”');
  });

  test('returns a quote that starts at ¿ or ¡, or just after it', () => {
    expect(anchoredEs('¿Quién pagará los drones?')).toBe('¿Quién pagará los drones?');
    expect(anchoredEs('Quién pagará los drones')).toBe('Quién pagará los drones');
    expect(anchoredEs('¡Nadie lo sabe!')).toBe('¡Nadie lo sabe!');
    expect(anchoredEs('Nadie lo sabe')).toBe('Nadie lo sabe');
  });

  test('returns missing, not a match inside a word, for an accented letter quoted without its accent', () => {
    expect(es.anchor({ quote: 'La cooperacion militar' })).toMatchObject({ ok: false, reason: 'missing', nearest: { distance: 1 } });
  });

  test('returns the nearest passage whole, its accents included, for a near miss in a text in NFD', () => {
    const result = es.anchor({ quote: 'La cooperacion militar con Irán' });
    expect(result).toMatchObject({ ok: false, reason: 'missing', nearest: { passage: 'La cooperación militar con Irán'.normalize('NFD') } });
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
