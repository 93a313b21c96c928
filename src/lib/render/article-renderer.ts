/**
 * The article renderer: Markdown body in, HTML out, plus what was found in it.
 *
 * One unified pass: remark-parse with footnotes, tables and strikethrough → the project's
 * remark plugins → remark-rehype → rehype-sanitize → footnote ids →
 * rehype-slug → rehype-autolink-headings → the project's rehype plugins → rehype-stringify. It is a plain function of the body and the site model, so
 * it is tested without Astro and never serves a stale render when an actor
 * or event file changes.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toString as mdastToString } from 'mdast-util-to-string';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import { VFile } from 'vfile';
import type { Entry } from '#lib/content/entry.ts';
import { ContentError } from '#lib/content/problems.ts';
import type { Article, Event } from '#lib/content/schema/index.ts';
import { paths, withBase } from '#lib/content/urls.ts';
import rehypeClaimVerdicts from '#lib/render/plugins/rehype-claim-verdicts.ts';
import rehypeCollectHeadings, { type Heading } from '#lib/render/plugins/rehype-collect-headings.ts';
import rehypeDateTips from '#lib/render/plugins/rehype-date-tips.ts';
import rehypeSiteWords from '#lib/render/plugins/rehype-site-words.ts';
import remarkActorMentions, { type ActorMention, type UnlistedMention } from '#lib/render/plugins/remark-actor-mentions.ts';
import remarkAnchors, { type Anchor, type AnchorFailure, type AnchorRequest, type ReportedAnchorFailure } from '#lib/render/plugins/remark-anchors.ts';
import remarkDemoteHeadings from '#lib/render/plugins/remark-demote-headings.ts';
import remarkPassageGaps from '#lib/render/plugins/remark-passage-gaps.ts';
import type { AliasIndex } from '#lib/text/alias-index.ts';
import { byTables, remarkDossierSyntax } from '#lib/text/markdown.ts';
import { packText } from '#lib/text/packed-text.ts';
import { type ArticleBody, unpackBody } from './article-body.ts';
import { describeAnchorFailure } from './anchor-problems.ts';
import { claimAnchorRequests } from './claim-anchors.ts';
import { dateAnchorRequests, dateMentionIds } from './date-anchors.ts';
import { FOOTNOTE_OPTIONS } from './footnotes.ts';
import rehypeScopeFootnotes, { isFootnoteLabel } from './plugins/rehype-scope-footnotes.ts';
import { articleSanitizeSchema } from './sanitize-schema.ts';

/** What the ids of an article body's footnotes start with: `note-fn-1`, `note-fnref-1`. */
const BODY_NOTES = 'note-';

/**
 * What rendering one article's body produced, whether or not its quotes all
 * anchored. It is plain data, so that it can cross between threads (the
 * content check renders a large archive on every core) and wait, compact,
 * for the site model to take it: the HTML is deflated (`article-body.ts`).
 */
export interface BodyRendering {
  /** The body as sanitised HTML, headings with ids and anchor links: deflated, see {@link unpackBody}. */
  readonly html: Uint8Array;
  /** The body's headings, in order. */
  readonly headings: readonly Heading[];
  /** Words in the body, for reading time. */
  readonly wordCount: number;
  /** Every mention of a listed actor, in text order. */
  readonly mentions: readonly ActorMention[];
  /** Actors the text names that the article does not list, in text order. */
  readonly unlistedMentions: readonly UnlistedMention[];
  /** Where each claim and date mention landed, by its frontmatter field (`claims[2]`, `dates[0]`). */
  readonly anchors: ReadonlyMap<string, Anchor>;
  /** The claims and dates that did not land, and why: an article with any is not published. */
  readonly failures: readonly ReportedAnchorFailure[];
}

/** An article whose every quote anchored, as its page and the site model use it. */
export interface RenderedArticle {
  /** What its page shows: the HTML (inflated each time it is read), headings and word count. */
  readonly body: ArticleBody;
  /** Every mention of a listed actor, in text order. */
  readonly mentions: readonly ActorMention[];
  /** Where each claim sits in the text, by claim id. */
  readonly claims: ReadonlyMap<string, Anchor>;
  /** Each date mention, in frontmatter order: its event, its place and its element id. */
  readonly dates: readonly { readonly event: string; readonly anchor: Anchor; readonly id: string }[];
}

/** The anchor appended to each heading: a visible "#" and a label for screen readers. */
function headingAnchorContent(heading: Element): ElementContent[] {
  const label = `Link to the section “${toText(heading)}”`;
  return [h('span', { ariaHidden: 'true' }, '#'), h('span', { className: ['visually-hidden'] }, label)];
}

function toText(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(toText).join('');
  return '';
}

/** Counts words: runs of letters or digits, with inner apostrophes and hyphens ("Iran's", "U.S.-backed"). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.\-]+[\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** What the project's plugins need: the site's alias index and events, and where its pages live. */
export interface ArticlePluginOptions {
  readonly aliasIndex: AliasIndex;
  readonly events: ReadonlyMap<string, Entry<Event>>;
  /** Astro's `base` (default: `/`). */
  readonly base?: string;
}

/**
 * The project's remark plugins, in order: one list for the renderer and for
 * the content check, so that both read an article the same way. The gaps
 * between an excerpt's passages come first, so that nothing is anchored or
 * found in them; anchors come before mentions, so that a mention inside a
 * claim is found inside its mark.
 */
function articleRemarkPlugins({ aliasIndex, base = '/' }: ArticlePluginOptions): PluggableList {
  return [
    remarkDemoteHeadings,
    remarkPassageGaps,
    remarkAnchors,
    [remarkActorMentions, { index: aliasIndex, actorHref: (id: string) => withBase(base, paths.actor(id)) }],
  ];
}

/** A VFile for an article body, carrying what the plugins need to know about the article. */
function articleFile(article: Entry<Article>, { events, base = '/' }: ArticlePluginOptions): VFile {
  const file = new VFile({ value: article.body, path: article.file });
  file.data.listedActors = new Set(article.data.actors);
  file.data.excerpts = article.data.text === 'excerpts';
  file.data.lang = article.data.lang;
  file.data.anchorRequests = [
    ...claimAnchorRequests(article.data),
    ...dateAnchorRequests(article.data, events, (id) => withBase(base, paths.event(id))),
  ];
  return file;
}

/**
 * The one article pipeline, with the site's alias index; what differs per article travels on its
 * VFile. Made with and without tables (`#lib/text/markdown.ts`): `processorFor(body)` picks.
 */
function articleProcessor(options: Required<Pick<ArticlePluginOptions, 'base'>> & ArticlePluginOptions) {
  return byTables((tables) => articlePipeline(options, tables));
}

function articlePipeline(options: Required<Pick<ArticlePluginOptions, 'base'>> & ArticlePluginOptions, tables: boolean) {
  return (
    unified()
      .use(remarkParse)
      .use(remarkDossierSyntax, { tables })
      .use(articleRemarkPlugins(options))
      .use(remarkRehype, FOOTNOTE_OPTIONS)
      // Article text comes from outside sources: nothing in it may inject markup
      // or script. What the site adds itself (heading ids and anchors, verdict
      // links) comes after sanitising.
      .use(rehypeSanitize, articleSanitizeSchema)
      // Before heading ids are made, so that every id it sees is a footnote's.
      .use(rehypeScopeFootnotes, { prefix: BODY_NOTES })
      .use(rehypeSlug)
      // Before the anchors are appended, so that a heading's text is only its own.
      .use(rehypeCollectHeadings)
      .use(rehypeAutolinkHeadings, {
        behavior: 'append',
        test: (element: Element) => !isFootnoteLabel(element),
        // The anchor's label is the site's words: search leaves it out of the heading and the snippet.
        properties: { className: ['heading-anchor'], dataPagefindIgnore: '' },
        content: headingAnchorContent,
      })
      .use(rehypeClaimVerdicts)
      .use(rehypeDateTips, { events: options.events })
      // Last: what the site added to a text in another language is marked as English.
      .use(rehypeSiteWords)
      .use(rehypeStringify)
      .freeze()
  );
}

/** An anchor failure as it is reported: its requests without the function that wraps their span, so that it can cross threads. */
function reported(failure: AnchorFailure): ReportedAnchorFailure {
  const request = withoutWrap(failure.request);
  return 'overlaps' in failure ? { request, overlaps: withoutWrap(failure.overlaps) } : { request, result: failure.result };
}

function withoutWrap({ wrap: _wrap, ...request }: AnchorRequest): ReportedAnchorFailure['request'] {
  return request;
}

/**
 * Creates the renderer of a site's bodies; the processor is built once. It
 * renders a body whether or not its quotes anchor, and lists what did not:
 * the content check reports it, and only a body with no failure is published
 * ({@link renderedArticle}).
 */
export function createBodyRenderer(options: Readonly<ArticlePluginOptions>) {
  const pluginOptions = { ...options, base: options.base ?? '/' };
  const processorFor = articleProcessor(pluginOptions);

  /** Renders one article's body. */
  return function renderBody(article: Entry<Article>): BodyRendering {
    const file = articleFile(article, pluginOptions);
    const processor = processorFor(article.body);
    const mdast = processor.parse(file);
    const wordCount = countWords(mdastToString(mdast));
    const html = processor.stringify(processor.runSync(mdast, file), file);
    return {
      html: packText(html),
      headings: file.data.headings ?? [],
      wordCount,
      mentions: file.data.mentions ?? [],
      unlistedMentions: file.data.unlistedMentions ?? [],
      anchors: file.data.anchors ?? new Map(),
      failures: (file.data.anchorFailures ?? []).map(reported),
    };
  };
}

/**
 * The article `rendering` is of, for its page and the site model: its
 * anchors by claim id and date mention. A rendering with failures is a
 * content error, as the content check reports it.
 */
export function renderedArticle(article: Entry<Article>, rendering: BodyRendering): RenderedArticle {
  const { failures, anchors } = rendering;
  if (failures.length > 0) {
    throw new ContentError(failures.map((failure) => describeAnchorFailure(failure, article.file, article.lineOf)));
  }
  const dateIds = dateMentionIds(article.data);
  return {
    body: unpackBody(rendering),
    mentions: rendering.mentions,
    claims: new Map(article.data.claims.map((claim, i) => [claim.id, anchors.get(`claims[${i}]`)!] as const)),
    dates: article.data.dates.map((mention, i) => ({ event: mention.event, anchor: anchors.get(`dates[${i}]`)!, id: dateIds[i]! })),
  };
}

/** Creates the renderer of a site's articles for their pages: a quote that does not anchor throws a {@link ContentError}. */
export function createArticleRenderer(options: Readonly<ArticlePluginOptions>) {
  const renderBody = createBodyRenderer(options);
  return (article: Entry<Article>): RenderedArticle => renderedArticle(article, renderBody(article));
}

/**
 * Creates a renderer for bodies whose quotes may not all anchor yet (the
 * annotator's, while an analyst works on a draft): the same pipeline, with
 * the spans that anchor marked as the site marks them, and the failures
 * returned instead of thrown.
 */
export function createLenientRenderer(options: Readonly<ArticlePluginOptions>) {
  const renderBody = createBodyRenderer(options);
  return function renderLeniently(article: Entry<Article>): { readonly html: string; readonly failures: readonly ReportedAnchorFailure[] } {
    const rendering = renderBody(article);
    return { html: unpackBody(rendering).html, failures: rendering.failures };
  };
}
