/**
 * Schema fragments shared by every collection: ids, partial dates and sources.
 *
 * They live in `src/lib` rather than in `content.config.ts` so that the
 * content check and the unit tests can use them without Astro.
 */
import { z } from 'astro/zod';
import { PARTIAL_DATE_FORMS, parsePartialDate } from '#lib/content/partial-date.ts';

/** What an id must look like, for error messages. */
export const ID_FORM = 'a kebab-case id such as "iran" or "edmundo-novillo"';

/** An entry id: the kebab-case file name of an actor, event or article, or a claim id. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: `expected ${ID_FORM}` });

/**
 * A partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), normalised to its
 * canonical string. YAML turns `1994` into a number and `2023-07-20` into a
 * `Date`; both come back as strings.
 */
export const PartialDateSchema = z
  .union([z.string(), z.number(), z.date()], { error: `expected a date (${PARTIAL_DATE_FORMS})` })
  .transform((value, ctx) => {
    const date = parsePartialDate(value);
    if (date) return date.iso;
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `expected a real date written ${PARTIAL_DATE_FORMS}`,
    });
    return z.NEVER;
  });

/** A public source that backs a statement. */
export const SourceSchema = z.strictObject({
  /** Title of the page or document, as its publisher gives it. */
  title: z.string().trim().min(1),
  /** Where anyone can read it. */
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }),
  /** Who published it: an outlet, a government, an agency. */
  publisher: z.string().trim().min(1).optional(),
  /** When it was published, as precisely as the page says. */
  date: PartialDateSchema.optional(),
});

/** A source as the site model holds it. */
export type Source = z.output<typeof SourceSchema>;
