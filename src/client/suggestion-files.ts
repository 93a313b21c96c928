/**
 * The files the search boxes suggest from, written at build time: the names
 * file (`/search/names.json`, every actor's names) and the titles file
 * (`/search/titles.json`, every narrative's, article's and event's title). Each is loaded
 * once per page, and only when a search box is first used.
 */
import { type NameMatch, createNameMatcher, readNamesFile } from '#lib/publish/search-names.ts';
import { type TitleEntry, createTitleMatcher, readTitlesFile } from '#lib/publish/search-titles.ts';

type Matcher<T> = (query: string, limit?: number) => T[];

/** One file's matcher, made from the file at its first request; a failed load is not kept, so that the next keystroke tries again. */
function loadOnce<T>(make: (data: unknown) => Matcher<T>): (url: string) => Promise<Matcher<T>> {
  let matcher: Promise<Matcher<T>> | undefined;
  return (url) => {
    matcher ??= fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json();
      })
      .then(make);
    matcher.catch(() => (matcher = undefined));
    return matcher;
  };
}

/** The matcher over every actor's names; its argument is the names file's URL. */
export const actorMatcher = loadOnce<NameMatch>((data) => createNameMatcher(readNamesFile(data)));

/** The matcher over every article's and event's title; its argument is the titles file's URL. */
export const titleMatcher = loadOnce<TitleEntry>((data) => createTitleMatcher(readTitlesFile(data)));
