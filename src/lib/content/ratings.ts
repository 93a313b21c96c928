/**
 * The rating scale: how a claim holds up against the evidence.
 * Verdicts are always shown in words; `label` is that word.
 */

/** Every rating, in the order the scale reads from best supported to least checkable. */
export const RATINGS = [
  'supported',
  'partly-supported',
  'disputed',
  'unsupported',
  'false',
  'not-checkable',
] as const;

/** A claim's verdict. */
export type Rating = (typeof RATINGS)[number];

/** A verdict's foreground and tint, as CSS colours. */
export interface RatingColours {
  readonly fg: string;
  readonly bg: string;
}

/** Everything a page, a preview card or a stylesheet shows of one rating. */
export interface RatingDefinition {
  /** The verdict in words: verdicts are always shown in words, never by colour alone. */
  readonly label: string;
  /** What the rating means, completing "the claim is rated so when …". */
  readonly meaning: string;
  /** The symbol shown before the word. */
  readonly symbol: string;
  /** Colours on a light and on a dark page; the light foreground is also the preview card's. */
  readonly colours: { readonly light: RatingColours; readonly dark: RatingColours };
}

/**
 * The rating scale: the single definition of each rating's word, meaning,
 * symbol and colours. The stylesheet repeats the symbols and colours (CSS
 * cannot import them); a unit test keeps the two in step.
 */
export const RATING_SCALE: Readonly<Record<Rating, RatingDefinition>> = {
  supported: {
    label: 'Supported',
    meaning: 'the evidence bears the claim out',
    symbol: '✓',
    colours: { light: { fg: '#1d5a2c', bg: '#e3f1e6' }, dark: { fg: '#a3dcb1', bg: '#17301f' } },
  },
  'partly-supported': {
    label: 'Partly supported',
    meaning: 'true in part; missing context or overstated',
    symbol: '◐',
    colours: { light: { fg: '#4a5510', bg: '#edf2d7' }, dark: { fg: '#d0e08e', bg: '#29300f' } },
  },
  disputed: {
    label: 'Disputed',
    meaning: 'credible sources disagree, or the claim is a contested characterisation',
    symbol: '⇄',
    colours: { light: { fg: '#754600', bg: '#fcefd3' }, dark: { fg: '#f2c670', bg: '#3a2a0b' } },
  },
  unsupported: {
    label: 'Unsupported',
    meaning: 'no evidence found for it',
    symbol: '?',
    colours: { light: { fg: '#3d3a70', bg: '#ebeaf5' }, dark: { fg: '#c4c2f1', bg: '#25243c' } },
  },
  false: {
    label: 'False',
    meaning: 'the evidence contradicts it',
    symbol: '✗',
    colours: { light: { fg: '#8a1a1a', bg: '#fbe3e3' }, dark: { fg: '#f4a9a9', bg: '#3c1616' } },
  },
  'not-checkable': {
    label: 'Not checkable',
    meaning: 'opinion, prediction or value judgement: nothing to verify',
    symbol: '–',
    colours: { light: { fg: '#47443e', bg: '#ebe9e4' }, dark: { fg: '#d0ccc3', bg: '#2a2926' } },
  },
};

/** Whether a rating must cite at least one source (every rating but `not-checkable`). */
export function ratingNeedsSources(rating: Rating): boolean {
  return rating !== 'not-checkable';
}
