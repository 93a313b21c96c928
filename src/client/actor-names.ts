/**
 * The actors' names for suggestions as the reader types, from the names file
 * written at build time (`/search/names.json`), loaded once per page and only
 * when a search box is first used.
 */
import { type NameMatch, createNameMatcher, readNamesFile } from '#lib/publish/search-names.ts';

let matcher: Promise<(query: string, limit?: number) => NameMatch[]> | undefined;

/** The matcher over every actor's names; `url` is the names file. */
export function actorMatcher(url: string): Promise<(query: string, limit?: number) => NameMatch[]> {
  matcher ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json();
    })
    .then((data) => createNameMatcher(readNamesFile(data)));
  // A failed load is not kept, so that the next keystroke tries again.
  matcher.catch(() => (matcher = undefined));
  return matcher;
}
