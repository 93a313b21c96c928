/**
 * The filters of `/claims/`: by rating, by kind and by actor, each a static
 * page, so that filtering needs no JavaScript and every filter has a URL.
 */
import type { Entry } from '#lib/content/entry.ts';
import { CLAIM_KIND_LABELS } from '#lib/content/labels.ts';
import { RATING_SCALE, RATINGS, type Rating } from '#lib/content/ratings.ts';
import { type Actor, CLAIM_KINDS } from '#lib/content/schema/index.ts';
import type { ClaimView } from './views.ts';

/** What a claim can be filtered by. */
export type ClaimFacet = 'rating' | 'kind' | 'actor';

/** One filter value and the claims it keeps. */
export interface ClaimFacetValue {
  readonly facet: ClaimFacet;
  /** The value in the filter's URL: a rating, a kind or an actor id. */
  readonly value: string;
  /** How the value reads on a page. */
  readonly label: string;
  /** The claims it keeps, in the order of the whole list. */
  readonly claims: readonly ClaimView[];
}

/** The actors a claim involves: its claimant and its subjects. */
export function actorsOfClaim({ claimant, about }: Pick<ClaimView, 'claimant' | 'about'>): Entry<Actor>[] {
  return [...new Map([claimant, ...about].map((actor) => [actor.id, actor])).values()];
}

/**
 * Every filter value worth a page, with the claims it keeps: all ratings and
 * kinds (a rating with no claim says so), then every actor some claim
 * involves, by id.
 */
export function buildClaimFacets(claims: readonly ClaimView[]): ClaimFacetValue[] {
  const byActor = new Map<string, { actor: Entry<Actor>; claims: ClaimView[] }>();
  for (const view of claims) {
    for (const actor of actorsOfClaim(view)) {
      const found = byActor.get(actor.id) ?? { actor, claims: [] };
      found.claims.push(view);
      byActor.set(actor.id, found);
    }
  }
  return [
    ...RATINGS.map((value) => ({
      facet: 'rating' as const,
      value,
      label: RATING_SCALE[value].label,
      claims: claims.filter((view) => view.claim.rating === value),
    })),
    ...CLAIM_KINDS.map((value) => ({
      facet: 'kind' as const,
      value,
      label: CLAIM_KIND_LABELS[value],
      claims: claims.filter((view) => view.claim.kind === value),
    })),
    ...[...byActor.keys()].sort().map((value) => {
      const { actor, claims: kept } = byActor.get(value)!;
      return { facet: 'actor' as const, value, label: actor.data.name, claims: kept };
    }),
  ];
}

/**
 * A record: whose claims a scorecard counts. `by`: the claims an actor makes;
 * `outlet`: the claims checked in the articles an outlet published.
 */
export type ClaimRecord = 'by' | 'outlet';

/** The claims of one record with one rating: what a scorecard's bar links to. */
export interface ClaimRecordValue {
  readonly record: ClaimRecord;
  /** The actor's or outlet's id. */
  readonly id: string;
  /** Its name, for the page's heading. */
  readonly name: string;
  readonly rating: Rating;
  /** The claims it keeps, in the order of the whole list. */
  readonly claims: readonly ClaimView[];
}

/**
 * The claims of every record split by rating: one value per actor, outlet and
 * rating that has at least one claim (a scorecard draws no bar, and links to
 * no page, for a rating with none). Actors and outlets by id, ratings in the
 * scale's order.
 */
export function buildClaimRecords(claims: readonly ClaimView[]): ClaimRecordValue[] {
  const records = new Map<string, { record: ClaimRecord; actor: Entry<Actor>; claims: Map<Rating, ClaimView[]> }>();
  const add = (record: ClaimRecord, actor: Entry<Actor>, view: ClaimView) => {
    const key = `${record}\u0000${actor.id}`;
    const found = records.get(key) ?? { record, actor, claims: new Map<Rating, ClaimView[]>() };
    const kept = found.claims.get(view.claim.rating);
    if (kept) kept.push(view);
    else found.claims.set(view.claim.rating, [view]);
    records.set(key, found);
  };
  for (const view of claims) {
    add('by', view.claimant, view);
    add('outlet', view.outlet, view);
  }
  return [...records.values()]
    .sort((a, b) => a.record.localeCompare(b.record) || a.actor.id.localeCompare(b.actor.id))
    .flatMap(({ record, actor, claims: byRating }) =>
      RATINGS.filter((rating) => byRating.has(rating)).map((rating) => ({
        record,
        id: actor.id,
        name: actor.data.name,
        rating,
        claims: byRating.get(rating)!,
      })),
    );
}
