/**
 * Candidate claims in a new article: the sentences worth checking, found by
 * their signals — attributed speech ("according to", "said", quotation
 * marks), numbers and years, superlatives and firsts, predictions — each
 * with a guessed kind and the reasons it was picked.
 */
import nlp from 'compromise';
import type { ClaimKind } from '#lib/content/schema/index.ts';
import { splitSentences } from '#lib/text/sentences.ts';
import { slugify } from './slug.ts';

/** Why a sentence was picked. */
export type ClaimSignal = 'attribution' | 'quotation' | 'number' | 'superlative' | 'first' | 'prediction';

/** A sentence that makes a checkable claim, as far as its wording shows. */
export interface ClaimCandidate {
  /** Offsets of the sentence (trimmed) in the text. */
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly kind: ClaimKind;
  readonly signals: readonly ClaimSignal[];
}

/** What each signal says, for the analyst. */
export const SIGNAL_REASONS: Readonly<Record<ClaimSignal, string>> = {
  attribution: 'attributes a statement to someone',
  quotation: 'quotes someone',
  number: 'gives a number or a date',
  superlative: 'uses a superlative',
  first: 'claims a first, a last or an only',
  prediction: 'predicts',
};

// Case-sensitive, so that "United States" is not read as "states"; sentence-initial forms are written out.
const ATTRIBUTION = /\b(?:[Aa]ccording to|[Aa]s per|said|says|told|tells|claimed|claims|stated|announced|reported|warned|added|denied|insisted|argued|alleged|accused|confirmed|declared)\b/u;
const QUOTATION = /“[^”]{3,}”|"[^"]{3,}"|(?<![\p{L}\p{N}])‘[^’]{3,}’(?![\p{L}\p{N}])/u;
const NUMBER =
  /\p{N}|\b(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?|percent|per cent|January|February|March|April|May|June|July|August|September|October|November|December)\b/u;
const FIRST = /\b(?:the (?:first|last|only)|for the first time|unprecedented|never before)\b/iu;
const PREDICTION = /\b(?:will|is going to|are going to|is set to|are set to|is expected to|are expected to)\b/iu;

/**
 * Words a superlative can be made of: the -est forms and the irregular ones.
 * Only a sentence with one is handed to the tagger, which costs far more than
 * a regular expression: on a long text, most sentences have none.
 */
const MAYBE_SUPERLATIVE = /(?<![\p{L}\p{N}])(?:\p{L}*most|least|best|worst|\p{L}{2,}est)(?![\p{L}\p{N}])/iu;

/** The signals of one sentence. */
function signalsOf(sentence: string): ClaimSignal[] {
  const signals: ClaimSignal[] = [];
  if (ATTRIBUTION.test(sentence)) signals.push('attribution');
  if (QUOTATION.test(sentence)) signals.push('quotation');
  if (NUMBER.test(sentence)) signals.push('number');
  if (MAYBE_SUPERLATIVE.test(sentence) && nlp(sentence).has('(#Superlative|most #Adjective|least #Adjective)')) signals.push('superlative');
  if (FIRST.test(sentence)) signals.push('first');
  if (PREDICTION.test(sentence)) signals.push('prediction');
  return signals;
}

/** The kind a sentence's signals suggest: attributed speech first, then predictions, then facts. */
function kindOf(signals: readonly ClaimSignal[]): ClaimKind {
  if (signals.includes('attribution') || signals.includes('quotation')) return 'attribution';
  if (signals.includes('prediction')) return 'prediction';
  return 'factual';
}

/** The candidate claims of `text`, one per sentence that shows a signal, in text order. */
export function detectClaims(text: string): ClaimCandidate[] {
  return splitSentences(text).flatMap(({ text: quote, textStart }) => {
    if (quote === '') return [];
    const signals = signalsOf(quote);
    if (signals.length === 0) return [];
    return [{ start: textStart, end: textStart + quote.length, quote, kind: kindOf(signals), signals }];
  });
}

/** Words left out of claim ids: they say nothing about the claim. */
const ID_STOPWORDS = new Set(
  'a an the and or but of to in on at by for with from as is are was were be been has have had that which this these those it its their his her they he she we our also than then there so such into about over after before while can will would could should may might has not no'.split(' '),
);

/** An id for a claim, from the first words of its quote that carry meaning ("iranian-weapons-protect-bolivia"). */
export function claimIdFrom(quote: string, words = 4): string | undefined {
  const meaningful = quote
    .split(/[^\p{L}\p{N}'’.-]+/u)
    // "U.S." gives "us", not "u-s".
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/\./g, ''))
    .filter((word) => word !== '' && !ID_STOPWORDS.has(word.toLowerCase()));
  return slugify(meaningful.slice(0, words).join(' '));
}
