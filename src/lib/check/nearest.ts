/** Suggestions for mistyped ids and field names, by edit distance. */
import { distance } from 'fastest-levenshtein';

/**
 * Returns the known values closest to `value`, best first: at most `limit`,
 * and only those within a distance that still looks like a typo (a third of
 * the longer string, at least 2), so that nonsense gets no suggestion.
 */
export function findNearest(value: string, known: Iterable<string>, limit = 3): string[] {
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of known) {
    const score = distance(value, candidate);
    const allowed = Math.max(2, Math.floor(Math.max(value.length, candidate.length) / 3));
    if (score <= allowed) scored.push({ candidate, score });
  }
  scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, limit).map(({ candidate }) => candidate);
}
