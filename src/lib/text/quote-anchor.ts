/**
 * Quote anchoring: finds the span of an article that a claim or a date
 * mention quotes, the way a W3C TextQuoteSelector does (exact text, with
 * optional prefix and suffix to settle repeats), ignoring differences of
 * whitespace, of typographic quotes and dashes, and of the Unicode form of
 * accented letters (`normalize.ts`). Claims and dates share it.
 */
import { normalizeForMatching, normalizeSelector, type NormalizedText, originalEnd } from './normalize.ts';
import { wordCharacterAt, wordCharacterBefore } from './words.ts';

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
  | {
      readonly ok: false;
      readonly reason: 'ambiguous';
      readonly occurrences: readonly Occurrence[];
      /** The search stopped at the `limit` given: there are more occurrences than those listed. */
      readonly more?: boolean;
    }
  /** The quote occurs only as part of longer words: it starts or ends inside a word. */
  | { readonly ok: false; readonly reason: 'inside-word'; readonly occurrences: readonly Occurrence[] }
  /** The quote occurs, but never with the text its `prefix` or `suffix` gives around it. */
  | {
      readonly ok: false;
      readonly reason: 'context';
      readonly field: 'prefix' | 'suffix';
      readonly occurrences: readonly Occurrence[];
    };

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

  readonly #length: number;

  constructor(blocks: readonly string[]) {
    this.#blocks = blocks;
    this.#normalized = blocks.map(normalizeForMatching);
    this.#length = this.#normalized.reduce((sum, { text }) => sum + text.length, 0);
  }

  /**
   * Finds the one span `selector` names, or says why there is none. With a
   * `limit`, the search stops once more than that many places fit: enough to
   * know that the selector is ambiguous, without listing every place of a
   * phrase that a long text repeats thousands of times.
   */
  anchor(selector: QuoteSelector, limit = Number.POSITIVE_INFINITY): AnchorResult {
    const quote = normalizeSelector(selector.quote);
    const prefix = selector.prefix === undefined ? undefined : normalizeSelector(selector.prefix);
    const suffix = selector.suffix === undefined ? undefined : normalizeSelector(selector.suffix);
    const candidates: Occurrence[] = [];
    const insideWords: Occurrence[] = [];
    const withoutPrefix: Occurrence[] = [];
    const withoutSuffix: Occurrence[] = [];
    if (quote !== '') {
      // How much text around an occurrence is looked at: enough for the prefix or suffix and the context shown.
      const reach = Math.max(prefix?.length ?? 0, suffix?.length ?? 0) + CONTEXT + 2;
      for (const { block, at } of this.#occurrences(quote)) {
        const normalized = this.#normalized[block]!;
        const { text } = normalized;
        const end = at + quote.length;
        const before = text.slice(Math.max(0, at - reach), at).trimEnd();
        const after = text.slice(end, end + reach).trimStart();
        const occurrence: Occurrence = {
          block,
          start: normalized.offsets[at]!,
          // The end is just after the quote's last character, with any combining marks folded into it.
          end: originalEnd(normalized, end),
          before: before.slice(-CONTEXT).trimStart(),
          after: after.slice(0, CONTEXT).trimEnd(),
        };
        if (splitsWord(text, at) || splitsWord(text, end)) insideWords.push(occurrence);
        else if (prefix !== undefined && !before.endsWith(prefix)) withoutPrefix.push(occurrence);
        else if (suffix !== undefined && !after.startsWith(suffix)) withoutSuffix.push(occurrence);
        else candidates.push(occurrence);
        if (candidates.length > limit) return { ok: false, reason: 'ambiguous', occurrences: candidates, more: true };
      }
    }
    if (candidates.length === 1) {
      const [{ block, start, end }] = candidates as [Occurrence];
      return { ok: true, span: { block, start, end } };
    }
    if (candidates.length > 1) return { ok: false, reason: 'ambiguous', occurrences: candidates };
    if (withoutPrefix.length > 0) return { ok: false, reason: 'context', field: 'prefix', occurrences: withoutPrefix };
    if (withoutSuffix.length > 0) return { ok: false, reason: 'context', field: 'suffix', occurrences: withoutSuffix };
    if (insideWords.length > 0) return { ok: false, reason: 'inside-word', occurrences: insideWords };
    return { ok: false, reason: 'missing', nearest: this.#nearest(quote) };
  }

  /**
   * The passage with the fewest edits from `quote`, if it is close enough to
   * be a typo. Only a few windows of the text are compared, those where most
   * of the quote's word trigrams (single words, for a short quote) occur at
   * the right distance from each other, so that the cost of a wrong quote
   * stays proportional to its length, however long the text.
   */
  #nearest(quote: string): NearMiss | undefined {
    if (quote === '') return undefined;
    const allowed = Math.max(3, Math.floor(quote.length / 3));
    let best: { block: number; start: number; end: number; distance: number } | undefined;
    for (const window of this.#grams().candidates(quote, allowed)) {
      const text = this.#normalized[window.block]!.text.slice(window.start, window.end);
      const match = closestSubstring(quote, text);
      if (match && (!best || match.distance < best.distance)) {
        best = { block: window.block, start: window.start + match.start, end: window.start + match.end, distance: match.distance };
      }
    }
    if (!best || best.distance > allowed) return undefined;
    const normalized = this.#normalized[best.block]!;
    const start = normalized.offsets[best.start]!;
    const end = originalEnd(normalized, best.end);
    const passage = this.#blocks[best.block]!.slice(start, end);
    const normalizedPassage = normalizeSelector(passage);
    let differsAt = 0;
    while (differsAt < quote.length && quote[differsAt] === normalizedPassage[differsAt]) differsAt++;
    return { block: best.block, start, end, passage, distance: best.distance, differsAt };
  }

  /**
   * Every place `quote` occurs in the normalised blocks, in text order. A
   * long text is searched through an index of its character 4-grams, built
   * once: the rarest 4-gram of the quote says where to look, so that
   * anchoring every sentence of a long text stays linear in its length.
   */
  *#occurrences(quote: string): Generator<{ block: number; at: number }> {
    if (quote.length < K || this.#length < INDEX_FROM) {
      for (let block = 0; block < this.#normalized.length; block++) {
        const { text } = this.#normalized[block]!;
        for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) yield { block, at };
      }
      return;
    }
    const { joined, starts, grams } = this.#kgrams();
    let rarest: { offset: number; positions: readonly number[] } | undefined;
    for (let offset = 0; offset + K <= quote.length; offset++) {
      const positions = grams.get(quote.slice(offset, offset + K));
      if (positions === undefined) return;
      if (rarest === undefined || positions.length < rarest.positions.length) rarest = { offset, positions };
    }
    for (const position of rarest!.positions) {
      const start = position - rarest!.offset;
      if (start < 0 || !joined.startsWith(quote, start)) continue;
      // The block the match is in: the last whose start is at or before it (the quote holds no separator).
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle]! <= start) low = middle;
        else high = middle - 1;
      }
      yield { block: low, at: start - starts[low]! };
    }
  }

  #kgramIndex: { joined: string; starts: number[]; grams: Map<string, number[]> } | undefined;

  #kgrams(): { joined: string; starts: number[]; grams: Map<string, number[]> } {
    if (this.#kgramIndex !== undefined) return this.#kgramIndex;
    // Blocks joined by a character no quote holds, so that no match runs from one block into the next.
    const starts: number[] = [];
    let joined = '';
    for (const { text } of this.#normalized) {
      starts.push(joined.length);
      joined += `${text}\u0000`;
    }
    const grams = new Map<string, number[]>();
    for (let i = 0; i + K <= joined.length; i++) {
      const gram = joined.slice(i, i + K);
      if (gram.includes('\u0000')) continue;
      const list = grams.get(gram);
      if (list === undefined) grams.set(gram, [i]);
      else list.push(i);
    }
    this.#kgramIndex = { joined, starts, grams };
    return this.#kgramIndex;
  }

  #gramIndex: GramIndex | undefined;

  /** The word n-gram index of the blocks, built on the first quote that is not found. */
  #grams(): GramIndex {
    this.#gramIndex ??= new GramIndex(this.#normalized.map((normalized) => normalized.text));
    return this.#gramIndex;
  }
}

/** The length of the character n-grams that index a long text. */
const K = 4;
/** Texts shorter than this (in characters) are searched directly: an index would cost more than it saves. */
const INDEX_FROM = 20_000;

/** Whether offset `at` of `text` falls between two characters of one word. */
function splitsWord(text: string, at: number): boolean {
  return wordCharacterBefore(text, at) && wordCharacterAt(text, at);
}

/** A window of one block's normalised text, [start, end). */
interface Window {
  readonly block: number;
  readonly start: number;
  readonly end: number;
}

/** Windows compared per wrong quote: the best few places its words point to. */
const MAX_WINDOWS = 4;
/** A word or trigram this frequent says nothing about where a quote is. */
const MAX_POSTINGS = 64;

/** Where each word and each word trigram of the blocks occurs. */
class GramIndex {
  readonly #postings = new Map<string, { block: number; at: number }[]>();
  readonly #lengths: readonly number[];

  constructor(blocks: readonly string[]) {
    this.#lengths = blocks.map((text) => text.length);
    blocks.forEach((text, block) => {
      const words = wordsOf(text);
      for (let i = 0; i < words.length; i++) {
        this.#add(words[i]!.word, block, words[i]!.at);
        if (i + 2 < words.length) this.#add(trigram(words, i), block, words[i]!.at);
      }
    });
  }

  #add(key: string, block: number, at: number): void {
    const list = this.#postings.get(key);
    if (list === undefined) this.#postings.set(key, [{ block, at }]);
    else if (list.length <= MAX_POSTINGS) list.push({ block, at });
  }

  /**
   * The windows most likely to hold `quote` with at most `slack` edits: each
   * occurrence of one of its grams votes for the start it implies.
   */
  candidates(quote: string, slack: number): Window[] {
    const words = wordsOf(quote);
    const trigrams = words.slice(0, -2).map((word, i) => ({ key: trigram(words, i), at: word.at }));
    const singles = words.map((word) => ({ key: word.word, at: word.at }));
    // Trigrams place a quote precisely; its single words still place one whose every trigram has a typo.
    const byTrigrams = this.#vote(trigrams);
    const votes = byTrigrams.size > 0 ? byTrigrams : this.#vote(singles);
    return [...votes.values()]
      .sort((a, b) => b.count - a.count || a.block - b.block || a.start - b.start)
      .slice(0, MAX_WINDOWS)
      .map(({ block, start }) => ({
        block,
        start: Math.max(0, start - slack - 16),
        end: Math.min(this.#lengths[block]!, start + quote.length + slack + 16),
      }));
  }

  /** Each occurrence of a gram votes for the start of the quote it implies. */
  #vote(keys: readonly { key: string; at: number }[]): Map<string, { block: number; start: number; count: number }> {
    const votes = new Map<string, { block: number; start: number; count: number }>();
    for (const { key, at } of keys) {
      const postings = this.#postings.get(key);
      if (postings === undefined || postings.length > MAX_POSTINGS) continue;
      for (const posting of postings) {
        const start = posting.at - at;
        // Starts a few characters apart are one place, however the edits shifted them.
        const bucket = `${posting.block}:${Math.floor(start / 16)}`;
        const vote = votes.get(bucket);
        if (vote === undefined) votes.set(bucket, { block: posting.block, start, count: 1 });
        else vote.count++;
      }
    }
    return votes;
  }
}

/** The words of normalised text, with their offsets. */
function wordsOf(text: string): { word: string; at: number }[] {
  return [...text.matchAll(/\S+/g)].map((match) => ({ word: match[0], at: match.index }));
}

function trigram(words: readonly { word: string }[], i: number): string {
  return `${words[i]!.word} ${words[i + 1]!.word} ${words[i + 2]!.word}`;
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
