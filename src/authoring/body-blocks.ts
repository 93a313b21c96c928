/**
 * The blocks of an article body as quote anchoring sees them: the text of
 * each paragraph, heading and table cell, in document order. Detectors read
 * these texts, so that every span they propose is one the build can anchor.
 */
import { visit } from 'unist-util-visit';
import { createMarkdownParser } from '#lib/text/markdown.ts';
import { flattenBlock, type ParentNode } from '#lib/text/mdast-text.ts';

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const parse = createMarkdownParser();

/** The text of every block of `body` that quotes can anchor in (code and raw HTML are skipped). */
export function bodyBlocks(body: string): string[] {
  const blocks: string[] = [];
  visit(parse(body), (node) => {
    if (node.type === 'code' || node.type === 'html') return 'skip';
    if (!BLOCKS.has(node.type)) return undefined;
    blocks.push(flattenBlock(node as ParentNode).text);
    return 'skip';
  });
  return blocks;
}
