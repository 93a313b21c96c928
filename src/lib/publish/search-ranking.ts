/**
 * How search ranks results, shared by the search page and the tests that
 * check it. Pagefind adds a boost for matches in these metadata fields on top
 * of its text ranking; actor pages carry every name of the actor in `aliases`
 * and the one-word names again in `words`, so that a search for any name an
 * article uses finds the actor's page first, even where the word is also part
 * of a longer name ("Tehran" for Iran, not the Tehran Times). After the
 * actor come the articles that discuss the term most, their claims, then events.
 */
export const SEARCH_RANKING = {
  metaWeights: { aliases: 10, words: 10 },
  // Articles are long and events short: without this, any event whose title
  // names a term outranks the articles that discuss it at length. Length is
  // not held against a page, and a term used often counts for more.
  pageLength: 0,
  termSaturation: 1.6,
} as const;
