/**
 * Where a reader's selection sits in the annotator's text: its words as the
 * file has them (the site's additions, such as verdicts and date tips, left
 * out), snapped to whole words, with the text just before and after them
 * that makes a quote's anchor unique. Runs in the browser.
 */

/** A selection of the text: its words, and the block's text just before and after them. */
export interface Selected {
  readonly quote: string;
  readonly before: string;
  readonly after: string;
  /** The actors named in the selection, and in its paragraph. */
  readonly actorsIn: readonly string[];
  readonly actorsNear: readonly string[];
}

export const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, td, th, dt, dd';
/** What the site adds to the text (verdicts, date tips, heading anchors): not the article's words. */
const ADDED = '.verdict, .date-tip, .heading-anchor';
const CONTEXT = 40;
const isWord = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** A block's words as the file has them, and a way to count characters up to a point in it. */
function blockText(block: Element): { text: string; offsetOf: (node: Node, offset: number) => number; rangeOf: (start: number, end: number) => Range } {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(ADDED) && block.contains(node.parentElement.closest(ADDED)) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const text = nodes.map((node) => node.data).join('');
  const offsetOf = (container: Node, offset: number) => {
    const point = document.createRange();
    point.setStart(container, offset);
    let at = 0;
    for (const node of nodes) {
      if (node === container) return at + offset;
      if (point.comparePoint(node, node.length) <= 0) at += node.length;
      else return at;
    }
    return at;
  };
  const rangeOf = (start: number, end: number) => {
    const range = document.createRange();
    let at = 0;
    for (const node of nodes) {
      if (start >= at && start <= at + node.length) range.setStart(node, start - at);
      if (end >= at && end <= at + node.length) {
        range.setEnd(node, end - at);
        break;
      }
      at += node.length;
    }
    return range;
  };
  return { text, offsetOf, rangeOf };
}

const blockOf = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest(BLOCKS) ?? undefined;
const actorsOf = (root: Element | DocumentFragment) => [...new Set([...root.querySelectorAll<HTMLElement>('[data-actor]')].map((element) => element.dataset['actor']!))];

/** The current selection in `body`, snapped to whole words, or a reason it cannot be used. */
export function readSelection(body: HTMLElement): Selected | string | undefined {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!body.contains(range.commonAncestorContainer)) return undefined;
  const block = blockOf(range.endContainer);
  if (!block) return undefined;
  const { text, offsetOf } = blockText(block);
  let start = 0;
  if (blockOf(range.startContainer) === block) start = offsetOf(range.startContainer, range.startOffset);
  else {
    // A selection may start at the very end of the paragraph before, or between two (a triple click does): it starts here.
    const gap = document.createRange();
    gap.setStart(range.startContainer, range.startOffset);
    gap.setEndBefore(block);
    if (gap.toString().trim() !== '') return 'Select words within one paragraph or heading.';
  }
  let end = offsetOf(range.endContainer, range.endOffset);
  while (start > 0 && isWord(text[start - 1]) && isWord(text[start])) start--;
  while (end < text.length && isWord(text[end]) && isWord(text[end - 1])) end++;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start === end) return undefined;
  return {
    quote: text.slice(start, end),
    before: text.slice(Math.max(0, start - CONTEXT), start),
    after: text.slice(end, end + CONTEXT),
    actorsIn: actorsOf(range.cloneContents()),
    actorsNear: actorsOf(block),
  };
}

/** Selects a passage of `body` (a quote's nearest passage), if it can be found. */
export function selectPassage(body: HTMLElement, passage: string): boolean {
  const wanted = passage.replace(/\s+/g, ' ').trim();
  for (const block of body.querySelectorAll(BLOCKS)) {
    const { text, rangeOf } = blockText(block);
    const at = text.replace(/\s/g, ' ').indexOf(wanted);
    if (at === -1) continue;
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(rangeOf(at, at + wanted.length));
    block.scrollIntoView({ block: 'center' });
    return true;
  }
  return false;
}
