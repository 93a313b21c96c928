/**
 * The language an article is written in. An article may say it in `lang` (a
 * BCP 47 tag such as `es`); one that does not is in English. This is the one
 * place that reads the field, so that nothing else assumes it is there.
 */

/** The language of an article that does not give one. */
export const DEFAULT_LANGUAGE = 'en';

/** The language tag of an article: its `lang`, or {@link DEFAULT_LANGUAGE}. */
export function languageOf(article: { readonly data: object }): string {
  const lang = (article.data as { readonly lang?: unknown }).lang;
  return typeof lang === 'string' && lang.trim() !== '' ? lang.trim() : DEFAULT_LANGUAGE;
}

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** A language's name in English ("Spanish" for `es`); the tag itself where it names no language known. */
export function languageName(tag: string): string {
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
