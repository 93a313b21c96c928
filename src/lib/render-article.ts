/**
 * The article renderer: Markdown body in, HTML out, plus what was found in it.
 *
 * One unified pass: remark-parse → the project's remark plugins →
 * remark-rehype → rehype-sanitize → rehype-slug → rehype-autolink-headings →
 * rehype-stringify. It is a plain function of the body and the site model, so
 * it is tested without Astro and never serves a stale render when an actor
 * or event file changes.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import { toString as mdastToString } from 'mdast-util-to-string';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import rehypeCollectHeadings, { type Heading } from '../markdown/rehype-collect-headings.ts';
import remarkDemoteHeadings from '../markdown/remark-demote-headings.ts';
import type { SiteModel } from './site-model.ts';

/** What rendering a body produced. */
export interface RenderedArticle {
  /** The body as sanitised HTML, headings with ids and anchor links. */
  readonly html: string;
  /** The body's headings, in order. */
  readonly headings: readonly Heading[];
  /** Words in the body, for reading time. */
  readonly wordCount: number;
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

/**
 * What may survive of an article body: GitHub's schema, without images. An
 * article's text is what is analysed; its images would load from third
 * parties, which the site's Content-Security-Policy forbids.
 */
const sanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'img'),
};

// The processor is the same for every article; per-article data travels on the VFile.
const processor = unified()
  .use(remarkParse)
  .use(remarkDemoteHeadings)
  .use(remarkRehype)
  // Article text comes from outside sources: nothing in it may inject markup or
  // script. Ids are added after sanitising, so the default schema's
  // `user-content-` clobbering never touches them.
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeSlug)
  // Before the anchors are appended, so that a heading's text is only its own.
  .use(rehypeCollectHeadings)
  .use(rehypeAutolinkHeadings, {
    behavior: 'append',
    properties: { className: ['heading-anchor'] },
    content: headingAnchorContent,
  })
  .use(rehypeStringify)
  .freeze();

/**
 * Renders an article body for its page. `model` is the whole site, which the
 * renderer needs to link actors and events.
 */
export function renderArticle(body: string, _model: SiteModel): RenderedArticle {
  const file = new VFile({ value: body });
  const mdast = processor.parse(file);
  const wordCount = countWords(mdastToString(mdast));
  const html = processor.stringify(processor.runSync(mdast, file), file);
  return { html, headings: file.data.headings ?? [], wordCount };
}
