/**
 * Which preview images exist and what each card says: one for the site, and
 * one for every article, claim, actor, event and narrative page (or, for very large
 * archives, one per verdict that claim pages share). The drawing is
 * `publish/og-card.ts`; the disk cache is `src/adapter/og-cache.ts`.
 */
import type { Entry } from '#lib/content/entry.ts';
import { SITE } from '#lib/content/identity.ts';
import { ACTOR_KIND_LABELS } from '#lib/content/labels.ts';
import { formatDateRange, formatPartialDate } from '#lib/content/partial-date.ts';
import { RATING_SCALE, type Rating } from '#lib/content/ratings.ts';
import type { Actor, Article, Claim, Event, Narrative } from '#lib/content/schema/index.ts';
import { asSentence } from '#lib/text/sentences.ts';
import type { OgCard, OgImage } from './views.ts';

/**
 * What goes before a claim's summary when it is shared: the summary is
 * Dossier's restatement of the claim, not a quotation, so it is never put in
 * quotation marks, which would make it read as the claimant's own words.
 */
const CHECKED = 'Checked:';

/** The label of Dossier's translation of a quote, wherever it is shown. */
export const TRANSLATION_LABEL = "Dossier's translation:";

/** The title a claim's page is shared under: "Checked: <summary> — <verdict>". */
export function claimShareTitle(claim: Claim): string {
  return `${CHECKED} ${claim.summary} — ${RATING_SCALE[claim.rating].label}`;
}

/** The alt text of a card: what it says, in sentences, each ending in one full stop. */
function altOf(card: OgCard): string {
  const heading = card.lead ? `${card.lead} ${card.title}` : `${card.kind}: ${card.title}`;
  const verdict = card.rating ? `Verdict: ${RATING_SCALE[card.rating].label}` : undefined;
  const quoted = card.quote ? [`Quoted: ${card.quote.text}`, `${TRANSLATION_LABEL} ${card.quote.translation}`] : [];
  return [heading, card.subtitle, ...quoted, verdict]
    .filter((part) => part !== undefined)
    .map(asSentence)
    .join(' ');
}

const image = (path: string, card: OgCard): OgImage => ({ path, card, alt: altOf(card) });

/** A quote as a card shows it: composed (NFC), in quotation marks unless it starts with its own. */
function quoteText(quote: string): string {
  const text = quote.normalize('NFC').trim();
  return /^["“«‘'„]/u.test(text) ? text : `“${text}”`;
}

/** The preview cards of a site served at `host`, one function per kind of page. */
export function ogCardsFor(host: string) {
  return {
    /** The image of pages that have none of their own. */
    site: () => image('site', { kind: 'News analysis', title: SITE.tagline, host }),
    article: (article: Entry<Article>, outlet: Entry<Actor>) =>
      image(`articles/${article.id}`, {
        kind: 'Article',
        title: article.data.title,
        subtitle: `${outlet.data.name}, ${formatPartialDate(article.data.source.published)}`,
        host,
      }),
    claim: (article: Entry<Article>, claim: Claim, claimant: Entry<Actor>) =>
      image(`claims/${article.id}/${claim.id}`, {
        kind: 'Claim',
        lead: CHECKED,
        title: claim.summary,
        subtitle: `Claimed by ${claimant.data.name}`,
        rating: claim.rating,
        // A quote in another language is shown with Dossier's translation, in the composed form a font draws best.
        ...(claim.translation === undefined ? {} : { quote: { text: quoteText(claim.quote), translation: claim.translation } }),
        host,
      }),
    /** The card claim pages share under `claimCards: 'per-verdict'`: one per rating. */
    verdict: (rating: Rating) =>
      image(`verdicts/${rating}`, {
        kind: 'Claim',
        title: `A claim rated ${RATING_SCALE[rating].label.toLowerCase()}`,
        subtitle: `${RATING_SCALE[rating].meaning[0]!.toUpperCase()}${RATING_SCALE[rating].meaning.slice(1)}`,
        rating,
        host,
      }),
    actor: (actor: Entry<Actor>) =>
      image(`actors/${actor.id}`, {
        kind: ACTOR_KIND_LABELS[actor.data.kind].one,
        title: actor.data.name,
        subtitle: actor.data.summary,
        host,
      }),
    event: (event: Entry<Event>) =>
      image(`events/${event.id}`, {
        kind: 'Event',
        title: event.data.title,
        subtitle: formatDateRange(event.data.date, event.data.end),
        host,
      }),
    narrative: (narrative: Entry<Narrative>) =>
      image(`narratives/${narrative.id}`, {
        kind: 'Narrative',
        title: narrative.data.title,
        subtitle: `First seen ${formatPartialDate(narrative.data.firstSeen)}`,
        host,
      }),
  };
}
