/** The frontmatter of `content/events/<id>.md`. */
import { z } from 'zod';
import { CorrectionsSchema, IdSchema, LineTextSchema, PartialDateSchema, SourceSchema } from './common.ts';

/** Something that happened on a date, which articles mention. */
export const EventSchema = z
  .strictObject({
    /** What happened, as a sentence headline. */
    title: LineTextSchema,
    /** When it happened (or began), as precisely as the sources establish. */
    date: PartialDateSchema,
    /** When it ended, for events that span time. */
    end: PartialDateSchema.optional(),
    /** Actor ids of those involved. */
    actors: z.array(IdSchema).default([]),
    /** Public sources that establish the event and its date. */
    sources: z.array(SourceSchema).min(1, { error: 'expected at least one source for the event' }),
    /** Changes made to the event since it was published. */
    corrections: CorrectionsSchema,
  })
  .refine((event) => event.end === undefined || event.end >= event.date, {
    error: 'expected `end` on or after `date`',
    path: ['end'],
  });

/** An event as the site model holds it. */
export type Event = z.output<typeof EventSchema>;
