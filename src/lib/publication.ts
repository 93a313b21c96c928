/**
 * The site as a publication. Its explainers are articles like any other,
 * with the site itself as their outlet: an actor of kind `media` whose id is
 * {@link PUBLICATION.actor}. Those articles have no original to link to.
 */
export const PUBLICATION = {
  /** The site's name, as pages, feeds and structured data give it. */
  name: 'Dossier',
  /** The actor id of the site, the outlet of the articles it writes itself. */
  actor: 'dossier',
} as const;

/** Whether an article with this outlet is one the site wrote itself. */
export function isOwnArticle(source: { readonly outlet: string }): boolean {
  return source.outlet === PUBLICATION.actor;
}
