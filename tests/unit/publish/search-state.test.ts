import { describe, expect, test } from 'vitest';
import { toFilterValue, parseSearchState, serializeSearchState } from '#lib/publish/search-state.ts';

describe('parseSearchState', () => {
  test('returns the query and the filters, slugs turned into the labels the index uses', () => {
    expect(parseSearchState('?q=Novillo&type=actor&rating=partly-supported&actor=Edmundo+Novillo&genre=opinion')).toEqual({
      query: 'Novillo',
      filters: { type: ['Actor'], rating: ['Partly supported'], actor: ['Edmundo Novillo'], genre: ['Opinion'] },
    });
  });

  test('returns an empty search for an empty query string, ignoring unknown parameters', () => {
    expect(parseSearchState('')).toEqual({ query: '', filters: {} });
    expect(parseSearchState('?highlight=iran&utm_source=x')).toEqual({ query: '', filters: {} });
  });
});

describe('serializeSearchState', () => {
  test('returns a query string that parses back to the same search', () => {
    const state = { query: 'AMIA bombing', filters: { type: ['Claim', 'Event'], rating: ['Not checkable'] } };
    const search = serializeSearchState(state);
    expect(search).toBe('?q=AMIA+bombing&type=claim&type=event&rating=not-checkable');
    expect(parseSearchState(search)).toEqual(state);
  });

  test('returns an empty string for an empty search', () => {
    expect(serializeSearchState({ query: '  ', filters: {} })).toBe('');
  });
});

describe('toFilterValue', () => {
  test('returns text that cannot become markup, leaving ordinary names alone', () => {
    expect(toFilterValue('<img src=x onerror="a()"> & co')).toBe('‹img src=x onerror="a()"› & co');
    expect(toFilterValue('Asociación Mutual Israelita Argentina')).toBe('Asociación Mutual Israelita Argentina');
  });
});
