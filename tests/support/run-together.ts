/**
 * Words run together across elements: the text of a page as a reader gets it
 * without the stylesheet (reader modes, text browsers, a copy, a search
 * indexer), read at every edge of an inline element. `own<a>feed</a>` reads
 * "ownfeed"; `actors</a>,<a>the` reads "actors,the". A margin, a flex gap or
 * a grid may keep the two apart on screen, but not in that text: the source
 * is missing a space.
 */
import type { Element, Nodes, Root } from 'hast';

/**
 * Elements whose edges are not word breaks: HTML's phrasing elements as its
 * default stylesheet shows them. Every other element (a paragraph, a list
 * item, a cell, a line break, a form control, an image) ends the line of text
 * being read, so nothing runs together across it.
 */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'label',
  'mark', 'output', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);
/** Not text a reader reads: code, templates, the head, and drawings, whose text is placed, not flowed. */
const UNREAD = new Set(['head', 'script', 'style', 'template', 'svg', 'math']);

const WORD = /[\p{L}\p{N}\p{M}]/u;
/** Marks that a space follows before the next word. */
const CLOSING = /[,;:!?”)\]]/u;
/** Marks that a space precedes after the word before. */
const OPENING = /[“(]/u;

/** Whether `left` then `right`, with nothing between, reads as words run together. */
function runsTogether(left: string, right: string): boolean {
  if (WORD.test(left)) return WORD.test(right) || OPENING.test(right);
  return CLOSING.test(left) && WORD.test(right);
}

/** One place where two words run together: the text on each side, and the tags between. */
export interface RunTogether {
  readonly before: string;
  readonly tags: string;
  readonly after: string;
}

const tagOf = (element: Element, closing: boolean) => {
  const classes = element.properties['className'];
  return closing ? `</${element.tagName}>` : `<${element.tagName}${Array.isArray(classes) ? `.${classes.join('.')}` : ''}>`;
};

/** Every place in `tree` where text on the two sides of an inline element's edge runs together. */
export function findRunTogether(tree: Root | Element): RunTogether[] {
  const found: RunTogether[] = [];
  let line = '';
  let tags: string[] = [];
  const text = (value: string) => {
    if (value === '') return;
    if (tags.length > 0 && line !== '' && runsTogether(line.at(-1)!, value[0]!)) {
      found.push({ before: line.slice(-30), tags: tags.join(''), after: value.slice(0, 30) });
    }
    line += value;
    tags = [];
  };
  const walk = (node: Nodes) => {
    if (node.type === 'text') return text(node.value);
    if (node.type === 'root') return node.children.forEach(walk);
    if (node.type !== 'element' || UNREAD.has(node.tagName) || node.properties['hidden'] === true) return;
    const inline = INLINE.has(node.tagName);
    if (inline) tags.push(tagOf(node, false));
    else [line, tags] = ['', []];
    node.children.forEach(walk);
    if (inline) tags.push(tagOf(node, true));
    else [line, tags] = ['', []];
  };
  walk(tree);
  return found;
}

/**
 * Punctuation doubled where two pieces of text were joined: "capital..",
 * "Iran's …. Tehran", "threat?.". Three full stops are an ellipsis, not a
 * doubling.
 */
export function findDoubledPunctuation(text: string): string[] {
  const matches = text.replaceAll('...', '…').matchAll(/.{0,20}(?:[.!?…] ?[.…]|[,;:] ?[,;:.…]).{0,10}/gu);
  return [...matches].map((match) => match[0]);
}
