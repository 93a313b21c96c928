/** Schema.org JSON-LD for the site's pages. */
import type { Actor, ActorKind } from './schema/index.ts';

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
