/**
 * The walk the site's own rehype plugins make over a body: every element,
 * depth first, in document order, as `visit(tree, 'element', visitor)` of
 * `unist-util-visit` makes it, without what that costs on a long body.
 * `unist-util-visit` names a new function after each node it passes, so that
 * a stack trace says where in the tree it was; over the thousand or so
 * elements of an article and the plugins that walk them all, that was about
 * a fifth of the time to render it.
 */
import type { Element, Root } from 'hast';

/** A visitor's answer: skip the element's children, or go on at this index of its parent (after inserting siblings). */
export type WalkAction = 'skip' | number | undefined | void;

/** Calls `visitor` on every element under `parent`, with its index and parent; see {@link WalkAction}. */
export function walkElements(parent: Root | Element, visitor: (node: Element, index: number, parent: Root | Element) => WalkAction): void {
  const { children } = parent;
  let index = 0;
  while (index < children.length) {
    const node = children[index]!;
    if (node.type === 'element') {
      const action = visitor(node, index, parent);
      if (typeof action === 'number') {
        index = action;
        continue;
      }
      if (action !== 'skip') walkElements(node, visitor);
    }
    index += 1;
  }
}
