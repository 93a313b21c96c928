/**
 * The site's identity: its name and what it says of itself, in one place for
 * pages, feeds, preview cards and structured data.
 *
 * The site is also a publication. Its explainers are articles like any other,
 * with the site itself as their outlet: an actor of kind `media` whose id is
 * {@link SITE.actor}. Those articles have no original to link to.
 */
export const SITE = {
  /** The site's name, as pages, feeds and structured data give it. */
  name: 'Dossier',
  /** What the site does, in one line: the feed's description and the site's preview card. */
  tagline: 'News articles read closely: the claims they make, checked against public sources',
  /** The home page's description for search engines and link previews. */
  description:
    'News articles read closely: the claims they make, checked against public sources; the people, organisations and countries they name; the dates they mention.',
  /** The actor id of the site, the outlet of the articles it writes itself. */
  actor: 'dossier',
} as const;

/** Whether an article with this outlet is one the site wrote itself. */
export function isOwnArticle(source: { readonly outlet: string }): boolean {
  return source.outlet === SITE.actor;
}
