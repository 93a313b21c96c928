/**
 * Date mentions in a new article: the phrases chrono-node reads as dates,
 * plus the bare years it leaves alone ("the 1994 bombing", "in 2019"), each
 * resolved to a partial date no more precise than the phrase, and the
 * site's events that fall on that date. A text in Spanish is read in Spanish
 * ("el 26 de julio de 2023", "julio de 2023", "en 2019"); a text in any other
 * language is read as English.
 */
import * as chrono from 'chrono-node';
import type { Entry } from '#lib/content/entry.ts';
import { type DatePrecision, type PartialDate, toPartialDate } from '#lib/content/partial-date.ts';
import { SITE_LANGUAGE } from '#lib/content/languages.ts';
import type { Event } from '#lib/content/schema/index.ts';
import { sentencePieces } from '#lib/text/sentences.ts';

/** A date phrase of the text and what it resolves to. */
export interface DateMentionCandidate {
  /** Offsets of the phrase in the text. */
  readonly start: number;
  readonly end: number;
  /** The phrase as the text writes it. */
  readonly quote: string;
  /** The date it resolves to, at the phrase's precision (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  readonly date: string;
  /** Whether the phrase leaves the year out ("In July"), so that it was taken from the reference date. */
  readonly yearAssumed: boolean;
  /** Whether the phrase is relative ("last year"), so that it was counted from the reference date. */
  readonly relative: boolean;
  /** Ids of the events on that date (or within its month or year), the closest match first. */
  readonly events: readonly string[];
}

/** What dates are counted from: the article's publication date, or else today. */
export interface DateReference {
  /** When the article was published, if known. */
  readonly published?: PartialDate | undefined;
  /** Today, used when `published` is not known. */
  readonly today: Date;
}

/** How one language writes dates: its parser, and the words kept with a phrase or that make a number a year. */
interface DateLanguage {
  readonly parser: chrono.Chrono;
  /** Words kept with a date phrase, as analysts quote them ("in 2019", "since July", "el 26 de julio"). */
  readonly leads: ReadonlySet<string>;
  /** Words that may stand before a bare year for it to be read as one ("the 1994 bombing", but not "sent 2000 troops"). */
  readonly yearLeads: ReadonlySet<string>;
}

const ENGLISH_LEADS = ['in', 'since', 'until', 'till', 'before', 'after', 'during', 'by', 'from', 'through'];
const SPANISH_LEADS = ['en', 'desde', 'hasta', 'durante', 'tras', 'el'];

/** The languages whose dates are read in their own words; any other is read as English. */
const DATE_LANGUAGES: Readonly<Record<string, DateLanguage>> = {
  en: {
    parser: chrono.casual,
    leads: new Set(ENGLISH_LEADS),
    yearLeads: new Set([...ENGLISH_LEADS, 'of', 'to', 'between', 'and', 'or', 'the', 'early', 'late', 'mid', 'around', 'circa']),
  },
  es: {
    parser: chrono.es.casual,
    leads: new Set(SPANISH_LEADS),
    yearLeads: new Set([...SPANISH_LEADS, 'de', 'del', 'a', 'entre', 'y', 'o', 'principios', 'mediados', 'finales', 'año', 'hacia']),
  },
};

/** How the language of a BCP 47 tag writes dates. */
function dateLanguage(lang: string): DateLanguage {
  return DATE_LANGUAGES[lang.split('-')[0]!.toLowerCase()] ?? DATE_LANGUAGES[SITE_LANGUAGE]!;
}
const BARE_YEAR = /(?<![\p{L}\p{N},.$€£])(1[6-9]\d\d|20\d\d)(?![\p{L}\p{N}%]|[,.]\d|[-–]\d)/gu;

/** The last instant the reference covers: the end of its year, month or day. */
function referenceInstant({ published, today }: DateReference): Date {
  if (!published) return today;
  const { year, month, day } = published;
  if (month === undefined) return new Date(Date.UTC(year, 11, 31, 12));
  if (day === undefined) return new Date(Date.UTC(year, month, 0, 12));
  return new Date(Date.UTC(year, month - 1, day, 12));
}

const PRECISION_ORDER: readonly DatePrecision[] = ['year', 'month', 'day'];

/** A date written at `precision`. */
function isoAt(date: Date, precision: DatePrecision): string {
  return date.toISOString().slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);
}

/** The first and last day a partial date covers, as `YYYY-MM-DD`. */
function dayRange(iso: string): [string, string] {
  const { year, month, precision } = toPartialDate(iso);
  if (precision === 'day') return [iso, iso];
  if (precision === 'month') return [`${iso}-01`, new Date(Date.UTC(year, month!, 0)).toISOString().slice(0, 10)];
  return [`${iso}-01-01`, `${iso}-12-31`];
}

/**
 * The events whose dates overlap `iso`: first those of the same date, then
 * those with the most actors among `nearby` (the actors named around the
 * phrase), then the shortest.
 */
export function eventsOn(iso: string, events: readonly Entry<Event>[], nearby: ReadonlySet<string> = new Set()): string[] {
  const [from, to] = dayRange(iso);
  const scored = events.flatMap((event) => {
    const [start] = dayRange(event.data.date);
    const [, end] = dayRange(event.data.end ?? event.data.date);
    if (end < from || start > to) return [];
    const exact = event.data.date === iso ? 0 : 1;
    const shared = event.data.actors.filter((actor) => nearby.has(actor)).length;
    return [{ id: event.id, exact, shared, span: Date.parse(end) - Date.parse(start) }];
  });
  scored.sort((a, b) => a.exact - b.exact || b.shared - a.shared || a.span - b.span || a.id.localeCompare(b.id));
  return scored.map(({ id }) => id);
}

/** Widens a phrase to take in the preposition just before it ("July" → "In July", "26 de julio" → "el 26 de julio"). */
function withLead(text: string, start: number, leads: ReadonlySet<string>): number {
  const lead = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 12), start));
  return lead?.[1] && leads.has(lead[1].toLowerCase()) ? start - lead[0].length : start;
}

/** The most characters chrono-node is given at once: its cost grows faster than a text's length, and no date crosses a sentence. */
const CHRONO_PIECE = 10_000;

/** The phrases chrono-node reads as calendar dates. */
function chronoMentions(text: string, reference: DateReference, language: DateLanguage): Omit<DateMentionCandidate, 'events'>[] {
  const instant = referenceInstant(reference);
  const found: Omit<DateMentionCandidate, 'events'>[] = [];
  const results = sentencePieces(text, CHRONO_PIECE).flatMap(({ offset, text: piece }) =>
    language.parser.parse(piece, { instant, timezone: 0 }, { forwardDate: false }).map((result) => Object.assign(result, { index: result.index + offset })),
  );
  for (const result of results) {
    const { start: parts } = result;
    const tags = parts.tags();
    if (tags.has('casualReference/now')) continue;
    const certain = PRECISION_ORDER.filter((unit) => parts.isCertain(unit));
    const weekdayOnly = certain.length === 0 && parts.isCertain('weekday');
    if (certain.length === 0 && !weekdayOnly) continue;
    const relative = weekdayOnly || tags.has('result/relativeDate') || [...tags].some((tag) => tag.startsWith('casualReference/'));
    let precision: DatePrecision = weekdayOnly ? 'day' : certain.at(-1)!;
    // A phrase counted from the reference can be no more precise than the reference.
    const referencePrecision = reference.published?.precision ?? 'day';
    if (relative && PRECISION_ORDER.indexOf(precision) > PRECISION_ORDER.indexOf(referencePrecision)) precision = referencePrecision;

    let date = parts.date();
    const yearAssumed = !parts.isCertain('year') && !relative;
    // News reports what has happened: a date without a year, or a bare weekday, lies before publication.
    if (date > instant && yearAssumed) date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), 12));
    if (date > instant && weekdayOnly) date = new Date(date.getTime() - 7 * 86_400_000);

    const phrase = result.text.replace(/[^\p{L}\p{N}]+$/u, '');
    const start = withLead(text, result.index, language.leads);
    const end = result.index + phrase.length;
    found.push({ start, end, quote: text.slice(start, end), date: isoAt(date, precision), yearAssumed, relative });
  }
  return found;
}

/** How far back from a bare year its leading word is looked for: far more than a word and the spaces after it. */
const LOOK_BACK = 80;

/**
 * Bare years that chrono-node does not read as dates, where the words before them say they are
 * years. Only the few characters before each year are read, and the spans chrono took are passed
 * in order, so that a long text with many years costs its length, not its length times its years.
 */
function bareYears(text: string, taken: readonly { start: number; end: number }[], language: DateLanguage): Omit<DateMentionCandidate, 'events'>[] {
  const found: Omit<DateMentionCandidate, 'events'>[] = [];
  const spans = [...taken].sort((a, b) => a.start - b.start);
  let next = 0;
  for (const match of text.matchAll(BARE_YEAR)) {
    const at = match.index;
    while (next < spans.length && spans[next]!.end <= at) next++;
    if (next < spans.length && spans[next]!.start <= at) continue;
    const before = text.slice(Math.max(0, at - LOOK_BACK), at);
    const word = /(\p{L}+)(?:\s+|-)$/u.exec(before)?.[1]?.toLowerCase();
    const startsSentence = at === 0 || /[.!?]["”’»]?\s+$/u.test(before);
    if (!startsSentence && (word === undefined || !language.yearLeads.has(word))) continue;
    const start = withLead(text, at, language.leads);
    const end = at + match[0].length;
    found.push({ start, end, quote: text.slice(start, end), date: match[0], yearAssumed: false, relative: false });
  }
  return found;
}

/**
 * The date mentions of `text`, in text order, each with the events on its
 * date, those involving the actors of `nearby` (named in the same text) first.
 * `lang` is the text's language (a BCP 47 tag; default English).
 */
export function detectDates(
  text: string,
  reference: DateReference,
  events: readonly Entry<Event>[],
  nearby: ReadonlySet<string> = new Set(),
  lang: string = SITE_LANGUAGE,
): DateMentionCandidate[] {
  const language = dateLanguage(lang);
  const parsed = chronoMentions(text, reference, language);
  return [...parsed, ...bareYears(text, parsed, language)]
    .sort((a, b) => a.start - b.start)
    .map((mention) => ({ ...mention, events: eventsOn(mention.date, events, nearby) }));
}
