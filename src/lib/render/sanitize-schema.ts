/**
 * What may survive of an article body after rendering: GitHub's schema,
 * without images and form controls, plus the elements and attributes the project's own
 * plugins add (mention links and marks, claim marks, date links and times,
 * the gaps between an excerpt's passages).
 */
import { defaultSchema } from 'rehype-sanitize';

type Schema = typeof defaultSchema;

/** An element's allowed attributes in GitHub's schema, less its rule for `className`. */
const allowedBesidesClass = (name: string) =>
  (defaultSchema.attributes?.[name] ?? []).filter((rule) => (Array.isArray(rule) ? rule[0] : rule) !== 'className');

/** The sanitising schema of article bodies. */
export const articleSanitizeSchema: Schema = {
  ...defaultSchema,
  // Raw HTML in a body never reaches this step (remark-rehype drops it), and
  // Markdown itself cannot write an id or an ARIA reference, so every one here
  // was set by a project plugin or by remark-rehype's footnotes: keep them as
  // they are instead of prefixing them with `user-content-` (footnotes get a
  // prefix of their own, `plugins/rehype-scope-footnotes.ts`).
  clobber: [],
  // An article's text is what is analysed; its images would load from third
  // parties, which the site's Content-Security-Policy forbids.
  tagNames: [...(defaultSchema.tagNames ?? []).filter((name) => name !== 'img' && name !== 'input'), 'span', 'mark', 'time'],
  attributes: {
    ...defaultSchema.attributes,
    // hast-util-sanitize takes the first rule for a property, so the class rule is replaced, not added.
    a: [...allowedBesidesClass('a'), ['className', 'data-footnote-backref', 'mention', 'date-mention'], 'dataActor', 'dataEvent'],
    span: [['className', 'mention'], 'dataActor', 'id', 'dataPagefindIgnore'],
    mark: [['className', 'claim'], 'id', 'dataClaim', 'dataRating', 'dataPagefindTitle'],
    time: ['dateTime'],
    p: [['className', 'passage-gap']],
    // The footnotes' heading, hidden as the site hides text for screen readers only.
    h2: [['className', 'visually-hidden']],
  },
};
