/**
 * The text of a Markdown block as a reader sees it, with where each text node
 * sits in it, so that matches in the text can be mapped back to the tree.
 */
import type { Nodes, Text } from 'mdast';

/** Any mdast node with children. */
export interface ParentNode {
  children: Nodes[];
}

/** A text node and its place in the block's text. */
export interface TextRun {
  readonly node: Text;
  /** The node's parent, and its index there, for replacing it. */
  readonly parent: ParentNode;
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Whether the node is inside a link, where no other link may go. */
  readonly inLink: boolean;
}

/** A block's text and the text nodes it is made of. */
export interface BlockText {
  readonly text: string;
  readonly runs: readonly TextRun[];
}

/**
 * Flattens the inline content of `block` (a paragraph, heading or table
 * cell). Inline code counts as text but is never a run: nothing is matched
 * inside code. Line breaks count as a space.
 */
export function flattenBlock(block: ParentNode): BlockText {
  let text = '';
  const runs: TextRun[] = [];
  const walk = (node: Nodes, parent: ParentNode, index: number, inLink: boolean) => {
    switch (node.type) {
      case 'text':
        runs.push({ node, parent, index, start: text.length, end: text.length + node.value.length, inLink });
        text += node.value;
        return;
      case 'inlineCode':
        text += node.value;
        return;
      case 'break':
        text += ' ';
        return;
      default:
        if ('children' in node) {
          const linked = inLink || node.type === 'link' || node.type === 'linkReference';
          const parent = node as ParentNode;
          parent.children.forEach((child, i) => walk(child, parent, i, linked));
        }
    }
  };
  block.children.forEach((child, i) => walk(child, block, i, false));
  return { text, runs };
}
