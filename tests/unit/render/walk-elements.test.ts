import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { walkElements } from '#lib/render/walk-elements.ts';

const tree = (): Root => ({
  type: 'root',
  children: [
    h('p', ['Iran and ', h('mark', { dataClaim: 'a' }, ['drones ', h('a', { href: '/actors/bolivia/' }, 'Bolivia')]), ' met.']),
    { type: 'comment', value: 'x' },
    h('h2', { id: 'h' }, ['Heading ', h('span', 'inside')]),
  ],
});

describe('walkElements', () => {
  test('passes every element, depth first in document order, with its index and parent, as unist-util-visit does', () => {
    const seen: string[] = [];
    const expected: string[] = [];
    walkElements(tree(), (node, index, parent) => void seen.push(`${node.tagName}@${index} in ${parent.type === 'root' ? 'root' : parent.tagName}`));
    visit(tree(), 'element', (node: Element, index, parent) => void expected.push(`${node.tagName}@${index} in ${parent?.type === 'root' ? 'root' : (parent as Element).tagName}`));
    expect(seen).toEqual(expected);
    expect(seen).toEqual(['p@0 in root', 'mark@1 in p', 'a@1 in mark', 'h2@2 in root', 'span@1 in h2']);
  });

  test('skips the children of an element when told, and goes on at the index it is given', () => {
    const root = tree();
    const seen: string[] = [];
    walkElements(root, (node, index, parent) => {
      seen.push(node.tagName);
      if (node.tagName === 'mark') {
        parent.children.splice(index + 1, 0, h('a', { className: ['verdict'] }, h('span', 'label')));
        return index + 2;
      }
      return node.tagName === 'h2' ? 'skip' : undefined;
    });
    expect(seen).toEqual(['p', 'mark', 'h2']);
    expect((root.children[0] as Element).children.map((child) => (child.type === 'element' ? child.tagName : child.type))).toEqual(['text', 'mark', 'a', 'text']);
  });
});
