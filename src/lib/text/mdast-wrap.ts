/**
 * Wraps a span of a block's text in a new inline node, however the span
 * crosses the block's inline formatting: nodes cut by the span's edges are
 * split in two (emphasis, links and code included), and a span that lies
 * inside one inline node is wrapped inside it, so that spans nest.
 */
import type { Nodes } from 'mdast';
import type { ParentNode } from './mdast-text.ts';

/** The length of a node in its block's flattened text (see `flattenBlock`). */
export function textLength(node: Nodes): number {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value.length;
  if (node.type === 'break') return 1;
  if ('children' in node) return (node.children as Nodes[]).reduce((sum, child) => sum + textLength(child), 0);
  return 0;
}

/** Makes sure a child of `parent` starts exactly at `at` (an offset in its text), splitting what is cut. */
function splitAt(parent: ParentNode, at: number): void {
  let offset = 0;
  for (let i = 0; i < parent.children.length; i++) {
    const child = parent.children[i]!;
    const length = textLength(child);
    if (at > offset && at < offset + length) {
      const cut = at - offset;
      let halves: [Nodes, Nodes];
      if (child.type === 'text' || child.type === 'inlineCode') {
        halves = [
          { ...child, value: child.value.slice(0, cut) },
          { ...child, value: child.value.slice(cut) },
        ];
      } else if ('children' in child) {
        const inner = child as Nodes & ParentNode;
        splitAt(inner, cut);
        const index = boundaryIndex(inner, cut);
        halves = [
          { ...inner, children: inner.children.slice(0, index) } as Nodes,
          { ...inner, children: inner.children.slice(index) } as Nodes,
        ];
      } else {
        return;
      }
      parent.children.splice(i, 1, ...halves);
      return;
    }
    offset += length;
  }
}

/** The index of the first child of `parent` that starts at or after `at`. */
function boundaryIndex(parent: ParentNode, at: number): number {
  let offset = 0;
  for (let i = 0; i < parent.children.length; i++) {
    if (offset >= at) return i;
    offset += textLength(parent.children[i]!);
  }
  return parent.children.length;
}

/**
 * Wraps [start, end) of `parent`'s text in the node `wrap` makes of the
 * children it covers. The text itself never changes.
 */
export function wrapRange(parent: ParentNode, start: number, end: number, wrap: (children: Nodes[]) => Nodes): void {
  let offset = 0;
  for (const child of parent.children) {
    const length = textLength(child);
    if (start >= offset && end <= offset + length && 'children' in child && length > 0) {
      wrapRange(child as Nodes & ParentNode, start - offset, end - offset, wrap);
      return;
    }
    if (offset >= end) break;
    offset += length;
  }
  splitAt(parent, end);
  splitAt(parent, start);
  const first = boundaryIndex(parent, start);
  const last = boundaryIndex(parent, end);
  parent.children.splice(first, last - first, wrap(parent.children.slice(first, last)));
}
