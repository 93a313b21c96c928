/**
 * Renders the analysts' own Markdown (an actor's description, a claim's
 * assessment, a correction's note) to sanitised HTML: the article pipeline
 * without its mention finding and heading anchors. Footnotes get ids of
 * their own per piece (`idPrefix`), since many are rendered on one page.
 */
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { remarkDossierSyntax } from '#lib/text/markdown.ts';
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

/** Markdown in, sanitised HTML out. */
export function renderProse(markdown: string, { idPrefix = 'note-' }: ProseOptions = {}): string {
  const tree = processor.runSync(processor.parse(markdown));
  scopeFootnotes(tree, idPrefix);
  return processor.stringify(tree);
}
