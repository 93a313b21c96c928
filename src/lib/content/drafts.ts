/**
 * Drafts: articles marked `draft: true`. The dev server shows them, with a
 * "Draft" label, and `npm run check` checks them like any article; the
 * production build leaves them out before anything else reads them, so no
 * page, list, feed, index or data file can name one.
 */

/**
 * Whether drafts take part: `include` in the dev server and `npm run check`,
 * `exclude` in the production build (and `astro sync`).
 */
export type DraftMode = 'include' | 'exclude';

/**
 * Whether parsed, not yet validated frontmatter marks a draft. Only the YAML
 * boolean `true` does: anything else is validated as a published article, so
 * a mistyped flag (`draft: yes`) fails the build rather than publishing a draft.
 */
export function isDraft(frontmatter: unknown): boolean {
  return typeof frontmatter === 'object' && frontmatter !== null && 'draft' in frontmatter && frontmatter.draft === true;
}
