import { describe, expect, test } from 'vitest';
import { findNearest } from '#lib/check/nearest.ts';

describe('findNearest', () => {
  const ids = ['iran', 'iraq', 'bolivia', 'argentina', 'edmundo-novillo', 'mohammad-reza-ashtiani'];

  test('returns the closest ids first', () => {
    expect(findNearest('bolivai', ids)).toEqual(['bolivia']);
    expect(findNearest('irn', ids)).toEqual(['iran', 'iraq']);
    expect(findNearest('edmundo-novilo', ids)).toEqual(['edmundo-novillo']);
  });

  test('returns nothing when no id is a plausible typo', () => {
    expect(findNearest('united-states', ids)).toEqual([]);
  });

  test('returns at most `limit` ids', () => {
    expect(findNearest('ira', ids, 1)).toHaveLength(1);
  });
});
