import { describe, expect, test } from 'vitest';
import { formatDateRange } from '#lib/content/partial-date.ts';
import { groupByYear, layOutAxis, yearValue } from '#lib/model/timeline.ts';

describe('formatDateRange', () => {
  test('returns the date alone without an end', () => {
    expect(formatDateRange('2023-07-20')).toBe('20 July 2023');
    expect(formatDateRange('2023-07', '2023-07')).toBe('July 2023');
  });

  test('returns a range that shares what both ends share', () => {
    expect(formatDateRange('2023-07-20', '2023-07-21')).toBe('20–21 July 2023');
    expect(formatDateRange('2023-07-20', '2023-08-03')).toBe('20 July – 3 August 2023');
    expect(formatDateRange('2019-10', '2019-11')).toBe('October–November 2019');
    expect(formatDateRange('2019', '2020')).toBe('2019–2020');
    expect(formatDateRange('2019-10-20', '2020-11')).toBe('20 October 2019 – November 2020');
    expect(formatDateRange('2022-12-30', '2023-01-02')).toBe('30 December 2022 – 2 January 2023');
  });
});

describe('yearValue', () => {
  test('returns the first day of a partial date in fractional years', () => {
    expect(yearValue('1994')).toBe(1994);
    expect(yearValue('1994-07')).toBe(1994.5);
    expect(yearValue('1994-07-18')).toBeCloseTo(1994.5466, 3);
  });
});

describe('groupByYear', () => {
  test('returns consecutive items of the same year together', () => {
    const groups = groupByYear(['1994-07-18', '2019-11', '2019', '2023-07-20'], (d) => d);
    expect(groups).toEqual([
      { year: 1994, items: ['1994-07-18'] },
      { year: 2019, items: ['2019-11', '2019'] },
      { year: 2023, items: ['2023-07-20'] },
    ]);
  });
});

describe('layOutAxis', () => {
  test('returns ticks every five years over three decades, and points between 0 and 1', () => {
    const axis = layOutAxis(['1994-07-18', '2019-11-10', '2023-08']);
    expect(axis.ticks.map((t) => t.year)).toEqual([1995, 2000, 2005, 2010, 2015, 2020]);
    expect(axis.points[0]).toBeGreaterThan(0);
    expect(axis.points[2]).toBeLessThan(1);
    expect(axis.points).toEqual([...axis.points].sort());
  });

  test('returns yearly ticks for a short span and nothing for no dates', () => {
    expect(layOutAxis(['2023-07', '2023-08']).ticks.map((t) => t.year)).toEqual([2023, 2024]);
    expect(layOutAxis([])).toEqual({ ticks: [], points: [] });
  });
});
