/** Builds elements from text only: nothing a search returns is ever parsed as markup, except by {@link markedText}. */

type Child = Node | string | undefined | false;

/** An element with attributes and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child !== undefined && child !== false) element.append(child);
  return element;
}

/**
 * Text with `<mark>`ed words, as Pagefind's excerpts are: parsed inert (a
 * `<template>` runs nothing and loads nothing), then rebuilt from its text and
 * its `<mark>` elements alone, so that no other markup survives.
 */
export function markedText(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out = document.createDocumentFragment();
  const walk = (node: Node, into: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) into.appendChild(document.createTextNode(child.textContent ?? ''));
      else if (child.nodeName === 'MARK') walk(child, into.appendChild(document.createElement('mark')));
      else walk(child, into);
    }
  };
  walk(template.content, out);
  return out;
}
