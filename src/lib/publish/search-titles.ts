/**
 * The titles file, `/search/titles.json`: every narrative's, article's and
 * event's title and URL, written at build time so that the header's search box can suggest
 * them as the reader types, after the actors of the names file, without
 * loading the search index. This module builds the file and matches a query
 * against it; it runs in the browser too, so its imports stay free of the
 * schemas.
 *
 * A title matches when each word typed starts a word of the title, in any
 * order, ignoring case, accents and punctuation: "drones bol" finds "Iran
 * and Bolivia's drones". Titles whose first word the query starts come first,
 * then the file's order: the narratives (few, and each the thread of many
 * articles), then the articles newest first, then the events.
 */
import { foldName } from './search-names.ts';

/** What a title belongs to. */
export type TitleKind = 'Narrative' | 'Article' | 'Event';

/**
 * One title in the file: `[title, path, note]`, and `lang` after them for the
 * headline of an article in another language than the site's. The path follows the
 * section's `base` (the start all its URLs share), and the note is what tells two titles apart
 * (an article's outlet and year, an event's date, when a narrative was first seen). Kept short: at 4,000
 * articles every character costs 4 KB.
 */
export type TitlesFileEntry = readonly [title: string, path: string, note: string] | readonly [title: string, path: string, note: string, lang: string];

/** One section of the file: the URLs of its entries start with `base`. */
export interface TitlesFileSection {
  readonly base: string;
  readonly entries: readonly TitlesFileEntry[];
}

/** The titles file as written, a section per kind, in the order the box suggests them. */
export interface TitlesFile {
  readonly narratives: TitlesFileSection;
  readonly articles: TitlesFileSection;
  readonly events: TitlesFileSection;
}

/** The sections of the file, in order, with the kind each holds. */
const SECTIONS = [
  ['narratives', 'Narrative'],
  ['articles', 'Article'],
  ['events', 'Event'],
] as const satisfies readonly (readonly [keyof TitlesFile, TitleKind])[];

/** A title as the box shows it. */
export interface TitleEntry {
  readonly kind: TitleKind;
  readonly title: string;
  readonly url: string;
  readonly note: string;
  /** The title's language, when it is not the site's (a BCP 47 tag), for its `lang` attribute. */
  readonly lang?: string;
}

/** A title to write in the file: its language only when it is not the site's. */
type TitleInput = { title: string; url: string; note: string; lang?: string | undefined };

/** The longest start every URL shares, up to and including a slash. */
function commonBase(urls: readonly string[]): string {
  if (urls.length === 0) return '';
  let base = urls[0]!;
  for (const url of urls) while (!url.startsWith(base)) base = base.slice(0, -1);
  return base.slice(0, base.lastIndexOf('/') + 1);
}

/** The entries of one section, each URL written as the section's base and the rest of the path. */
function section(entries: readonly TitleInput[]): TitlesFileSection {
  const base = commonBase(entries.map(({ url }) => url));
  return {
    base,
    entries: entries.map(({ title, url, note, lang }) => (lang === undefined ? [title, url.slice(base.length), note] : [title, url.slice(base.length), note, lang])),
  };
}

/** Builds the titles file from the narratives, the articles (newest first) and the events. */
export function titlesFile(input: Readonly<Record<keyof TitlesFile, readonly TitleInput[]>>): TitlesFile {
  return { narratives: section(input.narratives), articles: section(input.articles), events: section(input.events) };
}

/** Reads the titles file, refusing anything that is not one. */
export function readTitlesFile(data: unknown): TitleEntry[] {
  const file = data as Partial<Record<keyof TitlesFile, Partial<TitlesFileSection>>> | null;
  const read = (key: keyof TitlesFile, kind: TitleKind): TitleEntry[] => {
    const part = file?.[key];
    if (typeof part?.base !== 'string' || !Array.isArray(part.entries)) {
      throw new TypeError(`not a titles file: expected "${key}": {"base": "…", "entries": [...]}`);
    }
    const base = part.base;
    return part.entries.map((entry: unknown) => {
      if (!Array.isArray(entry) || (entry.length !== 3 && entry.length !== 4) || !entry.every((field) => typeof field === 'string')) {
        throw new TypeError(`not a titles file entry: ${JSON.stringify(entry)}`);
      }
      const [title, path, note, lang] = entry as string[];
      return { kind, title: title!, url: `${base}${path!}`, note: note!, ...(lang === undefined ? {} : { lang }) };
    });
  };
  return SECTIONS.flatMap(([key, kind]) => read(key, kind));
}

/** How many characters a query needs before titles are matched. */
export const MIN_TITLE_QUERY_LENGTH = 2;

/** Makes a matcher over the titles: given what the reader has typed, the titles that hold every word of it. */
export function createTitleMatcher(entries: readonly TitleEntry[]): (query: string, limit?: number) => TitleEntry[] {
  const folded = entries.map((entry) => ({ entry, words: foldName(entry.title).split(' ') }));
  return (query, limit = 4) => {
    const q = foldName(query);
    if (q.length < MIN_TITLE_QUERY_LENGTH) return [];
    const typed = q.split(' ');
    const first: TitleEntry[] = [];
    const rest: TitleEntry[] = [];
    for (const { entry, words } of folded) {
      if (!typed.every((word) => words.some((titleWord) => titleWord.startsWith(word)))) continue;
      (words[0]!.startsWith(typed[0]!) ? first : rest).push(entry);
      // The first `limit` that start with the query are the best there can be.
      if (first.length >= limit) break;
    }
    return [...first, ...rest].slice(0, limit);
  };
}
