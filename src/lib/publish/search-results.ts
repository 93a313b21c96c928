/**
 * What a search result is, from the data Pagefind returns to the cards the
 * search page shows: an actor (name, kind, summary), an article (title,
 * outlet, date) with the claims that matched, an event (date, title) or a
 * narrative (title, when it was first seen, summary).
 *
 * Claims are not pages of the index: each claim card in an article's claims
 * panel is a sub-result of the article, titled by {@link claimCardTitle}, and
 * comes back here as a claim linking to the claim's own page. This module
 * runs in the browser; its imports stay free of the schemas.
 */
import { PAGE_TYPES } from '#lib/content/labels.ts';
import { RATING_SCALE, RATINGS, type Rating } from '#lib/content/ratings.ts';
import { claimCardTitleId } from '#lib/content/urls.ts';

/** The separator between a claim's summary and its verdict in its card's search title. */
const VERDICT_SEPARATOR = ' — verdict: ';

/** The search title of a claim's card: its summary and its verdict, read back by {@link readClaimAnchor}. */
export function claimCardTitle(summary: string, rating: Rating): string {
  return `${summary}${VERDICT_SEPARATOR}${RATING_SCALE[rating].label}`;
}

/** A claim found inside an article. */
export interface ClaimHit {
  readonly id: string;
  readonly summary: string;
  readonly rating: Rating;
  /** The claim's own page, with the terms to highlight. */
  readonly url: string;
}

// The heading id of a card is the claim's id between these two.
const [CARD_PREFIX, CARD_SUFFIX] = claimCardTitleId('\0').split('\0') as [string, string];

/** Whether an anchor is a claim card's heading. */
function isClaimAnchor(anchorId: string | undefined): anchorId is string {
  return anchorId !== undefined && anchorId.startsWith(CARD_PREFIX) && anchorId.endsWith(CARD_SUFFIX);
}

/** The claim a sub-result's anchor (a claim card's heading) stands for, or `undefined` when it is not one. */
export function readClaimAnchor(anchorId: string | undefined, title: string): Omit<ClaimHit, 'url'> | undefined {
  if (!isClaimAnchor(anchorId)) return undefined;
  const id = anchorId.slice(CARD_PREFIX.length, anchorId.length - CARD_SUFFIX.length);
  if (id === '') return undefined;
  const at = title.lastIndexOf(VERDICT_SEPARATOR);
  if (at < 0) return undefined;
  const label = title.slice(at + VERDICT_SEPARATOR.length);
  const rating = RATINGS.find((r) => RATING_SCALE[r].label === label);
  if (!rating) return undefined;
  return { id, summary: title.slice(0, at), rating };
}

/** One section of a result's page that matched: the text from one heading to the next. */
export interface PagefindSubResult {
  readonly title: string;
  readonly url: string;
  /** The element that starts the section (a heading); absent for the text before the first. */
  readonly anchor?: { readonly id?: string; readonly element?: string };
  /** The section's snippet, with the matched words in `<mark>`. */
  readonly excerpt?: string;
  /** Where the matched words are, one position each. */
  readonly locations?: readonly number[];
}

/** The part of Pagefind's result data this site reads. */
export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly sub_results?: readonly PagefindSubResult[];
}

/** A result as the search page shows it. */
export type ResultCard =
  | { readonly type: 'actor'; readonly url: string; readonly title: string; readonly kind: string; readonly summary: string }
  | {
      readonly type: 'article';
      readonly url: string;
      readonly title: string;
      readonly outlet: string;
      readonly date: string;
      /** The language of the title and the text, when it is not the site's (a BCP 47 tag). */
      readonly lang?: string;
      /** The article's text where it matched, with the matched words in `<mark>`; empty when only its claims matched. */
      readonly excerpt: string;
      readonly claims: readonly ClaimHit[];
    }
  | { readonly type: 'event'; readonly url: string; readonly title: string; readonly date: string }
  | { readonly type: 'narrative'; readonly url: string; readonly title: string; readonly date: string; readonly summary: string };

/** Which claims of an article to show. */
export interface ClaimChoice {
  /** Only claims with one of these verdicts (when a rating filter is picked). */
  readonly ratings?: readonly Rating[];
}

/** The claim page of a claim found in the article at `articleUrl`, keeping its query (the terms to highlight). */
function claimPageUrl(articleUrl: string, id: string): string {
  const url = new URL(articleUrl, 'https://dossier.invalid');
  const path = `${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}claims/${id}/`;
  const local = `${path}${url.search}`;
  return /^(https?:)?\/\//.test(articleUrl) ? new URL(local, articleUrl).href : local;
}

/**
 * The snippet of an article: from the section of its text with the most
 * matched words; never from its title (shown above it) or a claim's card
 * (whose words are the analyst's, shown as the claim). Pagefind's own
 * excerpt is for the whole page, cards included; it is used only for data
 * without sections.
 */
function textExcerpt(data: PagefindResultData): string {
  if (data.sub_results === undefined) return data.excerpt;
  let best: PagefindSubResult | undefined;
  for (const sub of data.sub_results) {
    if (sub.anchor?.element === 'h1' || isClaimAnchor(sub.anchor?.id) || !sub.excerpt) continue;
    if (!best || (sub.locations?.length ?? 0) > (best.locations?.length ?? 0)) best = sub;
  }
  return best?.excerpt ?? '';
}

/** The card of one result, or `undefined` for a page of a type this site does not index. */
export function toResultCard(data: PagefindResultData, choice: ClaimChoice = {}): ResultCard | undefined {
  const { meta } = data;
  const title = meta['title'] ?? data.url;
  switch (meta['type']) {
    case PAGE_TYPES.actor:
      return { type: 'actor', url: data.url, title, kind: meta['kind'] ?? '', summary: meta['summary'] ?? '' };
    case PAGE_TYPES.event:
      return { type: 'event', url: data.url, title, date: meta['date'] ?? '' };
    case PAGE_TYPES.narrative:
      return { type: 'narrative', url: data.url, title, date: meta['date'] ?? '', summary: meta['summary'] ?? '' };
    case PAGE_TYPES.article: {
      const seen = new Set<string>();
      const claims: ClaimHit[] = [];
      for (const sub of data.sub_results ?? []) {
        const claim = readClaimAnchor(sub.anchor?.id, sub.title);
        if (!claim || seen.has(claim.id)) continue;
        if (choice.ratings && choice.ratings.length > 0 && !choice.ratings.includes(claim.rating)) continue;
        seen.add(claim.id);
        claims.push({ ...claim, url: claimPageUrl(data.url, claim.id) });
      }
      return {
        type: 'article',
        url: data.url,
        title,
        outlet: meta['outlet'] ?? '',
        date: meta['date'] ?? '',
        ...(meta['lang'] ? { lang: meta['lang'] } : {}),
        excerpt: textExcerpt(data),
        claims,
      };
    }
    default:
      return undefined;
  }
}

/** How many of each kind of result a search shows. */
export interface ResultCounts {
  readonly actors: number;
  readonly articles: number;
  readonly claims: number;
  readonly events: number;
  readonly narratives: number;
}

const COUNT_WORDS: readonly (readonly [keyof ResultCounts, string, string])[] = [
  ['actors', 'actor', 'actors'],
  ['articles', 'article', 'articles'],
  ['claims', 'claim', 'claims'],
  ['events', 'event', 'events'],
  ['narratives', 'narrative', 'narratives'],
];

/**
 * The status line of a search: what is shown, counted as it is shown ("1
 * actor, 3 articles, 9 claims and 1 event for “drones”."), and whether
 * more is to come.
 */
export function describeResults(counts: ResultCounts, query: string, more: boolean): string {
  const parts = COUNT_WORDS.filter(([key]) => counts[key] > 0).map(
    ([key, one, many]) => `${counts[key].toLocaleString('en')} ${counts[key] === 1 ? one : many}`,
  );
  const what = query === '' ? '' : ` for “${query}”`;
  if (parts.length === 0) return more ? `Searching${what}…` : `No results${what}.`;
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  return `${more ? 'Showing ' : ''}${list}${what}${more ? '; more below' : ''}.`;
}
