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
  // A loop with a stack rather than recursion: inline nodes may nest deeper than the call stack goes.
  let length = 0;
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.type === 'text' || next.type === 'inlineCode') length += next.value.length;
    else if (next.type === 'break') length += 1;
    else if ('children' in next) for (const child of next.children as Nodes[]) stack.push(child);
  }
  return length;
}

/**
 * Makes sure a child of `parent` starts exactly at `at` (an offset in its text), splitting what is cut:
 * the innermost node the offset falls in, then each node around it, from the inside out.
 */
function splitAt(root: ParentNode, at: number): void {
  const cuts: { parent: ParentNode; index: number; cut: number }[] = [];
  let parent = root;
  let local = at;
  for (;;) {
    let offset = 0;
    let index = -1;
    for (let i = 0; i < parent.children.length; i++) {
      const length = textLength(parent.children[i]!);
      if (local > offset && local < offset + length) {
        index = i;
        break;
      }
      offset += length;
    }
    if (index === -1) break;
    const child = parent.children[index]!;
    const cut = local - offset;
    if (child.type === 'text' || child.type === 'inlineCode') {
      parent.children.splice(index, 1, { ...child, value: child.value.slice(0, cut) }, { ...child, value: child.value.slice(cut) });
      break;
    }
    if (!('children' in child)) break;
    cuts.push({ parent, index, cut });
    parent = child as Nodes & ParentNode;
    local = cut;
  }
  for (const { parent: outer, index, cut } of cuts.reverse()) {
    const inner = outer.children[index] as Nodes & ParentNode;
    const boundary = boundaryIndex(inner, cut);
    outer.children.splice(
      index,
      1,
      { ...inner, children: inner.children.slice(0, boundary) } as Nodes,
      { ...inner, children: inner.children.slice(boundary) } as Nodes,
    );
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
export function wrapRange(root: ParentNode, from: number, to: number, wrap: (children: Nodes[]) => Nodes): void {
  let parent = root;
  let start = from;
  let end = to;
  // Down to the innermost node that holds the whole span.
  descend: for (;;) {
    let offset = 0;
    for (const child of parent.children) {
      const length = textLength(child);
      if (start >= offset && end <= offset + length && 'children' in child && length > 0) {
        parent = child as Nodes & ParentNode;
        start -= offset;
        end -= offset;
        continue descend;
      }
      if (offset >= end) break;
      offset += length;
    }
    break;
  }
  splitAt(parent, end);
  splitAt(parent, start);
  const first = boundaryIndex(parent, start);
  const last = boundaryIndex(parent, end);
  parent.children.splice(first, last - first, wrap(parent.children.slice(first, last)));
}
