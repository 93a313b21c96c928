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

  test('reads ordinals, abbreviations and spans as a reader would', () => {
    expect(phraseDate('August 3rd', '2023-08')).toBe('2023-08-03');
    expect(phraseDate('the 1st of May', '2023')).toBe('2023-05-01');
    expect(phraseDate('Sept. 3', '2023')).toBe('2023-09-03');
    expect(phraseDate("July '23", '2023-07-20')).toBe('2023-07');
    // A span, or a decade, is not one date: the event's own.
    expect(phraseDate('20–21 July', '2023-07')).toBe('2023-07');
    expect(phraseDate('July 31–August 2', '2023-08')).toBe('2023-08');
    expect(phraseDate('3 June to July', '2023-07')).toBe('2023-07');
    expect(phraseDate('the 1990s', '1994-07-18')).toBe('1994-07-18');
    // Within an event that lasts several days.
    expect(phraseDate('22 July', '2023-07-20', '2023-07-25')).toBe('2023-07-22');
    expect(phraseDate('28 July', '2023-07-20', '2023-07-25')).toBe('2023-07-20');
  });

  test('reads Spanish dates: "26 de julio de 2023", "julio de 2023", "el 26 de julio", "el año pasado"', () => {
    expect(phraseDate('26 de julio de 2023', '2023-07')).toBe('2023-07-26');
    expect(phraseDate('el 26 de julio', '2023-07')).toBe('2023-07-26');
    expect(phraseDate('El 26 de julio', '2023')).toBe('2023-07-26');
    expect(phraseDate('julio de 2023', '2023-07-20')).toBe('2023-07');
    expect(phraseDate('En julio', '2023-07-20')).toBe('2023-07');
    expect(phraseDate('1 de septiembre', '2023')).toBe('2023-09-01');
    expect(phraseDate('en 1994', '1994-07-18')).toBe('1994');
    expect(phraseDate('el año pasado', '2022-12-27')).toBe('2022');
    expect(phraseDate('el an\u0303o pasado', '2022-12-27')).toBe('2022');
    expect(phraseDate('ese mes', '2023-07-20')).toBe('2023-07');
    // A date the event does not hold gives the event's own.
    expect(phraseDate('el 28 de julio', '2023-07-20')).toBe('2023-07-20');
  });

  test('takes no name for a month', () => {
    expect(phraseDate('Theresa May resigned', '2019')).toBe('2019');
    expect(phraseDate('the Mar-a-Lago search', '2022')).toBe('2022');
    expect(phraseDate("after Jan Egeland's visit", '2023')).toBe('2023');
    expect(phraseDate('In May', '2024')).toBe('2024-05');
    expect(phraseDate('mid-2023', '2023-06')).toBe('2023');
  });
});
