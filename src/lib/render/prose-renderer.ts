/**
 * Renders the analysts' own Markdown (an actor's description, a claim's
 * assessment) to sanitised HTML: the article pipeline without its mention
 * finding and heading anchors.
 */
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { articleSanitizeSchema } from './sanitize-schema.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkRehype)
  .use(rehypeSanitize, articleSanitizeSchema)
  .use(rehypeStringify)
  .freeze();

/** Markdown in, sanitised HTML out. */
export function renderProse(markdown: string): string {
  return String(processor.processSync(markdown));
}
