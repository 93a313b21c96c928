/**
 * How remark-rehype writes footnotes in every renderer: ids without
 * GitHub's `user-content-` (the scope plugin gives them a prefix of their own
 * per piece of Markdown) and the notes' heading hidden as the site hides
 * text for screen readers only.
 */
import type { Options } from 'remark-rehype';

/** remark-rehype's options for footnotes. */
export const FOOTNOTE_OPTIONS: Readonly<Options> = {
  clobberPrefix: '',
  footnoteLabel: 'Notes',
  footnoteLabelProperties: { className: ['visually-hidden'] },
};
