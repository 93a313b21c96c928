/**
 * The filters of `/claims/`: by rating, by kind and by actor, each a static
 * page, so that filtering needs no JavaScript and every filter has a URL.
 */
import { claimantOf } from './backlinks.ts';
import { RATINGS } from './ratings.ts';
import { CLAIM_KINDS, type Article, type Claim } from './schema/index.ts';
import type { Entry } from './site-model.ts';

/** What a claim can be filtered by. */
export type ClaimFacet = 'rating' | 'kind' | 'actor';

/** A claim with its article, as the filters see it. */
export interface FilterableClaim {
  readonly article: Entry<Article>;
  readonly claim: Claim;
}

/** The actors a claim involves: its claimant and its subjects. */
export function actorsOfClaim({ article, claim }: FilterableClaim): string[] {
  return [...new Set([claimantOf(article, claim), ...claim.about])];
}

/** Whether `item` matches `value` of `facet`. */
export function matchesFacet(item: FilterableClaim, facet: ClaimFacet, value: string): boolean {
  if (facet === 'rating') return item.claim.rating === value;
  if (facet === 'kind') return item.claim.kind === value;
  return actorsOfClaim(item).includes(value);
}

/**
 * Every filter value worth a page, with how many claims it keeps: all ratings
 * and kinds (a rating with no claim says so), and every actor some claim involves.
 */
export function facetValues(items: readonly FilterableClaim[]): { facet: ClaimFacet; value: string; count: number }[] {
  const count = (facet: ClaimFacet, value: string) => items.filter((item) => matchesFacet(item, facet, value)).length;
  const actors = [...new Set(items.flatMap(actorsOfClaim))].sort();
  return [
    ...RATINGS.map((value) => ({ facet: 'rating' as const, value, count: count('rating', value) })),
    ...CLAIM_KINDS.map((value) => ({ facet: 'kind' as const, value, count: count('kind', value) })),
    ...actors.map((value) => ({ facet: 'actor' as const, value, count: count('actor', value) })),
  ];
}
