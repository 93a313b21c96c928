/**
 * An article's body as its page shows it. The renderer's HTML is the largest
 * thing the site model holds (about 36 KB an article, markup and all, against
 * 6 KB of text), and only the article's own page reads it, once; so the model
 * keeps it deflated, about a fifth of its size, and inflates it when read.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { RenderedArticle } from '#lib/render/article-renderer.ts';
import type { ArticleBody } from './views.ts';

/** The body of `rendered` for its view: headings and word count as they are, the HTML deflated until read. */
export function keepBody({ html, headings, wordCount }: RenderedArticle): ArticleBody {
  // The fastest level: the body is read once, and level 1 already keeps a fifth. Copied out, since
  // zlib's result is a view of an output buffer of 64 KB, which it would keep alive.
  const deflated = new Uint8Array(deflateRawSync(html, { level: 1 }));
  return {
    get html() {
      return inflateRawSync(deflated).toString('utf8');
    },
    headings,
    wordCount,
  };
}
