/**
 * The search page's result cards, built from text only: an actor, an event,
 * a narrative, or an article with the snippet of its text and the claims that
 * matched in it; with type "Claim" alone, the claims on their own, each with
 * its article.
 */
import { RATING_SCALE, type Rating } from '#lib/content/ratings.ts';
import type { ClaimHit, ResultCard } from '#lib/publish/search-results.ts';
import { h, markedText } from './dom.ts';

/** A verdict badge, as the site's pages show it. */
function verdict(rating: Rating): HTMLElement {
  return h('span', { class: 'verdict', 'data-rating': rating }, RATING_SCALE[rating].label);
}

/** The card of one claim: labelled as a claim with its verdict, then its summary, linking to its page. */
function claimItem(claim: ClaimHit, context?: { title: string; url: string; lang?: string | undefined }): HTMLElement {
  return h(
    'li',
    { class: 'search-result search-result-claim' },
    h('p', { class: 'search-kicker' }, 'Claim ', verdict(claim.rating), context && ' in ', context && h('a', { href: context.url, lang: context.lang }, context.title)),
    h('p', { class: 'search-title' }, h('a', { href: claim.url, 'data-result': '' }, claim.summary)),
  );
}

/** The path of a URL, which is what tells two results for the same page apart (the query differs). */
export function pathOf(url: string): string {
  return new URL(url, location.href).pathname;
}

/** The list items of one result. */
export function resultItems(card: ResultCard, onlyClaims: boolean): HTMLElement[] {
  const title = (url: string, text: string, lang?: string) => h('p', { class: 'search-title' }, h('a', { href: url, 'data-result': '', lang }, text));
  switch (card.type) {
    case 'actor':
      return [
        h(
          'li',
          { class: 'search-result search-result-actor', 'data-path': pathOf(card.url) },
          h('p', { class: 'search-kicker' }, `Actor · ${card.kind}`),
          title(card.url, card.title),
          card.summary !== '' && h('p', {}, card.summary),
        ),
      ];
    case 'event':
      return [
        h(
          'li',
          { class: 'search-result search-result-event' },
          h('p', { class: 'search-kicker' }, 'Event · ', h('span', { class: 'search-date' }, card.date)),
          title(card.url, card.title),
        ),
      ];
    case 'narrative':
      return [
        h(
          'li',
          { class: 'search-result search-result-narrative' },
          h('p', { class: 'search-kicker' }, ['Narrative', card.date].filter((part) => part !== '').join(' · ')),
          title(card.url, card.title),
          card.summary !== '' && h('p', {}, card.summary),
        ),
      ];
    case 'article':
      if (onlyClaims) return card.claims.map((claim) => claimItem(claim, { title: card.title, url: card.url, lang: card.lang }));
      return [
        h(
          'li',
          { class: 'search-result search-result-article' },
          h('p', { class: 'search-kicker' }, ['Article', card.outlet, card.date].filter((part) => part !== '').join(' · ')),
          // An article's title and text are its own words, in its language; the rest is the site's.
          title(card.url, card.title, card.lang),
          card.excerpt !== '' && h('p', { class: 'search-excerpt', lang: card.lang }, markedText(card.excerpt)),
          card.claims.length > 0 &&
            h('ul', { class: 'search-claims' }, ...card.claims.map((claim) => claimItem(claim))),
        ),
      ];
  }
}
