/**
 * What the annotator's API accepts: one schema per action, so that any body
 * it cannot use (a field of the wrong type, an object where an id belongs,
 * nesting a form never sends) is refused with a 400 that names the field,
 * before anything is read or planned. The values of an entry's fields are
 * only given their shape here; whether they make a valid entry is the
 * content check's to say, on the file as it would be.
 */
import { z } from 'zod';
import { Refusal } from './content-files.ts';

/** The longest text a field may carry in a request: far more than any form holds. */
const MAX_TEXT = 200_000;

const Text = z.string().max(MAX_TEXT);
const Index = z.number().int().nonnegative();
const Texts = z.array(Text).max(1000);

/** A selection in the rendered text: its words and a little of the text on either side. */
const Selection = z.strictObject({ quote: Text, before: Text.optional(), after: Text.optional() });

/** A source as the sources editor sends it. */
const SourceInput = z.strictObject({ title: Text.optional(), url: Text.optional(), archived: Text.optional(), publisher: Text.optional(), date: Text.optional() });
/** A correction as the corrections editor sends it. */
const CorrectionInput = z.strictObject({ date: Text.optional(), note: Text.optional(), previousRating: Text.optional() });
/** A role as the roles editor sends it. */
const RoleInput = z.strictObject({ title: Text.optional(), of: Text.optional(), from: Text.optional(), to: Text.optional() });

const Sources = z.array(SourceInput).max(1000);
const Corrections = z.array(CorrectionInput).max(1000);

/** A claim's fields; its quote comes from the selection. */
export const ClaimInput = z.strictObject({
  id: Text.optional(),
  translation: Text.optional(),
  claimant: Text.optional(),
  about: Texts.optional(),
  narratives: Texts.optional(),
  kind: Text.optional(),
  rating: Text.optional(),
  summary: Text.optional(),
  assessment: Text.optional(),
  sources: Sources.optional(),
  corrections: Corrections.optional(),
});

/** An event's fields; `id` names its file. */
export const EventInput = z.strictObject({
  id: Text.optional(),
  title: Text.optional(),
  date: Text.optional(),
  end: Text.optional(),
  actors: Texts.optional(),
  sources: Sources.optional(),
  corrections: Corrections.optional(),
});

/** A narrative's fields; `id` names its file. */
export const NarrativeInput = z.strictObject({
  id: Text.optional(),
  title: Text.optional(),
  summary: Text.optional(),
  firstSeen: Text.optional(),
  actors: Texts.optional(),
  sources: Sources.optional(),
  corrections: Corrections.optional(),
});

/** An actor's fields; `id` names its file. */
export const ActorInput = z.strictObject({
  id: Text.optional(),
  name: Text.optional(),
  kind: Text.optional(),
  aliases: Texts.optional(),
  summary: Text.optional(),
  wikidata: Text.optional(),
  roles: z.array(RoleInput).max(1000).optional(),
  website: Texts.optional(),
  sources: Sources.optional(),
  corrections: Corrections.optional(),
});

/** The article's own fields, as its details form sends them. */
export const ArticleInput = z.strictObject({
  title: Text.optional(),
  summary: Text.optional(),
  genre: Text.optional(),
  lang: Text.optional(),
  text: Text.optional(),
  analysed: Text.optional(),
  draft: z.boolean({ error: 'expected true or false' }),
  source: z
    .strictObject({
      outlet: Text.optional(),
      url: Text.optional(),
      archived: Text.optional(),
      published: Text.optional(),
      dateline: Text.optional(),
      author: Text.optional(),
    })
    .optional(),
  sources: Sources.optional(),
  corrections: Corrections.optional(),
});

/** What every request names: the article the page shows, and the version of its file the page was made from. */
const Base = { article: Text, version: Text, dryRun: z.boolean().optional() };
/** A suggestion `npm run new` left as a comment, which the action also removes. */
const Candidate = { candidate: Text.optional() };

/** Every request the API takes, by its `action`. */
export const ActionRequestSchema = z.discriminatedUnion(
  'action',
  [
    z.strictObject({ ...Base, action: z.literal('claim'), index: Index.optional(), select: Selection.optional(), claim: ClaimInput }),
    z.strictObject({ ...Base, action: z.literal('reanchor'), list: z.enum(['claims', 'dates']), index: Index, select: Selection }),
    z.strictObject({ ...Base, ...Candidate, action: z.literal('date'), index: Index.optional(), select: Selection.optional(), event: Text }),
    z.strictObject({ ...Base, ...Candidate, action: z.literal('event'), select: Selection, event: EventInput }),
    z.strictObject({ ...Base, action: z.literal('alias'), actor: Text, alias: Text }),
    z.strictObject({ ...Base, ...Candidate, action: z.literal('actor'), actor: ActorInput }),
    z.strictObject({ ...Base, action: z.literal('entry'), collection: z.enum(['actors', 'events', 'narratives']), id: Text, entryVersion: Text, fields: z.union([ActorInput, EventInput, NarrativeInput]) }),
    z.strictObject({ ...Base, action: z.literal('delete'), list: z.enum(['claims', 'dates']), index: Index }),
    z.strictObject({ ...Base, action: z.literal('article'), fields: ArticleInput }),
    z.strictObject({ ...Base, action: z.literal('dismiss'), candidate: Text }),
  ],
  { error: (issue) => (issue.code === 'invalid_union' ? 'expected an action: claim, reanchor, date, event, alias, actor, entry, delete, article or dismiss' : undefined) },
);

/** A request the API takes. */
export type ActionRequest = z.output<typeof ActionRequestSchema>;

/** The request in `body`, or a 400 naming what does not fit. */
export function readActionRequest(body: unknown): ActionRequest {
  const parsed = ActionRequestSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'the request'}: ${issue.message}`);
  throw new Refusal(`The annotator cannot use this request: ${issues.join('; ')}`, 400);
}

/** A preview of an assessment's Markdown. */
const PreviewRequestSchema = z.strictObject({ markdown: Text });

/** The Markdown of a preview request, or a 400. */
export function readPreviewRequest(body: unknown): string {
  const parsed = PreviewRequestSchema.safeParse(body);
  if (!parsed.success) throw new Refusal('The annotator cannot use this request: expected { "markdown": "…" }', 400);
  return parsed.data.markdown;
}
