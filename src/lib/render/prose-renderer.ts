/**
 * Renders the analysts' own Markdown (an actor's description, a claim's
 * assessment, a correction's note) to sanitised HTML, and gives its plain
 * text for descriptions, from one parse: the article pipeline without its
 * mention finding and heading anchors. Footnotes get ids of their own per
 * piece (`idPrefix`), since many are rendered on one page.
 */
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { remarkDossierSyntax } from '#lib/text/markdown.ts';
import { plainTextOf } from '#lib/text/plain-text.ts';
import { FOOTNOTE_OPTIONS } from './footnotes.ts';
import { scopeFootnotes } from './plugins/rehype-scope-footnotes.ts';
import { articleSanitizeSchema } from './sanitize-schema.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkDossierSyntax)
  .use(remarkRehype, FOOTNOTE_OPTIONS)
  .use(rehypeSanitize, articleSanitizeSchema)
  .use(rehypeStringify)
  .freeze();

/** Options of {@link renderProse}. */
export interface ProseOptions {
  /** What the ids of this piece's footnotes start with, unique on its page (default `note-`). */
  readonly idPrefix?: string;
}

/** A piece of prose, rendered. */
export interface RenderedProse {
  /** Sanitised HTML. */
  readonly html: string;
  /** The text without its syntax, whitespace collapsed (`markdownToPlainText`). */
  readonly text: string;
}

/** Markdown in; sanitised HTML and plain text out. */
export function renderProse(markdown: string, { idPrefix = 'note-' }: ProseOptions = {}): RenderedProse {
  const parsed = processor.parse(markdown);
  // The text first: the tree is read, not changed, by remark-rehype, but the order makes it certain.
  const text = plainTextOf(parsed);
  const tree = processor.runSync(parsed);
  scopeFootnotes(tree, idPrefix);
  return { html: processor.stringify(tree), text };
}

/**
 * A piece of prose rendered the first time its HTML or text is read, and
 * only then: the site model holds one for each claim's assessment and each
 * actor's and event's description, and a page that shows one renders it for
 * every page that shows it again.
 */
export function lazyProse(markdown: string, options: ProseOptions = {}): RenderedProse {
  let rendered: RenderedProse | undefined;
  const render = () => (rendered ??= renderProse(markdown, options));
  return {
    get html() {
      return render().html;
    },
    get text() {
      return render().text;
    },
  };
}
