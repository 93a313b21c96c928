/**
 * Known actors in a new article: every actor of the site whose name or alias
 * the text uses, found with the site's alias index (whole words, the longest
 * alias winning), as the build will find them.
 */
import type { AliasIndex } from '#lib/text/alias-index.ts';

/** A known actor the text names. */
export interface KnownActorMention {
  readonly actor: string;
  /** The aliases the text uses for it, in order of first use. */
  readonly aliases: readonly string[];
  /** How many times the text names it. */
  readonly count: number;
}

/** The actors `blocks` name, in order of their first mention. */
export function detectKnownActors(blocks: readonly string[], index: AliasIndex): KnownActorMention[] {
  const found = new Map<string, { aliases: string[]; count: number }>();
  for (const text of blocks) {
    for (const { actor, alias } of index.find(text)) {
      const entry = found.get(actor) ?? { aliases: [], count: 0 };
      if (!entry.aliases.includes(alias)) entry.aliases.push(alias);
      entry.count++;
      found.set(actor, entry);
    }
  }
  return [...found].map(([actor, { aliases, count }]) => ({ actor, aliases, count }));
}
