import { describe, expect, test } from 'vitest';
import { AhoCorasick } from '#lib/text/aho-corasick.ts';

describe('AhoCorasick', () => {
  test('returns every occurrence, overlapping ones included', () => {
    const automaton = new AhoCorasick(['he', 'she', 'his', 'hers']);
    const found = automaton.search('ushers').map(({ start, end, pattern }) => [start, end, pattern]);
    expect(found).toEqual([
      [1, 4, 1],
      [2, 4, 0],
      [2, 6, 3],
    ]);
  });

  test('returns a pattern contained in another through failure links', () => {
    const automaton = new AhoCorasick(['Tehran Times', 'Tehran', 'Times']);
    const found = automaton.search('the Tehran Times said').map(({ pattern }) => pattern);
    expect(found.sort()).toEqual([0, 1, 2]);
  });

  test('is case-sensitive and handles characters outside the BMP', () => {
    const automaton = new AhoCorasick(['Iran', '𝒳 Corp']);
    expect(automaton.search('IRAN iran Iran')).toEqual([{ start: 10, end: 14, pattern: 0 }]);
    expect(automaton.search('a 𝒳 Corp b')).toEqual([{ start: 2, end: 9, pattern: 1 }]);
  });

  test('returns nothing for an empty text or no patterns', () => {
    expect(new AhoCorasick(['x']).search('')).toEqual([]);
    expect(new AhoCorasick([]).search('anything')).toEqual([]);
  });
});
