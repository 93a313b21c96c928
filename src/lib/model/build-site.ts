/**
 * The site model: one pure function from checked content to every view the
 * pages need — articles rendered, claims placed in their text, backlinks,
 * event mentions, claim filters, the timeline, long lists split into pages
 * and the preview cards — with every id resolved to its entry.
 *
 * It expects content that passed the content check (`src/lib/check/`): the
 * build and the dev server run the check first, so references are not
 * checked again here. An id that names nothing still fails loudly.
 */
import type { Entry, SiteContent } from '#lib/content/entry.ts';
import { ContentError, unexpectedProblem } from '#lib/content/problems.ts';
import type { Article } from '#lib/content/schema/index.ts';
import { RATINGS } from '#lib/content/ratings.ts';
import { claimCardId, correctionId, paths } from '#lib/content/urls.ts';
import { claimantOf } from '#lib/content/schema/index.ts';
import type { Renderings } from '#lib/check/content-check.ts';
import { type BodyRendering, type RenderedArticle, createBodyRenderer, renderedArticle } from '#lib/render/article-renderer.ts';
import { lazyProse } from '#lib/render/prose-renderer.ts';
import { type AliasIndex, buildAliasIndex } from '#lib/text/alias-index.ts';
import { compareSpans } from '#lib/text/quote-anchor.ts';
import { actorScorecards, latestMentions } from './actor-page.ts';
import { type ClaimCardsOption, claimCardsFor, countClaims } from './claim-cards.ts';
import { buildBacklinks } from './backlinks.ts';
import { buildCorrections, correctionItems } from './corrections.ts';
import { type ClaimFacetValue, type ClaimRecordValue, buildClaimFacets, buildClaimRecords } from './claim-facets.ts';
import { buildEventMentions } from './event-mentions.ts';
import { ogCardsFor } from './og-cards.ts';
import { buildNarratives, narrativesByActor } from './narratives.ts';
import { compareActors, compareArticles, compareEvents, compareNarratives } from './order.ts';
import { type ListPage, PAGE_SIZE, paginateList } from './pagination.ts';
import { type TimelineFilter, buildTimelineFilters } from './timeline.ts';
import type { ActorView, ArticleView, ClaimView, CorrectionView, EventView, NarrativeView, OgImage, RatingTally } from './views.ts';

/** Options for {@link buildSite}. */
export interface SiteOptions {
  /** Astro's `base`, under which links inside article text go (default: `/`). */
  readonly base?: string;
  /** The host the site is served from, shown on preview cards. */
  readonly host: string;
  /**
   * Preview cards of claim pages: `per-claim` draws one for every claim, with
   * its summary; `per-verdict` draws one per rating that claim pages share, for
   * archives too large to draw a card per claim; `auto` (the default) is
   * `per-claim` up to `CLAIM_CARDS_PER_CLAIM_UP_TO` claims and
   * `per-verdict` above. A shared claim page still says the claim's words in
   * its title and description.
   */
  readonly claimCards?: ClaimCardsOption;
  /** The alias index of the content's actors, as the content check compiled it; compiled here when absent. */
  readonly aliasIndex?: AliasIndex;
  /**
   * The content check's renderings of the articles' bodies, under the same
   * `base`: each article's is taken; an article without one is rendered here.
   */
  readonly renderings?: Renderings;
}

/** A claim filter with its claims split into pages. */
export interface ClaimFacetPages extends ClaimFacetValue {
  readonly pages: readonly ListPage<ClaimView>[];
}

/** The claims of one record with one rating, split into pages. */
export interface ClaimRecordPages extends ClaimRecordValue {
  readonly pages: readonly ListPage<ClaimView>[];
}

/** Every view of the site. */
export interface Site {
  /** Articles, newest analysis first. */
  readonly articles: readonly ArticleView[];
  /** Every claim: articles newest first, each article's claims in text order. */
  readonly claims: readonly ClaimView[];
  /** Actors by name. */
  readonly actors: readonly ActorView[];
  /** Events in chronological order. */
  readonly events: readonly EventView[];
  /** Narratives by title. */
  readonly narratives: readonly NarrativeView[];
  /** `/articles/` split into pages. */
  readonly articlePages: readonly ListPage<ArticleView>[];
  /** `/claims/` split into pages. */
  readonly claimPages: readonly ListPage<ClaimView>[];
  /** How many claims have each rating, across the site. */
  readonly tally: RatingTally;
  /** The filters of `/claims/`, each with its pages. */
  readonly claimFacets: readonly ClaimFacetPages[];
  /** The claims each actor makes and each outlet published, by rating, each with its pages: the scorecards' lists. */
  readonly claimRecords: readonly ClaimRecordPages[];
  /** The actors the timeline can be filtered by, with their events. */
  readonly timelineFilters: readonly TimelineFilter[];
  /** Every correction of the site, newest first. */
  readonly corrections: readonly CorrectionView[];
  /** The preview image of pages without their own. */
  readonly siteImage: OgImage;
  /** Every preview image, once: the site's, then articles', claims', actors', events' and narratives'. */
  readonly ogImages: readonly OgImage[];
}

/** The entry `id` names in `byId`; an id that names nothing is a bug (the content check has run). */
function resolve<T>(byId: ReadonlyMap<string, T>, id: string, what: string): T {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`buildSite: unknown ${what} "${id}" (run the content check first)`);
  return found;
}

const byId = <T extends { readonly id: string }>(entries: readonly T[]) =>
  new Map(entries.map((entry) => [entry.id, entry] as const));

/** How many claims have each rating, for the ratings that occur, in the scale's order. */
export function tallyRatings(claims: readonly { readonly claim: { readonly rating: string } }[]): RatingTally {
  return RATINGS.map((rating) => ({ rating, count: claims.filter((view) => view.claim.rating === rating).length })).filter(
    ({ count }) => count > 0,
  );
}

/** Builds every view of the site from its checked content; see the module comment. */
export function buildSite(content: SiteContent, options: SiteOptions): Site {
  const actors = [...content.actors].sort(compareActors);
  const events = [...content.events].sort(compareEvents);
  const articles = [...content.articles].sort(compareArticles);
  const narratives = [...content.narratives].sort(compareNarratives);
  const actorById = byId(actors);
  const eventById = byId(events);
  const narrativeById = byId(narratives);
  const actor = (id: string) => resolve(actorById, id, 'actor');
  const og = ogCardsFor(options.host);

  const aliasIndex = options.aliasIndex ?? buildAliasIndex(actors).index;
  const claimCards = claimCardsFor(options.claimCards, countClaims(articles));
  // Only for what the check did not render (a model built without the check, or again from the same check).
  let renderBody: ((article: Entry<Article>) => BodyRendering) | undefined;
  const render = (article: Entry<Article>): RenderedArticle => {
    const rendering = options.renderings?.take(article.id);
    if (rendering) return renderedArticle(article, rendering);
    renderBody ??= createBodyRenderer({ aliasIndex, events: eventById, base: options.base ?? '/' });
    return renderedArticle(article, renderBody(article));
  };

  // Sorted, so that corrections of one day follow the order of their pages; each note rendered once, for its page and the log.
  const corrections = buildCorrections({ ...content, actors, events, narratives, articles });
  const { notes } = corrections;

  // What the renderer found beyond the page's body (mentions, anchors, dates) builds the backlinks and
  // event mentions below; the views keep only the body, so the rest is freed once the model is built.
  const renderedArticles = articles.map((article) => {
    const rendered = renderOrReport(render, article);
    const outlet = actor(article.data.source.outlet);
    const claims = article.data.claims
      .map((claim): ClaimView => {
        const claimant = actor(claimantOf(article, claim));
        return {
          article,
          outlet,
          claim,
          assessment: lazyProse(claim.assessment, { idPrefix: `${claimCardId(claim.id)}-note-` }),
          claimant,
          about: claim.about.map(actor),
          anchor: resolve(rendered.claims, claim.id, 'claim'),
          og: claimCards === 'per-verdict' ? og.verdict(claim.rating) : og.claim(article, claim, claimant),
          corrections: correctionItems(claim.corrections, notes, { rating: claim.rating }),
        };
      })
      .sort((a, b) => compareSpans(a.anchor.span, b.anchor.span));
    const author = article.data.source.author;
    const view: ArticleView = {
      article,
      outlet,
      author: author ? actor(author) : undefined,
      actors: article.data.actors.map(actor),
      mentioned: [...new Set(rendered.mentions.map((mention) => mention.actor))].map(actor),
      rendered: rendered.body,
      claims,
      tally: tallyRatings(claims),
      narratives: [...new Set(article.data.claims.flatMap((claim) => claim.narratives))]
        .map((id) => resolve(narrativeById, id, 'narrative'))
        .sort(compareNarratives),
      og: og.article(article, outlet),
      corrections: [
        ...correctionItems(article.data.corrections, notes),
        ...claims.flatMap(({ claim }) =>
          correctionItems(claim.corrections, notes, {
            rating: claim.rating,
            id: (dated) => correctionId(dated.index, claim.id),
            subject: { text: `Claim: ${claim.summary}`, path: paths.claim(article.id, claim.id) },
          }),
        ),
      ].sort((a, b) => a.dated.correction.date.localeCompare(b.dated.correction.date)),
    };
    // Not the HTML: the view holds it deflated, and the renderer's string is freed as the next article renders.
    const { mentions, claims: anchors, dates } = rendered;
    return { view, found: { mentions, claims: anchors, dates } };
  });
  const articleViews = renderedArticles.map(({ view }) => view);
  const claims = articleViews.flatMap((view) => view.claims);

  const mentions = buildEventMentions(
    events,
    renderedArticles.map(({ view, found }) => ({ article: view.article, rendered: found })),
  );
  const eventViews = events.map(
    (event): EventView => ({
      event,
      description: lazyProse(event.body.trim()),
      corrections: correctionItems(event.data.corrections, notes),
      actors: event.data.actors.map(actor),
      mentions: mentions.get(event.id) ?? [],
      og: og.event(event),
    }),
  );

  const narrativeViews = buildNarratives(narratives, claims, {
    actor,
    describe: (markdown) => lazyProse(markdown),
    corrections: (narrative) => correctionItems(narrative.data.corrections, notes),
    tally: tallyRatings,
    og: og.narrative,
  });
  const takesPart = narrativesByActor(narrativeViews);

  const backlinks = buildBacklinks({
    actors,
    actorById,
    events,
    articles: renderedArticles.map(({ view, found }) => ({ view, mentions: found.mentions })),
  });
  const claimRecords = buildClaimRecords(claims);
  const records = Map.groupBy(claimRecords, ({ record, id }) => `${record}/${id}`);
  const recordOf = (record: ClaimRecordValue['record'], id: string) => records.get(`${record}/${id}`) ?? [];
  const actorViews = actors.map((entry): ActorView => {
    const { mentions: allMentions, ...found } = resolve(backlinks, entry.id, 'actor');
    return {
      actor: entry,
      description: lazyProse(entry.body),
      corrections: correctionItems(entry.data.corrections, notes),
      scorecards: actorScorecards(recordOf('by', entry.id), recordOf('outlet', entry.id)),
      roles: entry.data.roles.map((role) => ({ ...role, of: role.of ? actor(role.of) : undefined })),
      backlinks: found,
      latestMentions: latestMentions(allMentions),
      narratives: takesPart.get(entry.id) ?? [],
      og: og.actor(entry),
    };
  });

  const siteImage = og.site();
  return {
    articles: articleViews,
    claims,
    actors: actorViews,
    events: eventViews,
    narratives: narrativeViews,
    articlePages: paginateList(articleViews, PAGE_SIZE.articles),
    claimPages: paginateList(claims, PAGE_SIZE.claims),
    tally: tallyRatings(claims),
    claimFacets: buildClaimFacets(claims).map((facet) => ({
      ...facet,
      pages: paginateList(facet.claims, PAGE_SIZE.claims),
    })),
    claimRecords: claimRecords.map((record) => ({ ...record, pages: paginateList(record.claims, PAGE_SIZE.claims) })),
    timelineFilters: buildTimelineFilters(eventViews),
    corrections: corrections.log,
    siteImage,
    // Claim pages may share a card: each image is listed once.
    ogImages: [
      ...new Map(
        [
          siteImage,
          ...articleViews.map((view) => view.og),
          ...claims.map((view) => view.og),
          ...actorViews.map((view) => view.og),
          ...eventViews.map((view) => view.og),
          ...narrativeViews.map((view) => view.og),
        ].map((og) => [og.path, og]),
      ).values(),
    ],
  };
}

/**
 * Renders one article; an exception thrown while rendering it becomes a
 * content error naming its file, as the content check reports its own.
 */
function renderOrReport<T>(render: (article: Entry<Article>) => T, article: Entry<Article>): T {
  try {
    return render(article);
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError([unexpectedProblem(article.file, error, 'rendered')]);
  }
}
