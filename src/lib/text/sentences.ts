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

/** The sentence that contains `offset`. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((sentence) => offset >= sentence.start && offset < sentence.end);
}
