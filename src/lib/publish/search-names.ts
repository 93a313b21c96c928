/**
 * The names file, `/search/names.json`: every actor's name, aliases, kind and
 * URL, written at build time so that the search box can suggest actors on
 * every keystroke without loading the search index. This module builds the
 * file and matches a query against it; it runs in the browser too, so its
 * imports stay free of the schemas.
 *
 * Matching ignores case, accents and punctuation and works on prefixes, at
 * the start of a name or of any word in it: "novil" finds Edmundo Novillo,
 * "fernandez de kirchner" Cristina Fernández de Kirchner and "amia" the AMIA.
 */

/** One actor in the names file: `[name, kind, url, ...aliases]`, kept short because every page may load it. */
export type NamesFileEntry = readonly [name: string, kind: string, url: string, ...aliases: string[]];

/** The names file as written: the actors in the order of the actors' page. */
export interface NamesFile {
  readonly actors: readonly NamesFileEntry[];
}

/** An actor as the names file describes it. */
export interface ActorName {
  readonly name: string;
  /** The kind's label ("Person", "Outlet"). */
  readonly kind: string;
  readonly url: string;
  readonly aliases: readonly string[];
}

/** An actor that matches a query, with the name that matched when it is an alias. */
export interface NameMatch {
  readonly actor: ActorName;
  /** The alias the query matched, when it matched an alias rather than the name. */
  readonly alias?: string;
}

/** Builds the names file from the actors. */
export function namesFile(actors: readonly ActorName[]): NamesFile {
  return { actors: actors.map(({ name, kind, url, aliases }) => [name, kind, url, ...aliases.filter((alias) => alias !== name)]) };
}

/** Reads the names file, refusing anything that is not one. */
export function readNamesFile(data: unknown): ActorName[] {
  const actors = (data as Partial<NamesFile> | null)?.actors;
  if (!Array.isArray(actors)) throw new TypeError('not a names file: expected {"actors": [...]}');
  return actors.map((entry: unknown) => {
    if (!Array.isArray(entry) || entry.length < 3 || !entry.every((field) => typeof field === 'string')) {
      throw new TypeError(`not a names file entry: ${JSON.stringify(entry)}`);
    }
    const [name, kind, url, ...aliases] = entry as string[];
    return { name: name!, kind: kind!, url: url!, aliases };
  });
}

/** A name folded for matching: no accents, lower case, words separated by one space. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** How well a folded name matches a folded query: lower is better, `undefined` for no match. */
function rank(name: string, query: string): number | undefined {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (` ${name}`.includes(` ${query}`)) return 2;
  return undefined;
}

/** How many characters a query needs before it is matched: one letter matches too much to help. */
export const MIN_QUERY_LENGTH = 2;

/**
 * Makes a matcher over the actors: given what the reader has typed, the
 * actors whose name or an alias matches, best first. An exact name comes
 * before a name that starts with the query, which comes before a name with a
 * word that does; at the same rank, a match of the name comes before a match
 * of an alias, then shorter names first.
 */
export function createNameMatcher(actors: readonly ActorName[]): (query: string, limit?: number) => NameMatch[] {
  const folded = actors.map((actor) => ({
    actor,
    names: [actor.name, ...actor.aliases].map((text) => ({ text, folded: foldName(text) })),
  }));
  return (query, limit = 6) => {
    const q = foldName(query);
    if (q.length < MIN_QUERY_LENGTH) return [];
    const found: { match: NameMatch; score: number; length: number }[] = [];
    for (const { actor, names } of folded) {
      let best: { score: number; index: number } | undefined;
      names.forEach((name, index) => {
        const score = rank(name.folded, q);
        if (score === undefined) return;
        // An alias counts as a shade worse than the name at the same rank.
        const weighted = score * 2 + (index === 0 ? 0 : 1);
        if (!best || weighted < best.score) best = { score: weighted, index };
      });
      if (!best) continue;
      const matched = names[best.index]!;
      found.push({
        match: best.index === 0 ? { actor } : { actor, alias: matched.text },
        score: best.score,
        length: matched.folded.length,
      });
    }
    return found
      .sort((a, b) => a.score - b.score || a.length - b.length || a.match.actor.name.localeCompare(b.match.actor.name, 'en'))
      .slice(0, limit)
      .map(({ match }) => match);
  };
}
