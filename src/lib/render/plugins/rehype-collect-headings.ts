/**
 * Records the headings of the rendered body (level, id, text) in
 * `file.data.headings`, for a table of contents and for search; the hidden
 * heading of the footnotes is not one of them.
 * Runs after rehype-slug, so every heading has its id, and before
 * rehype-autolink-headings, so that the text is the heading's own.
 */
import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { isFootnoteLabel } from './rehype-scope-footnotes.ts';
import { walkElements } from '#lib/render/walk-elements.ts';

/** One heading of a rendered body. */
export interface Heading {
  readonly depth: number;
  readonly id: string;
  readonly text: string;
}

declare module 'vfile' {
  interface DataMap {
    headings: Heading[];
  }
}

/** Collects headings into `file.data.headings`. */
export default function rehypeCollectHeadings() {
  return (tree: Root, file: VFile) => {
    const headings: Heading[] = [];
    walkElements(tree, (node) => {
      const depth = headingRank(node);
      const id = node.properties['id'];
      if (isFootnoteLabel(node)) return;
      if (depth !== undefined && typeof id === 'string') headings.push({ depth, id, text: toString(node).trim() });
    });
    file.data.headings = headings;
  };
}
