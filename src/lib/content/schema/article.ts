/** The frontmatter of `content/articles/<slug>.md`. */
import { z } from 'zod';
import { SITE, isOwnArticle } from '#lib/content/identity.ts';
import { SITE_LANGUAGE, isSiteLanguage, languageName } from '#lib/content/languages.ts';
import { startsAfter } from '#lib/content/partial-date.ts';
import { ratingNeedsSources } from '#lib/content/ratings.ts';
import { CorrectionsSchema, IdSchema, LanguageTagSchema, LineTextSchema, PartialDateSchema, RatingSchema, SourceSchema, WebAddressSchema } from './common.ts';

/** What sort of piece an article is. */
export const GENRES = ['news', 'opinion', 'analysis', 'explainer'] as const;

/** What sort of statement a claim is. */
export const CLAIM_KINDS = ['factual', 'opinion', 'attribution', 'prediction', 'framing'] as const;

/**
 * How much of the original an article's body holds: `full`, the whole text;
 * `excerpts`, the passages analysed, verbatim and in order, where the outlet's
 * terms do not allow keeping the whole (each passage separated by a line that
 * holds only `[…]`).
 */
export const ARTICLE_TEXTS = ['full', 'excerpts'] as const;

/** Longest claim summary, so that it fits a card and a search result. */
export const CLAIM_SUMMARY_MAX = 75;

/**
 * Locates a span of the body by its text, like the W3C Web Annotation
 * TextQuoteSelector. Shared by claims and date mentions.
 */
const QuoteSelectorFields = {
  /** The span, verbatim; whitespace and typographic quotes and dashes are normalised when matching. */
  quote: z.string().trim().min(1),
  /** Text just before the span, only where the quote occurs more than once. */
  prefix: z.string().min(1).optional(),
  /** Text just after the span, only where the quote occurs more than once. */
  suffix: z.string().min(1).optional(),
};

/** Where the article first appeared. */
export const ArticleSourceSchema = z
  .strictObject({
    /** Actor id of the outlet (an actor of kind `media`); `dossier` for the site's own articles. */
    outlet: IdSchema,
    /** The original's address; the site's own articles have none. */
    url: WebAddressSchema.optional(),
    /** A copy of the original kept by an archive (`https://web.archive.org/web/<timestamp>/<url>`); required of excerpts. */
    archived: WebAddressSchema.optional(),
    /** When it was published, no more precisely than the evidence allows. */
    published: PartialDateSchema,
    /** The place the piece was filed from, if it gives one. */
    dateline: LineTextSchema.optional(),
    /** Actor id of the author, if known. */
    author: IdSchema.nullable().optional(),
  })
  .superRefine((source, ctx) => {
    if (source.url === undefined && !isOwnArticle(source)) {
      ctx.addIssue({
        code: 'custom',
        input: source.url,
        path: ['url'],
        message: `expected the original's address; only the site's own articles (outlet "${SITE.actor}") have none`,
      });
    }
  });

/** A date mention in the body, tied to the event it refers to. */
export const DateMentionSchema = z.strictObject({
  ...QuoteSelectorFields,
  /** Event id the mention refers to. */
  event: IdSchema,
});

/** A claim the article makes, with its verdict. */
export const ClaimSchema = z
  .strictObject({
    /** Unique within the article; becomes `#claim-<id>` and `/articles/<slug>/claims/<id>/`. */
    id: IdSchema,
    ...QuoteSelectorFields,
    /** Dossier's English translation of the quote: required when the article is not in English, refused when it is. */
    translation: LineTextSchema.optional(),
    /** Actor id of whoever makes the claim; defaults to the outlet. */
    claimant: IdSchema.optional(),
    /** Actor ids the claim is about. */
    about: z.array(IdSchema).default([]),
    /** Narrative ids the claim carries: it asserts the narrative, or relays it as someone's. */
    narratives: z.array(IdSchema).default([]),
    /** What sort of statement it is. */
    kind: z.enum(CLAIM_KINDS),
    /** The verdict on the rating scale. */
    rating: RatingSchema,
    /** The claim restated neutrally, in at most 75 characters. */
    summary: LineTextSchema.max(CLAIM_SUMMARY_MAX),
    /** Markdown: what the evidence shows, and where sources disagree. */
    assessment: z.string().trim().min(1),
    /** Public sources for the assessment. */
    sources: z.array(SourceSchema).default([]),
    /** Changes made to the claim since it was published; a change of rating gives `previousRating`. */
    corrections: CorrectionsSchema,
  })
  .refine((claim) => !ratingNeedsSources(claim.rating) || claim.sources.length > 0, {
    error: (issue) => {
      const rating = (issue.input as { rating?: unknown }).rating;
      return `expected at least one source for a claim rated "${String(rating)}"`;
    },
    path: ['sources'],
  });

/** One analysed news article. */
export const ArticleSchema = z
  .strictObject({
    /** The original headline. */
    title: LineTextSchema,
    /** One paragraph by the analyst: what the piece argues and how it holds up. */
    summary: LineTextSchema,
    /** What sort of piece it is. */
    genre: z.enum(GENRES),
    /** The language of the article's text, a BCP 47 tag (`es`, `es-AR`); the site's own words stay English. */
    lang: LanguageTagSchema.default(SITE_LANGUAGE),
    /** How much of the original the body holds: the whole text, or the passages analysed. */
    text: z.enum(ARTICLE_TEXTS).default('full'),
    /** Where and when it appeared. */
    source: ArticleSourceSchema,
    /** When this analysis was made. */
    analysed: PartialDateSchema,
    /** Actor ids the article covers; their aliases are linked in the body. */
    actors: z.array(IdSchema).default([]),
    /** Date mentions in the body. */
    dates: z.array(DateMentionSchema).default([]),
    /** Claims the body makes. */
    claims: z.array(ClaimSchema).default([]),
    /** Public sources of the text; required of the site's own articles, which cite them in the body too. */
    sources: z.array(SourceSchema).default([]),
    /** A draft: shown by `npm run dev`, left out of the production build. */
    draft: z.boolean().default(false),
    /** Changes made to the analysis since it was published; a claim's own go with the claim. */
    corrections: CorrectionsSchema,
  })
  .superRefine((article, ctx) => {
    const today = new Date().toISOString().slice(0, 10);
    if (article.analysed.slice(0, 10) > today) {
      ctx.addIssue({ code: 'custom', input: article.analysed, path: ['analysed'], message: `expected a date not after today (${today})` });
    }
    if (startsAfter(article.source.published, article.analysed)) {
      ctx.addIssue({
        code: 'custom',
        input: article.source.published,
        path: ['source', 'published'],
        message: `expected a date on or before \`analysed\` (${article.analysed}): an article is analysed after it is published`,
      });
    }
    if (isOwnArticle(article.source) && article.sources.length === 0) {
      ctx.addIssue({
        code: 'custom',
        input: article.sources,
        path: ['sources'],
        message: `expected the public sources of the text: the site's own articles (outlet "${SITE.actor}") cite every fact`,
      });
    }
    if (article.text === 'excerpts' && isOwnArticle(article.source)) {
      ctx.addIssue({
        code: 'custom',
        input: article.text,
        path: ['text'],
        message: `expected "full": the site's own articles (outlet "${SITE.actor}") are whole texts, not excerpts of an original`,
      });
    } else if (article.text === 'excerpts' && article.source.url !== undefined && article.source.archived === undefined) {
      ctx.addIssue({
        code: 'custom',
        input: article.source.archived,
        path: ['source', 'archived'],
        message: 'expected an archived copy of the original: the readers of excerpts find the whole text there, even once the original changes or goes',
      });
    }
    const english = isSiteLanguage(article.lang);
    article.claims.forEach((claim, index) => {
      if (!english && claim.translation === undefined) {
        ctx.addIssue({
          code: 'custom',
          input: claim.translation,
          path: ['claims', index, 'translation'],
          message: `expected Dossier's English translation of the quote: the article is in ${languageName(article.lang)} (lang: ${article.lang})`,
        });
      }
      if (english && claim.translation !== undefined) {
        ctx.addIssue({
          code: 'custom',
          input: claim.translation,
          path: ['claims', index, 'translation'],
          message: `expected no translation: the article is in English (lang: ${article.lang}); a translation is for a quote in another language`,
        });
      }
    });
    const seen = new Set<string>();
    article.claims.forEach((claim, index) => {
      if (seen.has(claim.id)) {
        ctx.addIssue({
          code: 'custom',
          input: claim.id,
          path: ['claims', index, 'id'],
          message: `expected a claim id unique within the article; "${claim.id}" is used twice`,
        });
      }
      seen.add(claim.id);
    });
  });

/** An article's frontmatter as the site model holds it. */
export type Article = z.output<typeof ArticleSchema>;
/** One claim of an article. */
export type Claim = Article['claims'][number];
/** What sort of piece. */
export type Genre = (typeof GENRES)[number];
/** How much of the original an article holds. */
export type ArticleText = (typeof ARTICLE_TEXTS)[number];
/** What sort of statement a claim is. */
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** The claimant of a claim: its own, or else the article's outlet. */
export function claimantOf(article: { readonly data: Article }, claim: Claim): string {
  return claim.claimant ?? article.data.source.outlet;
}
