/** The preview image of every page that has its own: what each card says, and where it is served. */
import { ACTOR_KIND_LABELS } from '../lib/labels.ts';
import type { OgCard } from '../lib/og-image.ts';
import { formatDateRange, formatPartialDate } from '../lib/partial-date.ts';
import { RATING_SCALE } from '../lib/ratings.ts';
import { getActorViews, getArticleCards, getClaimViews, getEventViews } from './site.ts';

/** A preview image: its path under `/og/` (without `.png`), its card and its alt text. */
export interface OgImage {
  readonly path: string;
  readonly card: OgCard;
  readonly alt: string;
}

/** The image of pages that have none of their own. */
export const SITE_IMAGE_PATH = 'site';

const host = () => new URL(import.meta.env.SITE ?? 'http://localhost:4321').host;

/** The URL path of a preview image. */
export function ogImageUrl(path: string): string {
  return `/og/${path}.png`;
}

/** The alt text of a card: what it says, in one line. */
function altOf(card: OgCard): string {
  const verdict = card.rating ? ` Verdict: ${RATING_SCALE[card.rating].label}.` : '';
  return `${card.kind}: ${card.title}.${card.subtitle ? ` ${card.subtitle}.` : ''}${verdict}`;
}

const image = (path: string, card: OgCard): OgImage => ({ path, card, alt: altOf(card) });

let images: Promise<OgImage[]> | undefined;

/** Every preview image of the site, listed once per build. */
export function getOgImages(): Promise<OgImage[]> {
  images ??= listOgImages();
  return images;
}

async function listOgImages(): Promise<OgImage[]> {
  const [articles, claims, actors, events] = await Promise.all([
    getArticleCards(),
    getClaimViews(),
    getActorViews(),
    getEventViews(),
  ]);
  return [
    image(SITE_IMAGE_PATH, {
      kind: 'News analysis',
      title: 'News articles read closely: the claims they make, checked against public sources',
      host: host(),
    }),
    ...articles.map(({ article, outlet }) =>
      image(`articles/${article.id}`, {
        kind: 'Article',
        title: article.data.title,
        subtitle: `${outlet.data.name}, ${formatPartialDate(article.data.source.published)}`,
        host: host(),
      }),
    ),
    ...claims.map(({ article, claim, claimant }) =>
      image(`claims/${article.id}/${claim.id}`, {
        kind: 'Claim',
        title: `“${claim.summary}”`,
        subtitle: `Claimed by ${claimant.data.name}`,
        rating: claim.rating,
        host: host(),
      }),
    ),
    ...actors.map(({ actor }) =>
      image(`actors/${actor.id}`, {
        kind: ACTOR_KIND_LABELS[actor.data.kind].one,
        title: actor.data.name,
        subtitle: actor.data.summary,
        host: host(),
      }),
    ),
    ...events.map(({ event }) =>
      image(`events/${event.id}`, {
        kind: 'Event',
        title: event.data.title,
        subtitle: formatDateRange(event.data.date, event.data.end),
        host: host(),
      }),
    ),
  ];
}

let byPath: Promise<Map<string, OgImage>> | undefined;

/** One preview image by its path; pages ask for their own (looked up in a map built once). */
export async function getOgImageFor(path: string): Promise<OgImage> {
  byPath ??= getOgImages().then((images) => new Map(images.map((og) => [og.path, og])));
  const found = (await byPath).get(path);
  if (!found) throw new Error(`No preview image at /og/${path}.png`);
  return found;
}

