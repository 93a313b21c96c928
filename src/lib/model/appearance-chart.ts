/**
 * The chart of a narrative's appearances over time: its claims counted by the
 * month or year their article was published, and the bars that draw those
 * figures at build time. The page shows the same figures in a table beside
 * the drawing, which is hidden from screen readers.
 */
import { comparePartialDates, formatPartialDate, toPartialDate } from '#lib/content/partial-date.ts';
import type { AppearanceChart, ClaimView } from './views.ts';

/** The longest span a chart counts in months; past it, in years. */
export const MONTHS_CHARTED_AT_MOST = 36;

/** When a claim appeared: when its article was published. */
export const publishedOf = (view: ClaimView) => view.article.data.source.published;

/** The month after `period` (`YYYY-MM`), or the year after (`YYYY`). */
function nextPeriod(period: string): string {
  const { year, month } = toPartialDate(period);
  if (month === undefined) return String(year + 1);
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** Months from `a` to `b` (`YYYY-MM…`), `b` not before `a`. */
function monthsBetween(a: string, b: string): number {
  const from = toPartialDate(a.slice(0, 7));
  const to = toPartialDate(b.slice(0, 7));
  return (to.year - from.year) * 12 + (to.month! - from.month!);
}

/**
 * The figures of a narrative's chart: its claims (in publication order)
 * counted by the month or the year their article was published, with every
 * period between the first and the latest, so that a gap shows as one.
 * Months only when every date gives its month: an article known only to its
 * year cannot be put in a month.
 */
export function chartAppearances(claims: readonly ClaimView[]): AppearanceChart {
  if (claims.length === 0) return { unit: 'year', periods: [], max: 0 };
  const dates = claims.map(publishedOf);
  const first = dates[0]!;
  const latest = dates.reduce((last, date) => (comparePartialDates(date, last) > 0 ? date : last));
  const unit = dates.every((date) => date.length >= 7) && monthsBetween(first, latest) < MONTHS_CHARTED_AT_MOST ? 'month' : 'year';
  const periodOf = (date: string) => date.slice(0, unit === 'month' ? 7 : 4);
  const byPeriod = Map.groupBy(claims, (view) => periodOf(publishedOf(view)));
  const periods = [];
  for (let period = periodOf(first); period <= periodOf(latest); period = nextPeriod(period)) {
    const views = byPeriod.get(period) ?? [];
    periods.push({ period, claims: views.length, articles: new Set(views.map((view) => view.article.id)).size });
  }
  return { unit, periods, max: Math.max(...periods.map((period) => period.claims)) };
}

/** One bar of a chart, placed as fractions (0–1) of the drawing's width and of its height. */
export interface ChartBar {
  readonly period: string;
  /** The period in words: "2023", "July 2023". */
  readonly label: string;
  readonly claims: number;
  readonly articles: number;
  readonly x: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The bars of a chart: one per period, side by side across the width with a
 * fifth of each slot left between bars, each as tall as its share of the
 * tallest. Fractions rather than a scaled drawing, so that labels keep their
 * size on a phone (as the timeline's axis does).
 */
export function chartBars(chart: AppearanceChart): ChartBar[] {
  const slot = chart.periods.length === 0 ? 0 : 1 / chart.periods.length;
  return chart.periods.map(({ period, claims, articles }, i) => ({
    period,
    label: formatPartialDate(period),
    claims,
    articles,
    x: i * slot + slot / 10,
    width: (slot * 4) / 5,
    height: chart.max === 0 ? 0 : claims / chart.max,
  }));
}
