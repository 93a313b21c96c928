/**
 * What an actor's page shows of everywhere the actor appears, so that the
 * page of an actor named in hundreds of articles, dozens of times each, still
 * reads from the top: its record, one scorecard where its two lists hold the
 * same claims, and the latest articles that name it, a few sentences of each
 * with the actor's names marked.
 */
import type { ClaimRecordValue } from './claim-facets.ts';
import type { ActorScorecard, ArticleMentions, LatestMentions, SentenceMention } from './views.ts';

/**
 * How much an actor's page lists: its latest articles (those it published or
 * wrote, and those that name it), up to `sentences` sentences of each article
 * that names it, and its latest claims. The rest are a link away: in the
 * article itself, on `/claims/actor/<id>/` and in search.
 */
export const ACTOR_PAGE_LATEST = { articles: 10, sentences: 3, claims: 20 } as const;

/** How much of an actor's mentions {@link latestMentions} keeps. */
export interface MentionLimits {
  /** How many articles. */
  readonly articles: number;
  /** How many sentences of each. */
  readonly sentences: number;
}

/**
 * The first `limits.articles` articles of an actor's mentions (the backlinks'
 * order: newest first), each with its first `limits.sentences` sentences and
 * the count and first of the rest.
 */
export function latestMentions(mentions: readonly ArticleMentions[], limits: MentionLimits = ACTOR_PAGE_LATEST): LatestMentions {
  return {
    groups: mentions.slice(0, limits.articles).map(({ article, mentions: sentences }) => {
      const rest = sentences.slice(limits.sentences);
      return {
        article,
        mentions: sentences.slice(0, limits.sentences),
        more: rest[0] ? { count: rest.length, first: rest[0] } : undefined,
      };
    }),
    articles: mentions.length,
  };
}

/** A piece of a sentence: plain `text`, a `name` of the actor, or the name the sentence `link`s from. */
export interface SentencePart {
  readonly kind: 'text' | 'name' | 'link';
  readonly text: string;
}

/**
 * A sentence cut at the actor's names, so that a page marks the names and not
 * the sentence: the mention's own name is the `link`, the others are `name`s.
 * A name that does not stand at its offset, or overlaps the one before, stays
 * text (the renderer's mentions never do either).
 */
export function markNames({ sentence, offset, alias, names }: SentenceMention): SentencePart[] {
  const all = names.some((name) => name.offset === offset) ? names : [...names, { offset, alias }];
  const parts: SentencePart[] = [];
  let cursor = 0;
  for (const name of [...all].sort((a, b) => a.offset - b.offset)) {
    const end = name.offset + name.alias.length;
    if (name.offset < cursor || sentence.slice(name.offset, end) !== name.alias) continue;
    if (name.offset > cursor) parts.push({ kind: 'text', text: sentence.slice(cursor, name.offset) });
    parts.push({ kind: name.offset === offset ? 'link' : 'name', text: name.alias });
    cursor = end;
  }
  if (cursor < sentence.length) parts.push({ kind: 'text', text: sentence.slice(cursor) });
  return parts;
}

/** A record's claims split by rating, in the scale's order, as {@link ClaimRecordValue}s hold them. */
export type RecordClaims = readonly Pick<ClaimRecordValue, 'rating' | 'claims'>[];

/** Whether two records count the same claims (and so draw the same scorecard). */
export function sameClaims(a: RecordClaims, b: RecordClaims): boolean {
  const left = a.flatMap((list) => list.claims);
  const right = new Set(b.flatMap((list) => list.claims));
  return left.length === right.size && left.every((claim) => right.has(claim));
}

/**
 * The scorecards of an actor's page: one for the claims it made (`by`) and one
 * for those checked in the articles it published (`outlet`), each only if it
 * has claims; one (`both`) when the two are the same claims, as they are for an
 * outlet whose articles name no claimant but itself and that is quoted nowhere else.
 */
export function actorScorecards(by: RecordClaims, outlet: RecordClaims): ActorScorecard[] {
  const scorecard = (counts: ActorScorecard['counts'], record: RecordClaims): ActorScorecard => {
    const tally = record.map(({ rating, claims }) => ({ rating, count: claims.length }));
    return { counts, tally, total: tally.reduce((sum, { count }) => sum + count, 0) };
  };
  if (by.length > 0 && sameClaims(by, outlet)) return [scorecard('both', by)];
  return [...(by.length > 0 ? [scorecard('by', by)] : []), ...(outlet.length > 0 ? [scorecard('outlet', outlet)] : [])];
}
