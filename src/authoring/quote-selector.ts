/**
 * Selectors for spans the detectors found: the quote itself, and a prefix or
 * suffix only where the quote occurs more than once. Every selector is
 * checked with the project's own quote anchoring before it is proposed.
 */
import { QuoteIndex, type QuoteSelector } from '#lib/text/quote-anchor.ts';

/** A span of one block's text, as the detectors report it. */
export interface BlockSpan {
  readonly block: number;
  readonly start: number;
  readonly end: number;
}

/** How many words of context to try before giving up on a repeated quote. */
const MAX_CONTEXT_WORDS = 12;

/**
 * How much of the text on either side of a quote is read for its context: far more than
 * {@link MAX_CONTEXT_WORDS} words, far less than a long block (a text pasted as one line).
 */
const CONTEXT_WINDOW = 2_000;

/** The last `count` words of `text` (or fewer, if it has fewer), or `undefined` if there are none. */
function lastWords(text: string, count: number): string | undefined {
  const cut = text.length > CONTEXT_WINDOW;
  const words = text.slice(-CONTEXT_WINDOW).trimEnd().split(/\s+/).filter(Boolean);
  // The window may start inside a word: that word is not whole.
  if (cut) words.shift();
  return words.length === 0 ? undefined : words.slice(-count).join(' ');
}

/** The first `count` words of `text`, or `undefined` if there are none. */
function firstWords(text: string, count: number): string | undefined {
  const cut = text.length > CONTEXT_WINDOW;
  const words = text.slice(0, CONTEXT_WINDOW).trimStart().split(/\s+/).filter(Boolean);
  if (cut) words.pop();
  return words.length === 0 ? undefined : words.slice(0, count).join(' ');
}

/** The most places a quote may occur for a prefix or suffix to be sought that settles it. */
const MAX_OCCURRENCES = 16;

/**
 * Makes the selector that anchors exactly `span` of `blocks`: the trimmed
 * quote alone when it is unique, else with as few words of prefix (then
 * suffix, then both) as settle it. `undefined` when nothing settles it, or
 * when the quote occurs more than {@link MAX_OCCURRENCES} times.
 */
export function selectSpan(index: QuoteIndex, blocks: readonly string[], span: BlockSpan): QuoteSelector | undefined {
  const text = blocks[span.block] ?? '';
  const raw = text.slice(span.start, span.end);
  const quote = raw.trim();
  if (quote === '') return undefined;
  const start = span.start + raw.length - raw.trimStart().length;
  const before = text.slice(0, start);
  const after = text.slice(start + quote.length);

  const anchorsHere = (selector: QuoteSelector) => {
    const result = index.anchor(selector, 1);
    return result.ok && result.span.block === span.block && result.span.start === start;
  };
  const alone = index.anchor({ quote }, MAX_OCCURRENCES);
  if (alone.ok) return alone.span.block === span.block && alone.span.start === start ? { quote } : undefined;
  // A phrase repeated this often is no claim or date to settle with a few words of context.
  if (alone.reason !== 'ambiguous' || alone.more === true) return undefined;
  for (let words = 1; words <= MAX_CONTEXT_WORDS; words++) {
    const prefix = lastWords(before, words);
    const suffix = firstWords(after, words);
    const tries: QuoteSelector[] = [];
    if (prefix !== undefined) tries.push({ quote, prefix });
    if (suffix !== undefined) tries.push({ quote, suffix });
    if (prefix !== undefined && suffix !== undefined) tries.push({ quote, prefix, suffix });
    const found = tries.find(anchorsHere);
    if (found) return found;
  }
  return undefined;
}
