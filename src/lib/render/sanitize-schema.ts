/**
 * What may survive of an article body after rendering: GitHub's schema,
 * without images, plus the elements and attributes the project's own
 * plugins add (mention links and marks, claim marks, date links and times).
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
  // Markdown itself cannot write an id, so every id here was set by a project
  // plugin: keep ids as they are instead of prefixing them with `user-content-`.
  clobber: (defaultSchema.clobber ?? []).filter((name) => name !== 'id'),
  // An article's text is what is analysed; its images would load from third
  // parties, which the site's Content-Security-Policy forbids.
  tagNames: [...(defaultSchema.tagNames ?? []).filter((name) => name !== 'img'), 'span', 'mark', 'time'],
  attributes: {
    ...defaultSchema.attributes,
    // hast-util-sanitize takes the first rule for a property, so the class rule is replaced, not added.
    a: [...allowedBesidesClass('a'), ['className', 'data-footnote-backref', 'mention', 'date-mention'], 'dataActor', 'dataEvent'],
    span: [['className', 'mention'], 'dataActor', 'id'],
    mark: [['className', 'claim'], 'id', 'dataClaim', 'dataRating', 'dataPagefindTitle'],
    time: ['dateTime'],
  },
};
