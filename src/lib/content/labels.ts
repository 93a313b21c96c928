/** How the content model's enumerations read on a page. */
import type { ActorKind, ClaimKind, Genre } from './schema/index.ts';

/** The word shown for each genre. */
export const GENRE_LABELS: Readonly<Record<Genre, string>> = {
  news: 'News',
  opinion: 'Opinion',
  analysis: 'Analysis',
  explainer: 'Explainer',
};

/** Each actor kind, singular and plural, in the order the actors page groups them. */
export const ACTOR_KIND_LABELS: Readonly<Record<ActorKind, { one: string; many: string }>> = {
  country: { one: 'Country', many: 'Countries' },
  region: { one: 'Region', many: 'Regions' },
  person: { one: 'Person', many: 'People' },
  organization: { one: 'Organisation', many: 'Organisations' },
  group: { one: 'Group', many: 'Groups' },
  media: { one: 'Outlet', many: 'Outlets' },
};

/** How each kind of claim reads on a page. */
export const CLAIM_KIND_LABELS: Readonly<Record<ClaimKind, string>> = {
  factual: 'Factual claim',
  opinion: 'Opinion',
  attribution: 'Attribution',
  prediction: 'Prediction',
  framing: 'Framing',
};

/** The kinds of page search returns, each with the word its results and filter show. */
export const PAGE_TYPES = {
  article: 'Article',
  actor: 'Actor',
  claim: 'Claim',
  event: 'Event',
  narrative: 'Narrative',
} as const;

/** A page type's slug. */
export type PageType = keyof typeof PAGE_TYPES;

/** What a correction was made to: an article's analysis, a claim, or the entry of another page. */
export type CorrectedKind = PageType;

/**
 * What a correction was made to, as the corrections log names it: its page
 * type's word, but an article's correction is to its analysis. (A function,
 * not an object spread from PAGE_TYPES: the browser's bundles import this
 * module, and a function they do not call is left out of them.)
 */
export function correctedKindLabel(kind: CorrectedKind): string {
  return kind === 'article' ? 'Analysis' : PAGE_TYPES[kind];
}
