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

/** How each rating reads, and what it means. */
export const RATING_SCALE: Readonly<Record<Rating, { label: string; meaning: string }>> = {
  supported: { label: 'Supported', meaning: 'the evidence bears the claim out' },
  'partly-supported': { label: 'Partly supported', meaning: 'true in part; missing context or overstated' },
  disputed: {
    label: 'Disputed',
    meaning: 'credible sources disagree, or the claim is a contested characterisation',
  },
  unsupported: { label: 'Unsupported', meaning: 'no evidence found for it' },
  false: { label: 'False', meaning: 'the evidence contradicts it' },
  'not-checkable': {
    label: 'Not checkable',
    meaning: 'opinion, prediction or value judgement: nothing to verify',
  },
};

/** Whether a rating must cite at least one source (every rating but `not-checkable`). */
export function ratingNeedsSources(rating: Rating): boolean {
  return rating !== 'not-checkable';
}
