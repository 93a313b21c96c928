import { describe, expect, test } from 'vitest';
import { pageParam, pagePath, pageWindow, paginateList } from '#lib/model/pagination.ts';

describe('paginateList', () => {
  test('splits a list into pages of the size, the last holding the rest', () => {
    const pages = paginateList([...'abcdefg'], 3);
    expect(pages.map((page) => page.items.join(''))).toEqual(['abc', 'def', 'g']);
    expect(pages.map(({ number, count, from, to, total }) => [number, count, from, to, total])).toEqual([
      [1, 3, 1, 3, 7],
      [2, 3, 4, 6, 7],
      [3, 3, 7, 7, 7],
    ]);
  });

  test('gives an empty list its one empty page', () => {
    expect(paginateList([], 50)).toEqual([{ items: [], number: 1, count: 1, from: 0, to: 0, total: 0 }]);
  });

  test('keeps a list that fills its pages exactly to that many pages', () => {
    expect(paginateList([1, 2, 3, 4], 2).map((page) => page.items)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  test('refuses a page size below one', () => {
    expect(() => paginateList([1], 0)).toThrow('expected a page size of at least 1, got 0');
  });
});

describe('page URLs', () => {
  test('keep the list URL for the first page and add page/<n>/ for the others', () => {
    expect([pagePath('/claims/', 1), pagePath('/claims/', 2), pagePath('/claims/rating/false/', 12)]).toEqual([
      '/claims/',
      '/claims/page/2/',
      '/claims/rating/false/page/12/',
    ]);
    expect([pageParam(1), pageParam(3)]).toEqual([undefined, 'page/3']);
  });
});

describe('pageWindow', () => {
  test('shows every page of a short list', () => {
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  test('shows the first, the last and the pages near the current one, with gaps', () => {
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(pageWindow(20, 20, 1)).toEqual([1, null, 19, 20]);
  });

  test('leaves no gap where only one page would be left out', () => {
    expect(pageWindow(4, 9)).toEqual([1, 2, 3, 4, 5, 6, null, 9]);
    expect(pageWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageWindow(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
  });
});
