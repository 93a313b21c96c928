/**
 * The alias index: every name and alias of every actor, compiled by the
 * content check and by the site model. Entity linking, backlinks and the content checks all find actor
 * mentions through it. Matching is by case as written, and by accented
 * letters whichever Unicode form the alias or the text writes them in ("Irán"
 * composed or as "Ira" and a combining accent); an alias that is a
 * function word or a common lower-case word is refused (`common-words.ts`).
 */
import type { Entry } from '#lib/content/entry.ts';
import { type ContentProblem, problemAt } from '#lib/content/problems.ts';
import type { Actor } from '#lib/content/schema/index.ts';
import { AhoCorasick } from './aho-corasick.ts';
import { whyNotAName } from './common-words.ts';
import { composeText } from './normalize.ts';
import { wordCharacterAt, wordCharacterBefore } from './words.ts';

/** An actor mention found in a text. */
export interface AliasMatch {
  readonly start: number;
  readonly end: number;
  /** The alias as written in the text (`text.slice(start, end)`). */
  readonly alias: string;
  readonly actor: string;
}

/** A compiled alias index; build it with {@link buildAliasIndex}. */
export interface AliasIndex {
  /** Every alias (in NFC) and the actor it belongs to. */
  readonly aliases: ReadonlyMap<string, string>;
  /**
   * The mentions in `text`: whole words only, case-sensitive, the longest
   * alias winning where aliases overlap, leftmost first, never overlapping.
   */
  find(text: string): AliasMatch[];
}

/** Whether the match stands as whole words: no letter, digit or mark joined on either side. */
function isWholeWord(text: string, start: number, end: number): boolean {
  return !wordCharacterBefore(text, start) && !wordCharacterAt(text, end);
}

/** Every alias of an actor: its name first, then its other spellings. */
export function aliasesOf(actor: Actor): string[] {
  return [...new Set([actor.name, ...actor.aliases])];
}

/**
 * Compiles the aliases of `actors`. An alias that two actors claim is an
 * error naming both files; the alias stays with the first actor (by id).
 */
export function buildAliasIndex(actors: readonly Entry<Actor>[]): { index: AliasIndex; problems: ContentProblem[] } {
  const owners = new Map<string, Entry<Actor>>();
  const problems: ContentProblem[] = [];
  for (const actor of [...actors].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const alias of aliasesOf(actor.data)) {
      const path = alias === actor.data.name ? ['name'] : ['aliases', actor.data.aliases.indexOf(alias)];
      const notAName = whyNotAName(alias);
      if (notAName !== undefined) {
        // Left out of the index, so that not even a dev server links every "the" to it.
        problems.push(
          problemAt(actor, path, notAName, {
            hint: 'Remove it. A name that is also a word is written as the texts capitalise it ("May", "Bush"): an alias matches only as written.',
          }),
        );
        continue;
      }
      // Keyed in NFC, so that one name written in either Unicode form is one alias.
      const key = alias.normalize('NFC');
      const owner = owners.get(key);
      if (!owner) owners.set(key, actor);
      if (!owner || owner.id === actor.id) continue;
      problems.push(
        problemAt(actor, path, `"${alias}" is also ${key === owner.data.name.normalize('NFC') ? 'the name' : 'an alias'} of ${owner.file}`, {
          hint: 'An alias must name one actor only: remove it from one of the two files, or make it more specific.',
        }),
      );
    }
  }

  const patterns = [...owners.keys()];
  const automaton = new AhoCorasick(patterns);
  const aliases = new Map([...owners].map(([alias, actor]) => [alias, actor.id]));
  return {
    problems,
    index: {
      aliases,
      find(original) {
        // Matched in NFC, and mapped back to where each match stands in the text as written.
        const { text, offsets } = composeText(original);
        const at = (offset: number) => (offsets ? offsets[offset]! : offset);
        const candidates = automaton
          .search(text)
          .filter(({ start, end }) => isWholeWord(text, start, end))
          .sort((a, b) => a.start - b.start || b.end - a.end);
        const chosen: AliasMatch[] = [];
        let reached = 0;
        for (const { start, end, pattern } of candidates) {
          if (start < reached) continue;
          chosen.push({ start: at(start), end: at(end), alias: original.slice(at(start), at(end)), actor: aliases.get(patterns[pattern]!)! });
          reached = end;
        }
        return chosen;
      },
    },
  };
}
