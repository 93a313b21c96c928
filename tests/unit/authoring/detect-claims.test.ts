import { describe, expect, test } from 'vitest';
import { claimIdFrom, detectClaims } from '#authoring/detect-claims.ts';

describe('detectClaims', () => {
  test('returns sentences with attributions, quotations, numbers, superlatives, firsts and predictions, with a kind', () => {
    const text = [
      'According to officials, the talks failed.',
      'The minister said, “We are ready.”',
      'The deal covers 12 drones.',
      'It is the largest deal in the region.',
      'It was the first appearance of such drones.',
      'The weapons will protect Bolivia.',
      'The United States is a country.',
      'Relations are growing.',
    ].join(' ');
    expect(detectClaims(text).map(({ quote, kind, signals }) => [quote, kind, signals.join(',')])).toEqual([
      ['According to officials, the talks failed.', 'attribution', 'attribution'],
      ['The minister said, “We are ready.”', 'attribution', 'attribution,quotation'],
      ['The deal covers 12 drones.', 'factual', 'number'],
      ['It is the largest deal in the region.', 'factual', 'superlative'],
      ['It was the first appearance of such drones.', 'factual', 'first'],
      ['The weapons will protect Bolivia.', 'prediction', 'prediction'],
    ]);
  });

  test('returns offsets that give back the quote', () => {
    const text = 'Nothing here.  Officials said 3 things.';
    const [claim] = detectClaims(text);
    expect(claim && text.slice(claim.start, claim.end)).toBe('Officials said 3 things.');
  });
});

describe('claimIdFrom', () => {
  test('returns the first meaningful words as an id', () => {
    expect(claimIdFrom('Iranian weapons will protect Bolivia against the growing threats.')).toBe('iranian-weapons-protect-bolivia');
    expect(claimIdFrom('Bolivia faced a U.S.-backed coup in 2019.')).toBe('bolivia-faced-us-backed-coup');
    expect(claimIdFrom('“…”')).toBeUndefined();
  });
});
