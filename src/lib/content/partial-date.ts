/**
 * Partial dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 *
 * News text dates things loosely ("in 2019", "In July"), so every date in the
 * content model carries its own precision. The canonical form is the ISO 8601
 * string at that precision, which is also a valid HTML `datetime` value.
 */

/** How much of a partial date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A calendar date known to a year, a month or a day. */
export interface PartialDate {
  readonly year: number;
  /** 1–12, when the precision is `month` or `day`. */
  readonly month?: number;
  /** 1–31, when the precision is `day`. */
  readonly day?: number;
  readonly precision: DatePrecision;
  /** Canonical form: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly iso: string;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** What a partial date must look like, for error messages. */
export const PARTIAL_DATE_FORMS = 'YYYY, YYYY-MM or YYYY-MM-DD';

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses a partial date from frontmatter. YAML parsers hand over `1994` as a
 * number and `2023-07-20` as a `Date`, so both are accepted beside strings.
 * Returns `undefined` for anything that is not a real calendar date.
 */
export function parsePartialDate(value: unknown): PartialDate | undefined {
  let text: string;
  if (typeof value === 'string') text = value.trim();
  else if (typeof value === 'number' && Number.isInteger(value)) text = String(value);
  else if (value instanceof Date && !Number.isNaN(value.getTime())) text = value.toISOString().slice(0, 10);
  else return undefined;

  const match = PATTERN.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { year, precision: 'year', iso: text };
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return { year, month, precision: 'month', iso: text };
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day', iso: text };
}

/** Parses a canonical partial date, throwing where it is not one (a programming error, not a content one). */
export function toPartialDate(iso: string): PartialDate {
  const date = parsePartialDate(iso);
  if (!date) throw new TypeError(`"${iso}" is not a partial date (${PARTIAL_DATE_FORMS})`);
  return date;
}

/**
 * Orders partial dates chronologically. A less precise date sorts before the
 * more precise dates it contains ("2023" before "2023-07" before "2023-07-20"),
 * which is also plain string order of the canonical form.
 */
export function comparePartialDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether partial date `a` certainly begins after `b` ends: "2024" after "2023-07", not "2023" after "2023-07". */
export function startsAfter(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return comparePartialDates(a.slice(0, length), b.slice(0, length)) > 0;
}

/** Formats a partial date for readers: "1994", "July 2023", "20 July 2023". */
export function formatPartialDate(iso: string): string {
  const { year, month, day } = toPartialDate(iso);
  if (month === undefined) return String(year);
  const monthName = MONTHS[month - 1];
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/**
 * Formats a span of partial dates, sharing what the two ends share:
 * "20–21 July 2023", "20 July – 3 August 2023", "July–August 2023",
 * "2019–2020". Without an end, the date alone.
 */
export function formatDateRange(start: string, end?: string): string {
  if (end === undefined || end === start) return formatPartialDate(start);
  const a = toPartialDate(start);
  const b = toPartialDate(end);
  const full = `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  if (a.precision !== b.precision || a.year !== b.year) {
    return a.precision === 'year' && b.precision === 'year' ? `${a.year}–${b.year}` : full;
  }
  if (a.precision === 'month') return `${MONTHS[a.month! - 1]}–${MONTHS[b.month! - 1]} ${a.year}`;
  if (a.precision === 'day') {
    return a.month === b.month
      ? `${a.day}–${b.day} ${MONTHS[a.month! - 1]} ${a.year}`
      : `${a.day} ${MONTHS[a.month! - 1]} – ${b.day} ${MONTHS[b.month! - 1]} ${a.year}`;
  }
  return full;
}

/** Spanish month names, as Spanish writes them (in lower case) and at the start of a sentence. */
const SPANISH_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'] as const;

/** Month names, English and Spanish, and the abbreviations that count only before a day, a year or a full stop ("Aug. 3"). */
const MONTH_NAMES = new Map<string, number>([
  ...MONTHS.map((name, i) => [name, i + 1] as const),
  ...SPANISH_MONTHS.flatMap((name, i) => [[name, i + 1], [`${name[0]!.toUpperCase()}${name.slice(1)}`, i + 1]] as const),
  ['setiembre', 9],
  ['Setiembre', 9],
]);
const MONTH_ABBREVIATIONS = new Map<string, number>([...MONTHS.map((name, i) => [name.slice(0, 3), i + 1] as const), ['Sept', 9] as const]);
/** Capitalised words that may stand before a month ("In May", "Since June", "En julio"); any other makes it a name ("Theresa May"). */
const BEFORE_MONTH = new Set([
  'in', 'on', 'by', 'since', 'until', 'till', 'from', 'of', 'before', 'after', 'last', 'early', 'late', 'mid', 'this', 'next', 'that', 'during', 'through',
  'en', 'el', 'de', 'del', 'desde', 'hasta', 'durante', 'tras', 'antes', 'para', 'a', 'principios', 'mediados', 'finales', 'entre',
]);
/** Words that join a day to its month: "3rd of August", "26 de julio". */
const DAY_OF = new Set(['of', 'de']);
/** Words that make "year" or "month" relative: "last year", "that month", "el año pasado", "ese mes". */
const RELATIVE_BEFORE = /^(last|this|next|that|same|este|ese|aquel|mismo)$/i;
const RELATIVE_AFTER = /^(pasado|anterior|siguiente|próximo)$/i;
const RELATIVE_UNITS = new Map<string, 'year' | 'month'>([['year', 'year'], ['month', 'month'], ['año', 'year'], ['mes', 'month']]);
/** Words, numbers with an ordinal ending, years of two digits ("'23") and decades ("1990s"), each with what follows it. */
const TOKEN = /['’]\d{2}\b|\d+(?:st|nd|rd|th|s)?|\p{L}+\.?/gu;
const pad = (n: number) => String(n).padStart(2, '0');

/** A day of the month written as `3` or `3rd`. */
function dayOf(token: string | undefined): number | undefined {
  const match = token === undefined ? null : /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(token);
  const day = match ? Number(match[1]) : Number.NaN;
  return day >= 1 && day <= 31 ? day : undefined;
}

/**
 * The date a phrase of a text itself says, as a partial date, with what it
 * leaves out taken from the date of the event it refers to: "August 3" of an
 * event in August 2023 is `2023-08-03`, "in 2019" of an event on 10 November
 * 2019 is `2019`, "In July" is `2023-07`, "Last year" is the event's year
 * and "that month" its month. Spanish says the same in its own words: "el 26
 * de julio", "26 de julio de 2023", "julio de 2023", "el año pasado". A
 * phrase that names no date ("Shortly after the coup", "the 1990s"), that
 * names a span ("20–21 July"), or that falls outside the event's dates gives
 * the event's own date.
 */
export function phraseDate(phrase: string, eventDate: string, eventEnd?: string): string {
  const event = toPartialDate(eventDate);
  // Composed, so that an accented word ("año") is one token however the text writes it.
  const tokens = phrase.normalize('NFC').match(TOKEN) ?? [];
  const months: number[] = [];
  const days: number[] = [];
  const years: number[] = [];
  let relative: 'year' | 'month' | undefined;
  for (const [i, token] of tokens.entries()) {
    const word = token.replace(/\.$/, '');
    const next = tokens[i + 1];
    const previous = tokens[i - 1]?.replace(/\.$/, '');
    const abbreviated = MONTH_ABBREVIATIONS.get(word);
    let month = MONTH_NAMES.get(word);
    const datedNext = token.endsWith('.') || dayOf(next) !== undefined || /^\d{4}$/.test(next ?? '');
    if (month === undefined && abbreviated !== undefined && datedNext) month = abbreviated;
    const namedBefore = previous !== undefined && /^\p{Lu}/u.test(previous) && !BEFORE_MONTH.has(previous.toLowerCase());
    if (namedBefore && !MONTH_NAMES.has(previous)) month = undefined;
    if (month !== undefined) {
      months.push(month);
      // "August 3", "3 August", "3rd of August", "26 de julio"
      const day = dayOf(next) ?? dayOf(previous) ?? (previous !== undefined && DAY_OF.has(previous) ? dayOf(tokens[i - 2]) : undefined);
      if (day !== undefined) days.push(day);
    } else if (/^\d{4}$/.test(token)) years.push(Number(token));
    else {
      const unit = RELATIVE_UNITS.get(word.toLowerCase());
      if (unit !== undefined && (RELATIVE_BEFORE.test(previous ?? '') || RELATIVE_AFTER.test(next?.replace(/\.$/, '') ?? ''))) relative = unit;
    }
  }
  if (months.length > 1 || days.length > 1 || years.length > 1 || /\d\s*[–-]\s*\d/.test(phrase)) return event.iso;
  const [month] = months;
  const [day] = days;
  const [year = event.year] = years;
  let said: string | undefined;
  if (month !== undefined && day !== undefined) said = parsePartialDate(`${year}-${pad(month)}-${pad(day)}`)?.iso;
  else if (month !== undefined) said = `${year}-${pad(month)}`;
  else if (years.length > 0 || relative === 'year') said = String(year);
  else if (relative === 'month' && event.month !== undefined) said = `${year}-${pad(event.month)}`;
  if (said === undefined) return event.iso;
  // What the phrase says must fall within the event: its start and its end, each compared at the coarser precision.
  const within = (from: string, to: string) => said.slice(0, from.length) >= from.slice(0, said.length) && said.slice(0, to.length) <= to.slice(0, said.length);
  return within(event.iso, eventEnd ?? event.iso) ? said : event.iso;
}
