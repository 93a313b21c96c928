/**
 * Languages: the site's own (English, in which every page, label and analysis
 * is written) and an article's, a BCP 47 language tag (`es`, `es-AR`), which
 * the pages mark on the article's words wherever they appear.
 */

/** The language of the site's own words: `<html lang>` of every page. */
export const SITE_LANGUAGE = 'en';

/** The primary language subtag of a tag: `es` of `es-AR`. */
function primary(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** Whether a language tag is English, the site's language (`en`, `en-GB`): its words need no translation. */
export function isSiteLanguage(tag: string): boolean {
  return primary(tag) === SITE_LANGUAGE;
}

/**
 * The `lang` attribute for an article's words on the site's pages: its tag,
 * or `undefined` (no attribute) when it is English, the page's own language.
 */
export function langAttribute(tag: string): string | undefined {
  return isSiteLanguage(tag) ? undefined : tag;
}

const names = new Intl.DisplayNames(SITE_LANGUAGE, { type: 'language', languageDisplay: 'standard' });

/** A language's name in English, for readers: "Spanish" for `es`, "Spanish (Argentina)" for `es-AR`; the tag itself where it names no language known. */
export function languageName(tag: string): string {
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The language of an article that does not give one: the site's. */
export const DEFAULT_LANGUAGE = SITE_LANGUAGE;

/** The language tag of an article: its `lang`, or {@link DEFAULT_LANGUAGE} for data that has none. */
export function languageOf(article: { readonly data: object }): string {
  const lang = (article.data as { readonly lang?: unknown }).lang;
  return typeof lang === 'string' && lang.trim() !== '' ? lang.trim() : DEFAULT_LANGUAGE;
}

/**
 * The canonical form of a well-formed BCP 47 language tag (`es-ar` → `es-AR`),
 * or `undefined` when `tag` is not one ("spanish", "es_AR", "e").
 */
export function canonicalLanguageTag(tag: string): string | undefined {
  // Intl takes locale extensions (`-u-…`) too; a language tag for a text needs none of them.
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(tag) || /-[ux]-/i.test(`${tag}-`)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
