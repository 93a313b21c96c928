/**
 * Quote anchoring: finds the span of an article that a claim or a date
 * mention quotes, the way a W3C TextQuoteSelector does (exact text, with
 * optional prefix and suffix to settle repeats), ignoring differences of
 * whitespace and of typographic quotes and dashes. Claims and dates share it.
 */
import { normalizeForMatching, normalizeSelector, type NormalizedText } from './normalize.ts';

/** What locates a span: the quote, and text just before or after it. */
export interface QuoteSelector {
  readonly quote: string;
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
}

/** A span of one block's text. */
export interface Span {
  /** Index of the block (paragraph, heading, table cell) in document order. */
  readonly block: number;
  /** Offsets in the block's text (not normalised). */
  readonly start: number;
  readonly end: number;
}

/** One place a quote occurs, with a little of the text around it. */
export interface Occurrence extends Span {
  readonly before: string;
  readonly after: string;
}

/** The result of anchoring one selector. */
export type AnchorResult =
  | { readonly ok: true; readonly span: Span }
  | { readonly ok: false; readonly reason: 'missing'; readonly nearest: NearMiss | undefined }
  | { readonly ok: false; readonly reason: 'ambiguous'; readonly occurrences: readonly Occurrence[] };

/** The passage of the text closest to a quote that was not found. */
export interface NearMiss extends Span {
  /** The passage as the text has it. */
  readonly passage: string;
  /** Edits (insertions, deletions, substitutions) between the quote and the passage. */
  readonly distance: number;
  /** Where, in the normalised quote, the two first differ. */
  readonly differsAt: number;
}

const CONTEXT = 32;

/** Orders spans as they appear in the text. */
export function compareSpans(a: Span, b: Span): number {
  return a.block - b.block || a.start - b.start || b.end - a.end;
}

/** An index of blocks to anchor quotes in; build it once per article. */
export class QuoteIndex {
  readonly #blocks: readonly string[];
  readonly #normalized: readonly NormalizedText[];

  constructor(blocks: readonly string[]) {
    this.#blocks = blocks;
    this.#normalized = blocks.map(normalizeForMatching);
  }

  /** Finds the one span `selector` names, or says why there is none. */
  anchor(selector: QuoteSelector): AnchorResult {
    const quote = normalizeSelector(selector.quote);
    const prefix = selector.prefix === undefined ? undefined : normalizeSelector(selector.prefix);
    const suffix = selector.suffix === undefined ? undefined : normalizeSelector(selector.suffix);
    const candidates: Occurrence[] = [];
    this.#normalized.forEach((normalized, block) => {
      for (let at = normalized.text.indexOf(quote); at !== -1; at = normalized.text.indexOf(quote, at + 1)) {
        const before = normalized.text.slice(0, at).trimEnd();
        const after = normalized.text.slice(at + quote.length).trimStart();
        if (prefix !== undefined && !before.endsWith(prefix)) continue;
        if (suffix !== undefined && !after.startsWith(suffix)) continue;
        candidates.push({
          block,
          start: normalized.offsets[at]!,
          // The end is just after the quote's last character.
          end: normalized.offsets[at + quote.length - 1]! + 1,
          before: before.slice(-CONTEXT).trimStart(),
          after: after.slice(0, CONTEXT).trimEnd(),
        });
      }
    });
    if (candidates.length === 1) {
      const [{ block, start, end }] = candidates as [Occurrence];
      return { ok: true, span: { block, start, end } };
    }
    if (candidates.length > 1) return { ok: false, reason: 'ambiguous', occurrences: candidates };
    return { ok: false, reason: 'missing', nearest: this.#nearest(quote) };
  }

  /**
   * The passage with the fewest edits from `quote` (approximate substring
   * matching, Sellers' algorithm), if it is close enough to be a typo.
   */
  #nearest(quote: string): NearMiss | undefined {
    let best: { block: number; start: number; end: number; distance: number } | undefined;
    this.#normalized.forEach(({ text }, block) => {
      const match = closestSubstring(quote, text);
      if (match && (!best || match.distance < best.distance)) best = { block, ...match };
    });
    if (!best || best.distance > Math.max(3, Math.floor(quote.length / 3))) return undefined;
    const { offsets } = this.#normalized[best.block]!;
    const start = offsets[best.start]!;
    const end = offsets[best.end - 1]! + 1;
    const passage = this.#blocks[best.block]!.slice(start, end);
    const normalizedPassage = normalizeSelector(passage);
    let differsAt = 0;
    while (differsAt < quote.length && quote[differsAt] === normalizedPassage[differsAt]) differsAt++;
    return { block: best.block, start, end, passage, distance: best.distance, differsAt };
  }
}

/** The substring of `text` with the fewest edits from `pattern`: [start, end) and the count. */
function closestSubstring(pattern: string, text: string): { start: number; end: number; distance: number } | undefined {
  if (pattern.length === 0 || text.length === 0) return undefined;
  // column[i]: edits to turn pattern[0, i) into some substring of text ending here; starts[i]: where it starts.
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  let starts = new Array<number>(pattern.length + 1).fill(0);
  let best = { start: 0, end: 0, distance: Number.POSITIVE_INFINITY };
  for (let j = 1; j <= text.length; j++) {
    const next = [0];
    const nextStarts = [j];
    for (let i = 1; i <= pattern.length; i++) {
      const substitute = column[i - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      const remove = next[i - 1]! + 1;
      const insert = column[i]! + 1;
      const cost = Math.min(substitute, remove, insert);
      next.push(cost);
      nextStarts.push(cost === substitute ? starts[i - 1]! : cost === insert ? starts[i]! : nextStarts[i - 1]!);
    }
    column = next;
    starts = nextStarts;
    if (column[pattern.length]! < best.distance) best = { start: starts[pattern.length]!, end: j, distance: column[pattern.length]! };
  }
  return best.end > best.start ? best : undefined;
}
