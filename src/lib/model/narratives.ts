/**
 * Narratives as their pages show them: the claims that carry each, in the
 * order their articles were published, grouped by outlet and by language and
 * counted by period for the chart of appearances; and which narratives each
 * actor takes part in.
 */
import { languageName, languageOf } from '#lib/content/languages.ts';
import type { Entry } from '#lib/content/entry.ts';
import { comparePartialDates } from '#lib/content/partial-date.ts';
import type { Actor, Narrative } from '#lib/content/schema/index.ts';
import type { RenderedProse } from '#lib/render/prose-renderer.ts';
import { chartAppearances, publishedOf } from './appearance-chart.ts';
import type {
  AppearanceGroup,
  ClaimView,
  CorrectionItem,
  LanguageAppearances,
  NarrativeView,
  OgImage,
  OutletAppearances,
  RatingTally,
} from './views.ts';

/**
 * Claims in the order their articles were published, oldest first (a less
 * precise date before the dates it contains), then by article id; a stable
 * sort, so each article's claims keep the order they were given in.
 */
export function inPublicationOrder(claims: readonly ClaimView[]): ClaimView[] {
  return [...claims].sort((a, b) => comparePartialDates(publishedOf(a), publishedOf(b)) || a.article.id.localeCompare(b.article.id));
}

/** What a group of claims (in publication order) shares besides its claims: how many articles, and when the first and latest appeared. */
function summarise(claims: readonly ClaimView[]): AppearanceGroup {
  return {
    claims,
    articles: new Set(claims.map((view) => view.article.id)).size,
    first: publishedOf(claims[0]!),
    latest: claims.map(publishedOf).reduce((latest, date) => (comparePartialDates(date, latest) > 0 ? date : latest)),
  };
}

/** Claims grouped by `keyOf`, each group in the order of `claims` and the groups in the order of their first claim. */
function groupInOrder<K>(claims: readonly ClaimView[], keyOf: (view: ClaimView) => K): [K, ClaimView[]][] {
  return [...Map.groupBy(claims, keyOf)];
}

const unique = <T>(items: readonly T[]) => [...new Set(items)];

/** A narrative's claims (in publication order) by outlet, in the order each outlet first carried it. */
export function groupByOutlet(claims: readonly ClaimView[]): OutletAppearances[] {
  return groupInOrder(claims, (view) => view.outlet).map(([outlet, views]) => ({
    ...summarise(views),
    outlet,
    languages: unique(views.map((view) => languageOf(view.article))),
  }));
}

/** A narrative's claims (in publication order) by the language of their articles, in the order each language first carried it. */
export function groupByLanguage(claims: readonly ClaimView[]): LanguageAppearances[] {
  return groupInOrder(claims, (view) => languageOf(view.article)).map(([language, views]) => ({
    ...summarise(views),
    language,
    name: languageName(language),
    outlets: unique(views.map((view) => view.outlet)),
  }));
}

/** What {@link buildNarrative} needs besides the narrative and its claims. */
export interface NarrativeParts {
  readonly actor: (id: string) => Entry<Actor>;
  readonly describe: (markdown: string) => RenderedProse;
  /** The narrative's corrections, as its page lists them. */
  readonly corrections: (narrative: Entry<Narrative>) => readonly CorrectionItem[];
  readonly tally: (claims: readonly ClaimView[]) => RatingTally;
  readonly og: (narrative: Entry<Narrative>) => OgImage;
}

/** The view of one narrative, from the claims that carry it (in any order). */
export function buildNarrative(narrative: Entry<Narrative>, claims: readonly ClaimView[], parts: NarrativeParts): NarrativeView {
  const ordered = inPublicationOrder(claims);
  return {
    narrative,
    description: parts.describe(narrative.body.trim()),
    corrections: parts.corrections(narrative),
    actors: narrative.data.actors.map(parts.actor),
    claims: ordered,
    articles: unique(ordered.map((view) => view.article)),
    outlets: groupByOutlet(ordered),
    languages: groupByLanguage(ordered),
    chart: chartAppearances(ordered),
    tally: parts.tally(ordered),
    og: parts.og(narrative),
  };
}

/** The view of every narrative (in the order given), from every claim of the site. */
export function buildNarratives(narratives: readonly Entry<Narrative>[], claims: readonly ClaimView[], parts: NarrativeParts): NarrativeView[] {
  const carriers = new Map<string, ClaimView[]>();
  for (const view of claims) {
    for (const id of new Set(view.claim.narratives)) {
      const list = carriers.get(id);
      if (list) list.push(view);
      else carriers.set(id, [view]);
    }
  }
  return narratives.map((narrative) => buildNarrative(narrative, carriers.get(narrative.id) ?? [], parts));
}

/** The actors that take part in a narrative: its related actors, and the claimant and subjects of each of its claims. */
export function participantsOf(view: Pick<NarrativeView, 'narrative' | 'claims'>): Set<string> {
  return new Set([...view.narrative.data.actors, ...view.claims.flatMap(({ claimant, claim }) => [claimant.id, ...claim.about])]);
}

/** The narratives each actor takes part in, by actor id, in the order of `views`. */
export function narrativesByActor(views: readonly Pick<NarrativeView, 'narrative' | 'claims'>[]): Map<string, Entry<Narrative>[]> {
  const byActor = new Map<string, Entry<Narrative>[]>();
  for (const view of views) {
    for (const actor of participantsOf(view)) {
      const list = byActor.get(actor);
      if (list) list.push(view.narrative);
      else byActor.set(actor, [view.narrative]);
    }
  }
  return byActor;
}
