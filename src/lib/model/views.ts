/**
 * The views of the site model: what each page renders, with every id already
 * resolved to its entry, so that pages and components never look anything up.
 */
import type { DatedCorrection } from '#lib/content/correction-order.ts';
import type { CorrectedKind } from '#lib/content/labels.ts';
import type { Entry } from '#lib/content/entry.ts';
import type { Rating } from '#lib/content/ratings.ts';
import type { Actor, ActorRole, Article, Claim, Event, Narrative } from '#lib/content/schema/index.ts';
import type { ArticleBody } from '#lib/render/article-body.ts';
import type { RenderedProse } from '#lib/render/prose-renderer.ts';
import type { ActorMention } from '#lib/render/plugins/remark-actor-mentions.ts';
import type { Anchor } from '#lib/render/plugins/remark-anchors.ts';

/** A claim with what its pages show: its article and outlet, claimant, subjects and place in the text. */
export interface ClaimView {
  readonly article: Entry<Article>;
  readonly outlet: Entry<Actor>;
  readonly claim: Claim;
  /** The assessment, rendered once for the card and the claim page (footnote ids of the card's). */
  readonly assessment: RenderedProse;
  readonly claimant: Entry<Actor>;
  readonly about: readonly Entry<Actor>[];
  readonly anchor: Anchor;
  readonly og: OgImage;
  /** The claim's corrections, oldest first. */
  readonly corrections: readonly CorrectionItem[];
}

/** How many of a list's claims have each rating, for the ratings that occur. */
export type RatingTally = readonly { readonly rating: Rating; readonly count: number }[];

/**
 * What an article's page shows of its rendered body, the HTML kept deflated
 * until read (`#lib/render/article-body.ts`). The renderer also finds the
 * article's mentions, claim anchors and dates; the model uses them while it
 * is built (backlinks, event mentions) and keeps only what pages show.
 */
export type { ArticleBody };

/** An article with its source line resolved, its rendered body and its claims. */
export interface ArticleView {
  readonly article: Entry<Article>;
  readonly outlet: Entry<Actor>;
  readonly author: Entry<Actor> | undefined;
  /** The actors the article lists. */
  readonly actors: readonly Entry<Actor>[];
  /** The actors its text names, in order of first mention. */
  readonly mentioned: readonly Entry<Actor>[];
  readonly rendered: ArticleBody;
  /** Its claims, in text order. */
  readonly claims: readonly ClaimView[];
  readonly tally: RatingTally;
  /** The narratives its claims carry, by title. */
  readonly narratives: readonly Entry<Narrative>[];
  readonly og: OgImage;
  /** The article's corrections and its claims', oldest first: its page lists them all. */
  readonly corrections: readonly CorrectionItem[];
}

/** Where one name of an actor stands in a sentence. */
export interface NameInSentence {
  /** Where the name starts in the sentence. */
  readonly offset: number;
  /** The name as written. */
  readonly alias: string;
}

/** A sentence that names an actor: its first mention there, with every name of the actor it holds. */
export interface SentenceMention extends ActorMention {
  /** Each of the actor's names in the sentence, in order, the mention's own among them. */
  readonly names: readonly NameInSentence[];
}

/** An article's mentions of one actor, one per sentence, in text order. */
export interface ArticleMentions {
  readonly article: ArticleView;
  readonly mentions: readonly SentenceMention[];
}

/** An article's mentions of an actor as its page shows them: the first sentences, and how many more. */
export interface MentionGroup extends ArticleMentions {
  /** The sentences not shown, and the first of them, where a link to the rest goes; `undefined` when all are shown. */
  readonly more: { readonly count: number; readonly first: SentenceMention } | undefined;
}

/** The latest articles that name an actor, each as a {@link MentionGroup}. */
export interface LatestMentions {
  readonly groups: readonly MentionGroup[];
  /** How many articles name the actor in all. */
  readonly articles: number;
}

/** A claim that involves an actor, and how. */
export interface ClaimInvolvement {
  readonly view: ClaimView;
  /** `claimant`: the actor makes the claim; `about`: the claim is about it. */
  readonly roles: readonly ('claimant' | 'about')[];
}

/** Everywhere an actor appears. */
export interface Backlinks {
  /** Articles that involve the actor: those that list or mention it, and those it published or wrote. */
  readonly articles: readonly Entry<Article>[];
  /** The articles it published (as their outlet) or wrote (as their author), newest first. */
  readonly published: readonly ArticleView[];
  readonly claims: readonly ClaimInvolvement[];
  readonly events: readonly Entry<Event>[];
  /** The actors it shares most articles with, most first. */
  readonly companions: readonly { readonly actor: Entry<Actor>; readonly articles: number }[];
}

/** A role of an actor, with the actor it is held in resolved. */
export interface RoleView extends Omit<ActorRole, 'of'> {
  readonly of: Entry<Actor> | undefined;
}

/**
 * One scorecard of an actor's page. It counts the claims the actor made
 * (`by`), those checked in the articles it published as an outlet
 * (`outlet`), or, when those are the same claims, both at once (`both`).
 */
export interface ActorScorecard {
  readonly counts: 'by' | 'outlet' | 'both';
  readonly tally: RatingTally;
  /** How many claims it counts. */
  readonly total: number;
}

/** An actor with everywhere it appears. */
export interface ActorView {
  readonly actor: Entry<Actor>;
  /** Its description, the file's body; empty when it has none. */
  readonly description: RenderedProse;
  /** Its corrections, oldest first. */
  readonly corrections: readonly CorrectionItem[];
  readonly roles: readonly RoleView[];
  readonly backlinks: Backlinks;
  /** Its record: a scorecard for each list of claims that has any, one when the two are the same claims. */
  readonly scorecards: readonly ActorScorecard[];
  /** The mentions its page shows: the latest articles, a few sentences of each. */
  readonly latestMentions: LatestMentions;
  /** The narratives it takes part in (as a related actor, or as claimant or subject of a claim that carries one), by title. */
  readonly narratives: readonly Entry<Narrative>[];
  readonly og: OgImage;
}

/** One phrase of an article that refers to an event. */
export interface EventMention {
  readonly article: Entry<Article>;
  /** The words the article uses ("In July", "last year"). */
  readonly phrase: string;
  /** The element id of the mention in the article. */
  readonly id: string;
  /** The claims whose span contains the mention. */
  readonly claims: readonly Claim[];
}

/** An event with its actors and the article phrases that refer to it. */
export interface EventView {
  readonly event: Entry<Event>;
  /** Its description, the file's body; empty when it has none. */
  readonly description: RenderedProse;
  /** Its corrections, oldest first. */
  readonly corrections: readonly CorrectionItem[];
  readonly actors: readonly Entry<Actor>[];
  readonly mentions: readonly EventMention[];
  readonly og: OgImage;
}

/** The claims of a narrative that share something: an outlet or a language. */
export interface AppearanceGroup {
  /** The claims, in the narrative's order (oldest article first). */
  readonly claims: readonly ClaimView[];
  /** How many articles they are in. */
  readonly articles: number;
  /** When the first and the latest of their articles were published. */
  readonly first: string;
  readonly latest: string;
}

/** A narrative's claims in the articles of one outlet. */
export interface OutletAppearances extends AppearanceGroup {
  readonly outlet: Entry<Actor>;
  /** The language tags of those articles, in the order they first appear. */
  readonly languages: readonly string[];
}

/** A narrative's claims in the articles of one language. */
export interface LanguageAppearances extends AppearanceGroup {
  /** The language tag (`en`, `es`). */
  readonly language: string;
  /** Its name in English. */
  readonly name: string;
  /** The outlets of those articles, in the order they first appear. */
  readonly outlets: readonly Entry<Actor>[];
}

/** One period of a narrative's chart: how many of its claims, in how many articles, were published then. */
export interface AppearancePeriod {
  /** The period as a partial date: a year (`2023`) or a month (`2023-07`). */
  readonly period: string;
  readonly claims: number;
  readonly articles: number;
}

/**
 * The figures of a narrative's chart of appearances: its claims counted by
 * the period their article was published, every period from the first to the
 * latest included, empty ones too.
 */
export interface AppearanceChart {
  /** Months when every article's date gives its month and they span at most three years; otherwise years. */
  readonly unit: 'year' | 'month';
  readonly periods: readonly AppearancePeriod[];
  /** The most claims in one period: the height of the tallest bar. */
  readonly max: number;
}

/** A narrative with the claims that carry it and what its page shows of them. */
export interface NarrativeView {
  readonly narrative: Entry<Narrative>;
  /** Its description, the file's body; empty when it has none. */
  readonly description: RenderedProse;
  /** Its corrections, oldest first. */
  readonly corrections: readonly CorrectionItem[];
  /** Its related actors, as the file lists them. */
  readonly actors: readonly Entry<Actor>[];
  /** The claims that carry it, in the order their articles were published (oldest first), each article's in text order. */
  readonly claims: readonly ClaimView[];
  /** The articles those claims are in, in the same order. */
  readonly articles: readonly Entry<Article>[];
  /** Its claims by outlet, in the order each outlet first carried it. */
  readonly outlets: readonly OutletAppearances[];
  /** Its claims by language, in the order each language first carried it. */
  readonly languages: readonly LanguageAppearances[];
  readonly chart: AppearanceChart;
  readonly tally: RatingTally;
  readonly og: OgImage;
}

/** What one preview image shows. */
export interface OgCard {
  /** What the page is: "Article", "Claim", "Actor", "Event", or a section name. */
  readonly kind: string;
  /**
   * Words before the title saying whose words it is: "Checked:" before a
   * claim's summary, which is Dossier's restatement, not the claimant's words.
   */
  readonly lead?: string;
  readonly title: string;
  /** A line under the title: the claimant, the outlet and date, the kind of actor. */
  readonly subtitle?: string;
  /** For claims: the verdict, shown in words. */
  readonly rating?: Rating;
  /**
   * For a claim in an article in another language: the words quoted, in
   * quotation marks, and Dossier's English translation of them, labelled so.
   */
  readonly quote?: { readonly text: string; readonly translation: string };
  /** The site's host, shown at the bottom. */
  readonly host: string;
}

/** A preview image: its path under `/og/` (without `.png`), its card and its alt text. */
export interface OgImage {
  readonly path: string;
  readonly card: OgCard;
  readonly alt: string;
}

/** One correction in the site's corrections log, with what it corrected. */
export interface CorrectionView extends DatedCorrection {
  readonly kind: CorrectedKind;
  /** The title of what was corrected: a headline, a claim's summary, a name. */
  readonly title: string;
  /** The page of what was corrected, at the correction. */
  readonly path: string;
  /** For a claim, its article. */
  readonly article: Entry<Article> | undefined;
  /** The analyst's note, rendered once for the log and the page of what was corrected. */
  readonly note: RenderedProse;
}

/** A correction as the page of what it corrected lists it. */
export interface CorrectionItem {
  readonly dated: DatedCorrection;
  /** Its element id on the page, which the log links to. */
  readonly id: string;
  /** What it corrected, where a page lists the corrections of several things (an article's claims'). */
  readonly subject: { readonly text: string; readonly path: string } | undefined;
  /** The analyst's note, rendered once for this page and the log. */
  readonly note: RenderedProse;
}
