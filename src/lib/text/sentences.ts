/** Sentences of a text, for showing a mention or a quote in its context. */

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A sentence and where it sits in the text. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** The sentence, trimmed. */
  readonly text: string;
  /** Where the trimmed text starts in the whole text. */
  readonly textStart: number;
}

/** Splits `text` into sentences (Unicode sentence boundaries: "the U.S. and" stays one sentence). */
export function splitSentences(text: string): Sentence[] {
  return [...segmenter.segment(text)].map(({ segment, index }) => ({
    start: index,
    end: index + segment.length,
    text: segment.trim(),
    textStart: index + segment.length - segment.trimStart().length,
  }));
}

/** The sentence that contains `offset`, found by halving (`sentences` in order, as {@link splitSentences} gives them). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const sentence = sentences[middle]!;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return undefined;
}

/**
 * `text` as a sentence to join to others, trimmed, with a full stop unless it
 * ends a sentence already: in a full stop, an ellipsis, a question or an
 * exclamation mark, a closing quotation mark or bracket after it included.
 * "Tehran is its capital." and a headline cut with "…" gain no second stop.
 */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' || /[.!?…]["'”’)\]]*$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** A piece of a text made of whole sentences, and where it starts in the text. */
export interface Piece {
  readonly offset: number;
  readonly text: string;
}

/**
 * `text` cut at sentence boundaries into pieces of about `length` characters (a sentence longer than
 * that is a piece of its own): for work that reads no further than a sentence and costs more than
 * its input's length, such as a tagger or a date parser given a text pasted as one line.
 */
export function sentencePieces(text: string, length: number): Piece[] {
  if (text.length <= length) return [{ offset: 0, text }];
  const pieces: Piece[] = [];
  let start = 0;
  for (const { segment, index } of segmenter.segment(text)) {
    const end = index + segment.length;
    if (end - start >= length) {
      pieces.push({ offset: start, text: text.slice(start, end) });
      start = end;
    }
  }
  if (start < text.length) pieces.push({ offset: start, text: text.slice(start) });
  return pieces;
}
