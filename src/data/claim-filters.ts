/** The filter pages of `/claims/`: every filter value with its count, computed once per build. */
import { type ClaimFacet, facetValues } from '../lib/claim-filters.ts';
import { getClaimViews } from './site.ts';

let values: Promise<{ facet: ClaimFacet; value: string; count: number }[]> | undefined;

/** Every filter value worth a page, with how many claims it keeps. */
export function getFacetValues(): Promise<{ facet: ClaimFacet; value: string; count: number }[]> {
  values ??= getClaimViews().then(facetValues);
  return values;
}
