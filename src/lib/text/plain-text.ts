/** Plain text from the analysts' Markdown, for descriptions and previews. */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { createMarkdownParser } from './markdown.ts';
import { splitSentences } from './sentences.ts';

const parse = createMarkdownParser();

/** The text of `markdown` without its syntax, whitespace collapsed. */
export function markdownToPlainText(markdown: string): string {
  return plainTextOf(parse(markdown));
}

/** Nodes whose children are blocks of their own: their texts are joined by a space, not run together. */
const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition', 'table', 'tableRow']);

/** The text of a parsed piece of Markdown, as {@link markdownToPlainText} gives it. */
export function plainTextOf(tree: Root): string {
  return blockText(tree).replace(/\s+/g, ' ').trim();
}

function blockText(node: Nodes): string {
  if (!CONTAINERS.has(node.type) || !('children' in node)) return toString(node);
  return node.children.map((child) => blockText(child)).join(' ');
}

/**
 * Whole sentences from the start of `text`, as many as fit in `max`
 * characters; a first sentence that is too long is cut at a word, with "…".
 */
export function excerpt(text: string, max = 200): string {
  let out = '';
  for (const { text: sentence } of splitSentences(text)) {
    const next = out === '' ? sentence : `${out} ${sentence}`;
    if (next.length > max) break;
    out = next;
  }
  if (out !== '') return out;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
