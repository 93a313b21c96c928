/**
 * The blocks of an article body as quote anchoring sees them: the text of
 * each paragraph, heading and table cell, in document order. Detectors read
 * these texts, so that every span they propose is one the build can anchor.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { flattenBlock, type ParentNode } from '#lib/text/mdast-text.ts';

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const parser = unified().use(remarkParse);

/** The text of every block of `body` that quotes can anchor in (code and raw HTML are skipped). */
export function bodyBlocks(body: string): string[] {
  const blocks: string[] = [];
  visit(parser.parse(body), (node) => {
    if (node.type === 'code' || node.type === 'html') return 'skip';
    if (!BLOCKS.has(node.type)) return undefined;
    blocks.push(flattenBlock(node as ParentNode).text);
    return 'skip';
  });
  return blocks;
}
