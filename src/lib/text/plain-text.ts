/** Plain text from the analysts' Markdown, for descriptions and previews. */
import { toString } from 'mdast-util-to-string';
import { createMarkdownParser } from './markdown.ts';
import { splitSentences } from './sentences.ts';

const parse = createMarkdownParser();

/** The text of `markdown` without its syntax, whitespace collapsed. */
export function markdownToPlainText(markdown: string): string {
  const tree = parse(markdown);
  return tree.children
    .map((block) => toString(block))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
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
