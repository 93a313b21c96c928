/**
 * An article's body as its page shows it. The renderer's HTML is the largest
 * thing a build holds (about 36 KB an article, markup and all, against 6 KB
 * of text), and only the article's own page reads it, once; so it is kept
 * deflated (`packText()`), about a fifth of its size, from the moment it is
 * rendered (the content check renders it, often in another thread) until its
 * page reads it.
 */
import { unpackText } from '#lib/text/packed-text.ts';
import type { Heading } from './plugins/rehype-collect-headings.ts';

/** What an article's page shows of its rendered body: the HTML, inflated when read, its headings and its length. */
export interface ArticleBody {
  readonly html: string;
  readonly headings: readonly Heading[];
  /** Words in the body, for reading time. */
  readonly wordCount: number;
}

/** The body of a rendering: headings and word count as they are, the HTML inflated each time it is read. */
export function unpackBody({ html, headings, wordCount }: { readonly html: Uint8Array; readonly headings: readonly Heading[]; readonly wordCount: number }): ArticleBody {
  return {
    get html() {
      return unpackText(html);
    },
    headings,
    wordCount,
  };
}
