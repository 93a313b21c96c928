/**
 * From a selection in the rendered text to the selector a file stores: the
 * browser sends the selected words with a little of the paragraph's text on
 * either side (as a W3C TextQuoteSelector does), this finds the one place
 * they name in the body's blocks, then writes the shortest selector that
 * anchors exactly there: the quote alone when its words occur once, else
 * with as few words of prefix or suffix as settle it.
 */
import { type BlockSpan, selectSpan } from '#authoring/quote-selector.ts';
import { bodyBlocks } from '#authoring/body-blocks.ts';
import { QuoteIndex, type QuoteSelector, type Span } from '#lib/text/quote-anchor.ts';

/** What the browser sends for a selection: the words, and the paragraph's text just before and after them. */
export interface SelectedText {
  readonly quote: string;
  readonly before?: string;
  readonly after?: string;
}

/** The selector for a selection, or why there is none. */
export type SelectorResult =
  | { readonly ok: true; readonly selector: QuoteSelector; readonly span: Span }
  | { readonly ok: false; readonly message: string };

/** How much of the text around a selection is used to tell its place from others. */
export const CONTEXT_CHARACTERS = 40;

/** The selector that anchors `selected` in `body`; see the module comment. */
export function selectorFor(body: string, selected: SelectedText): SelectorResult {
  const quote = selected.quote.replace(/\s+/g, ' ').trim();
  if (quote === '') return { ok: false, message: 'Select some words of the text first.' };
  const blocks = bodyBlocks(body);
  const index = new QuoteIndex(blocks);
  const before = selected.before?.slice(-CONTEXT_CHARACTERS).trimStart() || undefined;
  const after = selected.after?.slice(0, CONTEXT_CHARACTERS).trimEnd() || undefined;
  // The full context first; a list item's text in the page may run on past its paragraph, so fewer after.
  const attempts: QuoteSelector[] = [
    { quote, prefix: before, suffix: after },
    { quote, prefix: before },
    { quote, suffix: after },
    { quote },
  ];
  let reason = 'missing';
  for (const attempt of attempts) {
    const result = index.anchor(attempt, 1);
    if (result.ok) {
      const selector = selectSpan(index, blocks, result.span satisfies BlockSpan) ?? withContext(blocks, result.span);
      return { ok: true, selector: oneLine(selector), span: result.span };
    }
    if (result.reason === 'inside-word') reason = 'inside-word';
    else if (result.reason === 'ambiguous' && reason === 'missing') reason = 'ambiguous';
  }
  const messages: Record<string, string> = {
    missing: `“${quote}” is not in the text as the file has it; select within one paragraph or heading.`,
    'inside-word': `“${quote}” starts or ends inside a word; select whole words.`,
    ambiguous: `“${quote}” occurs more than once and the text around it does not tell which; select a few more words.`,
  };
  return { ok: false, message: messages[reason]! };
}

/** A selector written on one line: anchoring ignores differences of whitespace, and a line break in YAML would need quotes. */
function oneLine(selector: QuoteSelector): QuoteSelector {
  const flat = (text: string) => text.replace(/\s+/g, ' ');
  return {
    quote: flat(selector.quote),
    ...(selector.prefix === undefined ? {} : { prefix: flat(selector.prefix) }),
    ...(selector.suffix === undefined ? {} : { suffix: flat(selector.suffix) }),
  };
}

/** A selector with the whole context around a span, for a phrase repeated too often for a short one. */
function withContext(blocks: readonly string[], span: Span): QuoteSelector {
  const text = blocks[span.block]!;
  const prefix = text.slice(Math.max(0, span.start - CONTEXT_CHARACTERS), span.start).trim();
  const suffix = text.slice(span.end, span.end + CONTEXT_CHARACTERS).trim();
  return { quote: text.slice(span.start, span.end), ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
}
