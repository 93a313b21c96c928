/**
 * Schema fragments shared by every collection: ids, partial dates and sources.
 *
 * They live in `src/lib` rather than in `content.config.ts` so that the
 * content check and the unit tests can use them without Astro.
 */
import { z } from 'zod';
import { describeHidden, hiddenCharacters } from '#lib/content/characters.ts';
import { canonicalLanguageTag } from '#lib/content/languages.ts';
import { PARTIAL_DATE_FORMS, parsePartialDate } from '#lib/content/partial-date.ts';
import { RATINGS } from '#lib/content/ratings.ts';

/** What an id must look like, for error messages. */
export const ID_FORM = 'a kebab-case id such as "iran" or "edmundo-novillo"';

/** An entry id: the kebab-case file name of an actor, event, narrative or article, or a claim id. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: `expected ${ID_FORM}` });

/**
 * One line of the analyst's text that readers see as it is: a name, an alias, a title, a summary,
 * a dateline, a publisher. Besides text, it may hold no control character (a tab or a line break
 * included), no bidirectional override, embedding or isolate, and no zero-width character, however
 * the YAML writes it (`"\x01"`, `"\u202e"`); see `#lib/content/characters.ts`.
 */
export const LineTextSchema = z
  .string()
  .superRefine((text, ctx) => {
    const found = hiddenCharacters(text, { lines: false });
    if (found.length > 0) ctx.addIssue({ code: 'custom', input: text, message: `expected one line of plain text, without ${describeHidden(found)}` });
  })
  .trim()
  .min(1);

/** The earliest year a date in the content may have: anything before is a typo, not history the site covers. */
export const EARLIEST_YEAR = 1000;

/** The longest address accepted, as browsers and servers commonly limit them. */
export const MAX_URL_LENGTH = 2048;

/**
 * A partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), normalised to its
 * canonical string. YAML turns `1994` into a number and `2023-07-20` into a
 * `Date`; both come back as strings.
 */
export const PartialDateSchema = z
  .union([z.string(), z.number(), z.date()], { error: `expected a date (${PARTIAL_DATE_FORMS})` })
  .transform((value, ctx) => {
    const date = parsePartialDate(value);
    if (!date) {
      ctx.issues.push({ code: 'custom', input: value, message: `expected a real date written ${PARTIAL_DATE_FORMS}` });
      return z.NEVER;
    }
    const latest = new Date().getUTCFullYear() + 1;
    if (date.year < EARLIEST_YEAR || date.year > latest) {
      ctx.issues.push({ code: 'custom', input: value, message: `expected a year from ${EARLIEST_YEAR} to ${latest}` });
      return z.NEVER;
    }
    return date.iso;
  });

/**
 * The language of a text, as a well-formed BCP 47 language tag (`en`, `es`,
 * `es-AR`), normalised to its canonical case (`es-ar` is `es-AR`).
 */
export const LanguageTagSchema = z.string().transform((value, ctx) => {
  const tag = canonicalLanguageTag(value.trim());
  if (tag === undefined || tag === 'und') {
    ctx.issues.push({ code: 'custom', input: value, message: 'expected a language tag (BCP 47) such as "en", "es" or "es-AR"' });
    return z.NEVER;
  }
  return tag;
});

/**
 * A web address. The schema takes any http(s) address so that the source
 * check can say what is wrong with one (a copy, a proxy, plain http) with its
 * file and line; see `src/lib/check/source-urls.ts`.
 */
export const WebAddressSchema = z
  .url({ protocol: /^https?$/, error: 'expected an http(s) URL' })
  .max(MAX_URL_LENGTH, { error: `expected an address of at most ${MAX_URL_LENGTH} characters` })
  .refine((address) => {
    const url = new URL(address);
    return url.username === '' && url.password === '';
  }, { error: 'expected a public address, without a user name or password' });

/** A public source that backs a statement. */
export const SourceSchema = z.strictObject({
  /** Title of the page or document, as its publisher gives it. */
  title: LineTextSchema,
  /** The publisher's own page, where anyone can read it. */
  url: WebAddressSchema,
  /** A copy kept by an archive (`https://web.archive.org/web/<timestamp>/<url>`), for when the page changes or goes. */
  archived: WebAddressSchema.optional(),
  /** Who published it: an outlet, a government, an agency. */
  publisher: LineTextSchema.optional(),
  /** When it was published, as precisely as the page says. */
  date: PartialDateSchema.optional(),
});

/** A source as the site model holds it. */
export type Source = z.output<typeof SourceSchema>;

/**
 * A rating. YAML reads an unquoted `rating: false` as the boolean false; it
 * can only mean the rating "false", so it is taken as that.
 */
export const RatingSchema = z.preprocess((value) => (value === false ? 'false' : value), z.enum(RATINGS));

/**
 * A correction to something already published: what changed and when, shown
 * to readers on the page and in the site's corrections log. Entries are
 * never edited silently once published.
 */
export const CorrectionSchema = z.strictObject({
  /** The day the correction was made. */
  date: PartialDateSchema.refine((iso) => iso.length === 10, { error: 'expected the day of the correction, YYYY-MM-DD' }),
  /** Markdown: what was wrong and what was changed, in plain words. */
  note: z.string().trim().min(1),
  /** The claim's rating before this correction, when the correction changed it. Claims only. */
  previousRating: RatingSchema.optional(),
});

/** A correction as the site model holds it. */
export type Correction = z.output<typeof CorrectionSchema>;

/** Corrections, oldest first as written; every collection's entries may carry them. */
export const CorrectionsSchema = z.array(CorrectionSchema).default([]);
