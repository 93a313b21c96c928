/** The frontmatter of `content/narratives/<id>.md`. */
import { z } from 'zod';
import { CorrectionsSchema, IdSchema, LineTextSchema, PartialDateSchema, SourceSchema } from './common.ts';

/** Longest narrative summary: one sentence, as an actor's summary is one line. */
export const NARRATIVE_SUMMARY_MAX = 200;

/**
 * A narrative: a story that claims in several articles tell, such as "Iran's
 * drones in Bolivia threaten Argentina". Claims join it by naming its id in
 * their `narratives`; the narrative records what it says, not whether it is true.
 */
export const NarrativeSchema = z.strictObject({
  /** The narrative as a headline, in the words of those who carry it. */
  title: LineTextSchema,
  /** The narrative in one neutral sentence: what its claims assert, not whether it is true. */
  summary: LineTextSchema.max(NARRATIVE_SUMMARY_MAX),
  /**
   * When it was first seen, as precisely as the evidence allows: the publication
   * of the earliest article whose claims carry it, or an earlier appearance that
   * the body cites; never after the earliest such article.
   */
  firstSeen: PartialDateSchema,
  /** Actor ids of those who carry the narrative or whom it is about. */
  actors: z.array(IdSchema).default([]),
  /** Public sources for the body, such as an earlier appearance it cites. */
  sources: z.array(SourceSchema).default([]),
  /** Changes made to the entry since it was published. */
  corrections: CorrectionsSchema,
});

/** A narrative as the site model holds it. */
export type Narrative = z.output<typeof NarrativeSchema>;
