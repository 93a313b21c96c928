import { describe, expect, test } from 'vitest';
import { comparePartialDates, formatPartialDate, parsePartialDate, phraseDate } from '#lib/content/partial-date.ts';

describe('parsePartialDate', () => {
  test('returns the precision and canonical form of each accepted shape', () => {
    expect(parsePartialDate('1994')).toEqual({ year: 1994, precision: 'year', iso: '1994' });
    expect(parsePartialDate('2023-07')).toEqual({ year: 2023, month: 7, precision: 'month', iso: '2023-07' });
    expect(parsePartialDate('2023-07-20')).toEqual({
      year: 2023,
      month: 7,
      day: 20,
      precision: 'day',
      iso: '2023-07-20',
    });
  });

  test('accepts the number and Date values that YAML parsers produce', () => {
    expect(parsePartialDate(2019)?.iso).toBe('2019');
    expect(parsePartialDate(new Date('2023-08-03T00:00:00Z'))?.iso).toBe('2023-08-03');
  });

  test('returns undefined for dates that are not on the calendar', () => {
    expect(parsePartialDate('2023-13')).toBeUndefined();
    expect(parsePartialDate('2023-00')).toBeUndefined();
    expect(parsePartialDate('2023-02-29')).toBeUndefined();
    expect(parsePartialDate('2024-02-29')?.precision).toBe('day');
    expect(parsePartialDate('2023-04-31')).toBeUndefined();
  });

  test('returns undefined for other shapes and types', () => {
    for (const value of ['July 2023', '23-07-20', '2023/07/20', '2023-7', '', 2023.5, null, undefined, {}]) {
      expect(parsePartialDate(value), String(value)).toBeUndefined();
    }
  });
});

describe('formatPartialDate', () => {
  test('writes each precision the way a reader says it', () => {
    expect(formatPartialDate('1994')).toBe('1994');
    expect(formatPartialDate('2023-07')).toBe('July 2023');
    expect(formatPartialDate('2023-08-03')).toBe('3 August 2023');
  });

  test('throws on a value that is not a partial date', () => {
    expect(() => formatPartialDate('July')).toThrow('"July" is not a partial date');
  });
});

describe('comparePartialDates', () => {
  test('returns chronological order, a year before the months it contains', () => {
    const dates = ['2023-07-20', '1994-07-18', '2023', '2019-11', '2023-07'];
    expect(dates.sort(comparePartialDates)).toEqual(['1994-07-18', '2019-11', '2023', '2023-07', '2023-07-20']);
  });
});

describe('phraseDate', () => {
  test('encodes the day a phrase names, even when its event is known only to the month', () => {
    expect(phraseDate('August 3', '2023-08')).toBe('2023-08-03');
    expect(phraseDate('3 August', '2023')).toBe('2023-08-03');
    expect(phraseDate('on July 20, 2023', '2023-07-20')).toBe('2023-07-20');
  });

  test('encodes no more than the phrase says', () => {
    expect(phraseDate('in 2019', '2019-11-10')).toBe('2019');
    expect(phraseDate('1994', '1994-07-18')).toBe('1994');
    expect(phraseDate('In July', '2023-07-20')).toBe('2023-07');
    expect(phraseDate('Last year', '2022-12-27')).toBe('2022');
    expect(phraseDate('that month', '2023-07-20')).toBe('2023-07');
  });

  test("gives the event's date to a phrase that names none, or one that contradicts it", () => {
    expect(phraseDate('Shortly after the coup', '2020-11-08')).toBe('2020-11-08');
    expect(phraseDate('It may happen', '2020-11')).toBe('2020-11');
    expect(phraseDate('In June', '2023-07')).toBe('2023-07');
    expect(phraseDate('in 2018', '2019-11-10')).toBe('2019-11-10');
    expect(phraseDate('February 30', '2023-02')).toBe('2023-02');
  });
});
