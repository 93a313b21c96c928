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

const MONTH_WORDS = new Map(
  MONTHS.flatMap((name, i) => [
    [name.toLowerCase(), i + 1],
    [name.slice(0, 3).toLowerCase(), i + 1],
  ]),
);
MONTH_WORDS.set('sept', 9);
const WORD = /[A-Za-z]+|\d+/g;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The date a phrase of a text itself says, as a partial date, with what it
 * leaves out taken from the date of the event it refers to: "August 3" of an
 * event in August 2023 is `2023-08-03`, "in 2019" of an event on 10 November
 * 2019 is `2019`, "In July" is `2023-07`, "Last year" is the event's year
 * and "that month" its month. A phrase that names no date ("Shortly after the coup"), or one that
 * contradicts the event's date, gives the event's date.
 */
export function phraseDate(phrase: string, eventDate: string): string {
  const event = toPartialDate(eventDate);
  const words = phrase.match(WORD) ?? [];
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let relativeYear = false;
  let relativeMonth = false;
  words.forEach((word, i) => {
    const lower = word.toLowerCase();
    // A month is written with a capital, which also keeps the verb "may" from being one.
    const monthNumber = /^[A-Z]/.test(word) ? MONTH_WORDS.get(lower) : undefined;
    if (monthNumber !== undefined) {
      month = monthNumber;
      // "August 3", "3 August", "August 3rd"
      for (const near of [words[i + 1], words[i - 1]]) {
        const n = near !== undefined && /^\d{1,2}$/.test(near) ? Number(near) : Number.NaN;
        if (n >= 1 && n <= 31) day = n;
      }
    } else if (/^\d{4}$/.test(word)) year = Number(word);
    else if ((lower === 'year' || lower === 'month') && /^(last|this|next|that|same)$/i.test(words[i - 1] ?? '')) {
      if (lower === 'year') relativeYear = true;
      else relativeMonth = true;
    }
  });
  const consistent =
    (year === undefined || year === event.year) &&
    (month === undefined || event.month === undefined || month === event.month) &&
    (day === undefined || event.day === undefined || day === event.day);
  if (!consistent) return event.iso;
  if (month !== undefined && day !== undefined) {
    const iso = `${event.year}-${pad(month)}-${pad(day)}`;
    return parsePartialDate(iso)?.iso ?? event.iso;
  }
  if (month !== undefined) return `${event.year}-${pad(month)}`;
  if (relativeMonth && event.month !== undefined) return `${event.year}-${pad(event.month)}`;
  if (year !== undefined || relativeYear) return String(event.year);
  return event.iso;
}
