/**
 * The site's URLs: public contracts (people share them), built in this one
 * place, with the element ids that URL fragments point at. Paths are
 * root-relative; {@link withBase} puts them under Astro's `base`.
 */

/** The element id of a claim's span in its article: `claim-<id>`, the fragment of a claim in context. */
export function claimAnchorId(id: string): string {
  return `claim-${id}`;
}

/** The element id of a claim's card in its article's claims panel. */
export function claimCardId(id: string): string {
  return `claim-card-${id}`;
}

/** The element id of the heading of a claim's card: the anchor of the claim's search sub-result. */
export function claimCardTitleId(id: string): string {
  return `${claimCardId(id)}-title`;
}

/**
 * The element id of an article's text on its page. Search makes it the anchor
 * of a sub-result of its own, so that the text that matched is told apart
 * from the title and the claims' cards.
 */
export const ARTICLE_TEXT_ID = 'article-text';

/** The element id of the `n`th (1-based) mention of `event` in an article. */
export function dateAnchorId(event: string, n: number): string {
  return `date-${event}-${n}`;
}

/** The element id of an event on the timeline: its id, so that `/timeline/#<event-id>` is the event. */
export function timelineEventId(event: string): string {
  return event;
}

/** The element id of the `n`th (1-based) mention of `actor` in an article. */
export function mentionAnchorId(actor: string, n: number): string {
  return `mention-${actor}-${n}`;
}

/** The element id of a claim in a narrative's list of its claims: claim ids are unique only within their article. */
export function narrativeClaimId(article: string, claim: string): string {
  return `claim-${article}--${claim}`;
}

/** The element id of a correction on its entry's page; on an article's page, a claim's carry the claim's id. */
export function correctionId(index: number, claim?: string): string {
  return claim === undefined ? `correction-${index + 1}` : `correction-${claim}-${index + 1}`;
}

/** Root-relative paths of the site's pages and files. */
export const paths = {
  home: () => '/',
  articles: () => '/articles/',
  article: (slug: string) => `/articles/${slug}/`,
  /** A place in an article: a claim's span, a mention, a date. */
  articleAt: (slug: string, elementId: string) => `/articles/${slug}/#${elementId}`,
  claim: (slug: string, id: string) => `/articles/${slug}/claims/${id}/`,
  claimInContext: (slug: string, id: string) => `/articles/${slug}/#${claimAnchorId(id)}`,
  claims: () => '/claims/',
  claimsBy: (facet: 'rating' | 'kind' | 'actor', value: string) => `/claims/${facet}/${value}/`,
  /** The claims an actor makes (`by`), or checked in an outlet's articles (`outlet`), with one rating: a scorecard's bar. */
  claimsOf: (record: 'by' | 'outlet', id: string, rating: string) => `/claims/${record}/${id}/${rating}/`,
  about: () => '/about/',
  aboutSection: (section: 'ratings' | 'data' | 'corrections') => `/about/#${section}`,
  corrections: () => '/corrections/',
  correctionsFeed: () => '/corrections.xml',
  search: () => '/search/',
  /** A file the search boxes read: `names.json` (actors' names), `titles.json` (narratives', articles' and events' titles) or `filters.json` (filter values). */
  searchFile: (file: 'names.json' | 'titles.json' | 'filters.json') => `/search/${file}`,
  timeline: () => '/timeline/',
  timelineOf: (actor: string) => `/timeline/${actor}/`,
  event: (id: string) => `/events/${id}/`,
  eventOnTimeline: (id: string) => `/timeline/#${timelineEventId(id)}`,
  actors: () => '/actors/',
  actor: (id: string) => `/actors/${id}/`,
  narratives: () => '/narratives/',
  narrative: (id: string) => `/narratives/${id}/`,
  /** A claim in a narrative's list of its claims. */
  narrativeClaim: (id: string, article: string, claim: string) => `/narratives/${id}/#${narrativeClaimId(article, claim)}`,
  /** A preview image, by its path under `/og/` without the extension. */
  ogImage: (path: string) => `/og/${path}.png`,
  /** An open-data file: `/data/claims.json`. */
  data: (file: string) => `/data/${file}`,
  rss: () => '/rss.xml',
  sitemap: () => '/sitemap-index.xml',
  favicon: () => '/favicon.svg',
  /** What the previews of actor, event and narrative links show, loaded on the first preview. */
  previews: () => '/previews.json',
  /** Where Pagefind writes its index and scripts. */
  pagefind: () => '/pagefind/',
} as const;

/** Prefixes a root-relative path with the site's base (`/` or a sub-path such as `/dossier/`). */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The host of an external URL, for "Read the original at …" links. */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
