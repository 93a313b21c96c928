/**
 * Marks the site's own words inside a text in another language as English:
 * the page gives the text its language (`lang="es"` on the body), and what
 * the site adds to it (a claim's verdict, a date's tip, a heading's anchor
 * label, the notes' heading and their links back) would otherwise be read
 * as the text's language by screen readers, translators and hyphenation.
 * Those additions are the elements search leaves out of the text
 * (`data-pagefind-ignore`) and the footnotes' label and back links. Runs last,
 * after the other plugins have added them, and only on files whose
 * `file.data.lang` is not English.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { SITE_LANGUAGE, isSiteLanguage } from '#lib/content/languages.ts';
import { walkElements } from '#lib/render/walk-elements.ts';

declare module 'vfile' {
  interface DataMap {
    /** The language of the text (a BCP 47 tag); set by the caller before running. */
    lang: string;
  }
}

/**
 * Options for {@link rehypeSiteWords}: none. What it reads is on the file:
 * `file.data.lang`, which the renderer sets from the article's `lang`.
 */
export type Options = Record<string, never>;

/** Whether an element holds only the site's words. */
function isSiteWords(node: Element): boolean {
  const { properties } = node;
  return (
    properties['dataPagefindIgnore'] !== undefined ||
    properties['dataFootnoteBackref'] !== undefined ||
    (node.tagName === 'h2' && String(properties['id'] ?? '').endsWith('footnote-label'))
  );
}

/** Sets `lang="en"` on the site's words in a text in another language; see the module comment. */
export default function rehypeSiteWords() {
  return (tree: Root, file: VFile) => {
    const lang = file.data.lang;
    if (lang === undefined || isSiteLanguage(lang)) return;
    walkElements(tree, (node) => {
      if (!isSiteWords(node)) return undefined;
      node.properties['lang'] = SITE_LANGUAGE;
      return 'skip';
    });
  };
}
