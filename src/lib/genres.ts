/** How each genre of article reads on a page. */
import type { Genre } from './schema/index.ts';

/** The word shown for each genre. */
export const GENRE_LABELS: Readonly<Record<Genre, string>> = {
  news: 'News',
  opinion: 'Opinion',
  analysis: 'Analysis',
  explainer: 'Explainer',
};
