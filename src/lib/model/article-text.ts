/**
 * What an article's page says of its text, above it: whose words they are,
 * how much of the original they are (the whole text, or excerpts), in what
 * language, and how long they take to read.
 */
import { isOwnArticle } from '#lib/content/identity.ts';
import { isSiteLanguage, languageName } from '#lib/content/languages.ts';
import type { Article } from '#lib/content/schema/index.ts';

/** Words read in a minute, for an article's reading time. */
export const WORDS_PER_MINUTE = 230;

/** Minutes to read `words` words: at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * The line above an article's text, `outlet` its outlet's name: "The text as
 * published by X, in Spanish, unchanged: 912 words, about 4 min.", or for
 * excerpts "Excerpts of the text as published by X, verbatim: …".
 */
export function describeArticleText(article: Article, outlet: string, words: number): string {
  const length = `${words.toLocaleString('en')} words, about ${readingMinutes(words)} min.`;
  if (isOwnArticle(article.source)) return `Written by ${outlet}, citing its sources in the text and listing them below: ${length}`;
  const language = isSiteLanguage(article.lang) ? '' : `, in ${languageName(article.lang)}`;
  return article.text === 'excerpts'
    ? `Excerpts of the text as published by ${outlet}${language}, verbatim: ${length}`
    : `The text as published by ${outlet}${language}, unchanged: ${length}`;
}
