/**
 * Corrections in the order they were made, each with the change of rating it
 * made. A claim's corrections that give `previousRating` chain: each changed
 * the rating to the one the next change started from, and the last to the
 * claim's current rating.
 */
import type { Rating } from './ratings.ts';
import type { Correction } from './schema/index.ts';

/** A change of a claim's rating. */
export interface RatingChange {
  readonly from: Rating;
  readonly to: Rating;
}

/** A correction, where it is in its entry's list, and the change of rating it made. */
export interface DatedCorrection {
  readonly correction: Correction;
  /** Its position in the frontmatter list. */
  readonly index: number;
  readonly change: RatingChange | undefined;
}

/** `corrections` oldest first, with each one's change of rating; `rating` is the claim's current rating. */
export function orderCorrections(corrections: readonly Correction[], rating?: Rating): DatedCorrection[] {
  const ordered = corrections
    .map((correction, index) => ({ correction, index }))
    .sort((a, b) => a.correction.date.localeCompare(b.correction.date) || a.index - b.index);
  return ordered.map(({ correction, index }, position) => {
    const from = correction.previousRating;
    if (from === undefined || rating === undefined) return { correction, index, change: undefined };
    const next = ordered.slice(position + 1).find((later) => later.correction.previousRating !== undefined);
    return { correction, index, change: { from, to: next?.correction.previousRating ?? rating } };
  });
}

/** The date of the latest correction, if there is one. */
export function lastCorrected(corrections: readonly Correction[]): string | undefined {
  return corrections.reduce<string | undefined>((latest, { date }) => (latest === undefined || date > latest ? date : latest), undefined);
}
