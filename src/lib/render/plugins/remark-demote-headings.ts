/**
 * Keeps an article body's headings below the page title: the page's `<h1>` is
 * the article's title, so a body heading is at least an `<h2>`, and a deeper
 * level is kept as written.
 */
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Options for {@link remarkDemoteHeadings}. */
export interface Options {
  /** Shallowest depth a body heading may have (default: `2`). */
  readonly minDepth?: Heading['depth'];
}

/** Raises every heading shallower than `minDepth` to `minDepth`. */
export default function remarkDemoteHeadings(options: Readonly<Options> = {}) {
  const minDepth = options.minDepth ?? 2;
  return (tree: Root) => {
    visit(tree, 'heading', (node) => {
      if (node.depth < minDepth) node.depth = minDepth;
    });
  };
}
