/**
 * The site's URLs (DESIGN.md, "URLs"): public contracts, built in one place.
 * Paths are root-relative; {@link withBase} puts them under Astro's `base`.
 */

/** Root-relative paths of the site's pages. */
export const paths = {
  home: () => '/',
  articles: () => '/articles/',
  article: (slug: string) => `/articles/${slug}/`,
  claim: (slug: string, id: string) => `/articles/${slug}/claims/${id}/`,
  claimInContext: (slug: string, id: string) => `/articles/${slug}/#claim-${id}`,
  claims: () => '/claims/',
  claimsBy: (facet: 'rating' | 'kind' | 'actor', value: string) => `/claims/${facet}/${value}/`,
  about: () => '/about/',
  search: () => '/search/',
  timeline: () => '/timeline/',
  timelineOf: (actor: string) => `/timeline/${actor}/`,
  event: (id: string) => `/events/${id}/`,
  eventOnTimeline: (id: string) => `/timeline/#${id}`,
  actors: () => '/actors/',
  actor: (id: string) => `/actors/${id}/`,
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
