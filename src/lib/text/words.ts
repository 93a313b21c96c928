/**
 * What counts as a character of a word when matching names and quotes: a
 * letter, a digit or a combining mark, in any script. Astral characters
 * (written as surrogate pairs) are looked at whole.
 */

/** One character of a word. */
export const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/** Whether the character just before offset `at` of `text` belongs to a word. */
export function wordCharacterBefore(text: string, at: number): boolean {
  const before = text.codePointAt(at - 1);
  // A low surrogate before `at` belongs to an astral character: look at the whole pair.
  const previous = at > 1 && before !== undefined && before >= 0xdc00 && before <= 0xdfff ? text.codePointAt(at - 2) : before;
  return previous !== undefined && WORD_CHARACTER.test(String.fromCodePoint(previous));
}

/** Whether the character at offset `at` of `text` belongs to a word. */
export function wordCharacterAt(text: string, at: number): boolean {
  const next = text.codePointAt(at);
  return next !== undefined && WORD_CHARACTER.test(String.fromCodePoint(next));
}
