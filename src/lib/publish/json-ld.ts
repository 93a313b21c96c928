/** Schema.org JSON-LD for the site's pages. */
import { lastCorrected } from '#lib/content/correction-order.ts';
import { SITE, isOwnArticle } from '#lib/content/identity.ts';
import { isSiteLanguage } from '#lib/content/languages.ts';
import type { Actor, ActorKind, Article, Claim, Event, Narrative } from '#lib/content/schema/index.ts';

const TYPES: Record<ActorKind, string> = {
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  region: 'Place',
  group: 'Organization',
  media: 'NewsMediaOrganization',
};

/** The JSON-LD of an actor, whose page is at `url` (absolute). */
export function actorJsonLd(actor: Actor, url: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': TYPES[actor.kind],
    '@id': `${url}#actor`,
    url,
    name: actor.name,
    ...(actor.aliases.length > 0 ? { alternateName: actor.aliases } : {}),
    description: actor.summary,
    ...(actor.wikidata ? { sameAs: [`https://www.wikidata.org/wiki/${actor.wikidata}`] } : {}),
  };
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">` element.
 * `<` is escaped so that no value, however hostile, can close the element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** What the JSON-LD of a claim's page is made from. */
export interface ClaimReviewInput {
  readonly claim: Claim;
  readonly ratingLabel: string;
  readonly article: Article;
  readonly claimant: { readonly actor: Actor; readonly url: string };
  readonly outlet: Actor;
  /** The claim page's absolute URL. */
  readonly url: string;
  /** The site's absolute home URL. */
  readonly siteUrl: string;
}

/** The site as the author of its reviews. */
export function siteJsonLd(siteUrl: string): Record<string, unknown> {
  return { '@type': 'Organization', '@id': `${siteUrl}#site`, name: SITE.name, url: siteUrl };
}

/** The language of an original in another language than the site's, as schema.org's `inLanguage`. */
const inLanguage = (article: Article) => (isSiteLanguage(article.lang) ? {} : { inLanguage: article.lang });

/** Schema.org `ClaimReview` of one claim, for its page. */
export function claimReviewJsonLd(input: ClaimReviewInput): Record<string, unknown> {
  const { claim, ratingLabel, article, claimant, outlet, url, siteUrl } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url,
    datePublished: article.analysed,
    // The latest correction of the claim, or else when it was first rated.
    dateModified: lastCorrected(claim.corrections) ?? article.analysed,
    author: siteJsonLd(siteUrl),
    // A short summary of the claim (schema.org's claimReviewed), not the quotation.
    claimReviewed: claim.summary,
    reviewRating: { '@type': 'Rating', alternateName: ratingLabel },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': TYPES[claimant.actor.kind], '@id': `${claimant.url}#actor`, name: claimant.actor.name },
      datePublished: article.source.published,
      appearance: {
        '@type': 'NewsArticle',
        ...(article.source.url && { url: article.source.url }),
        headline: article.title,
        ...inLanguage(article),
        datePublished: article.source.published,
        publisher: { '@type': 'Organization', name: outlet.name },
      },
    },
  };
}

/** What the JSON-LD of an article's page is made from. */
export interface ArticleJsonLdInput {
  readonly article: Article;
  readonly outlet: Actor;
  /** The article page's absolute URL. */
  readonly url: string;
  readonly siteUrl: string;
  /** The actors the article mentions, with their pages' absolute URLs. */
  readonly mentions: readonly { readonly actor: Actor; readonly url: string }[];
}

/**
 * Schema.org JSON-LD of an article's page: an `AnalysisNewsArticle` based on
 * the original, or, for the site's own explainers, a `BackgroundNewsArticle`.
 */
export function articleJsonLd(input: ArticleJsonLdInput): Record<string, unknown> {
  const { article, outlet, url, siteUrl, mentions } = input;
  const own = isOwnArticle(article.source);
  return {
    '@context': 'https://schema.org',
    '@type': own ? 'BackgroundNewsArticle' : 'AnalysisNewsArticle',
    '@id': `${url}#analysis`,
    url,
    headline: article.title,
    description: article.summary,
    datePublished: article.analysed,
    // The latest correction of the analysis or of any of its claims.
    dateModified: lastCorrected([...article.corrections, ...article.claims.flatMap((claim) => claim.corrections)]) ?? article.analysed,
    author: siteJsonLd(siteUrl),
    publisher: siteJsonLd(siteUrl),
    ...(!own && {
      isBasedOn: {
        '@type': article.genre === 'opinion' ? 'OpinionNewsArticle' : 'NewsArticle',
        url: article.source.url,
        headline: article.title,
        ...inLanguage(article),
        datePublished: article.source.published,
        publisher: { '@type': 'NewsMediaOrganization', name: outlet.name },
      },
    }),
    mentions: mentions.map(({ actor, url: actorUrl }) => ({
      '@type': TYPES[actor.kind],
      '@id': `${actorUrl}#actor`,
      name: actor.name,
    })),
  };
}

/** What the JSON-LD of an event's page is made from. */
export interface EventJsonLdInput {
  readonly event: Event;
  /** The event page's absolute URL. */
  readonly url: string;
  readonly description: string;
  readonly actors: readonly { readonly actor: Actor; readonly url: string }[];
}

/** Schema.org `Event` of an event's page; dates keep their own precision (ISO 8601 allows it). */
export function eventJsonLd({ event, url, description, actors }: EventJsonLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `${url}#event`,
    url,
    name: event.title,
    description,
    startDate: event.date,
    ...(event.end ? { endDate: event.end } : {}),
    ...(actors.length > 0
      ? {
          about: actors.map(({ actor, url: actorUrl }) => ({
            '@type': TYPES[actor.kind],
            '@id': `${actorUrl}#actor`,
            name: actor.name,
          })),
        }
      : {}),
  };
}

/** How many of a narrative's articles its JSON-LD lists as appearances: the oldest, so that a page stays light. */
export const NARRATIVE_APPEARANCES_LISTED = 50;

/** What the JSON-LD of a narrative's page is made from. */
export interface NarrativeJsonLdInput {
  readonly narrative: Narrative;
  /** The narrative page's absolute URL. */
  readonly url: string;
  readonly siteUrl: string;
  /** The articles that carry it, oldest first: each with its outlet and the absolute URL of its analysis. */
  readonly articles: readonly { readonly article: Article; readonly outlet: Actor; readonly url: string }[];
  /** Its related actors, with their pages' absolute URLs. */
  readonly actors: readonly { readonly actor: Actor; readonly url: string }[];
}

/**
 * Schema.org `Claim` of a narrative's page: a claim made again and again, its
 * appearances the articles that carry it (their originals, or the site's own
 * articles), interpreted from them by the site.
 */
export function narrativeJsonLd({ narrative, url, siteUrl, articles, actors }: NarrativeJsonLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    '@id': `${url}#narrative`,
    url,
    name: narrative.title,
    text: narrative.summary,
    dateCreated: narrative.firstSeen,
    ...(lastCorrected(narrative.corrections) ? { dateModified: lastCorrected(narrative.corrections) } : {}),
    claimInterpreter: siteJsonLd(siteUrl),
    ...(articles.length > 0
      ? {
          appearance: articles.slice(0, NARRATIVE_APPEARANCES_LISTED).map(({ article, outlet, url: analysisUrl }) => ({
            '@type': article.genre === 'opinion' ? 'OpinionNewsArticle' : 'NewsArticle',
            url: article.source.url ?? analysisUrl,
            headline: article.title,
            datePublished: article.source.published,
            publisher: { '@type': 'NewsMediaOrganization', name: outlet.name },
          })),
        }
      : {}),
    ...(actors.length > 0
      ? { about: actors.map(({ actor, url: actorUrl }) => ({ '@type': TYPES[actor.kind], '@id': `${actorUrl}#actor`, name: actor.name })) }
      : {}),
  };
}
