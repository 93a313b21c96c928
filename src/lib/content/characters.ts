/**
 * Characters that have no place in what a reader sees: control characters,
 * which print as nothing or as garbage; bidirectional overrides, embeddings
 * and isolates, which reorder the text around them (a name that reads
 * "Bolivia" can hold other characters in another order); and zero-width
 * characters, which make two names that look the same differ. In a name, a
 * title, a summary or a dateline each is an error; in a body, an assessment
 * or a note, a warning (a pasted text may carry them for a reason).
 */

/** What a hidden character is, for a message: "U+202E (right-to-left override)". */
export interface HiddenCharacter {
  /** Where it is in the text, in UTF-16 code units. */
  readonly index: number;
  /** `U+202E`. */
  readonly code: string;
  /** `right-to-left override`. */
  readonly name: string;
}

const NAMES: Record<number, string> = {
  0x09: 'tab',
  0x0a: 'line feed',
  0x0d: 'carriage return',
  0x7f: 'delete',
  0x85: 'next line',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0x180e: 'Mongolian vowel separator',
  0xfeff: 'zero-width no-break space',
};

/**
 * Every hidden character: C0 and C1 controls and DEL, bidirectional controls, zero-width
 * characters, and (outside text that has lines) the line and paragraph separators.
 */
const HIDDEN = /[\u0000-\u001F\u007F-\u009F\u180E\u200B-\u200D\u2028\u2029\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** A letter of a script that joins its letters, where a zero-width (non-)joiner shapes a word. */
const JOINING_LETTER = /[\p{L}\p{M}]/u;
const LATIN = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;

/** Whether the zero-width (non-)joiner at `at` sits between two letters of a script that uses it (Persian, Hindi…). */
function shapesAWord(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  const after = text[at + 1] ?? '';
  return JOINING_LETTER.test(before) && JOINING_LETTER.test(after) && !LATIN.test(before) && !LATIN.test(after);
}

/** The name of a code point, for messages. */
function nameOf(code: number): string {
  if (NAMES[code] !== undefined) return NAMES[code];
  return code < 0x20 || (code >= 0x80 && code <= 0x9f) ? 'control character' : 'invisible character';
}

/**
 * The hidden characters of `text`. With `lines`, the text may have lines and tabs (a body, an
 * assessment): tab, line feed and carriage return are allowed, and so are the separators.
 */
export function hiddenCharacters(text: string, options: { readonly lines: boolean }): HiddenCharacter[] {
  const found: HiddenCharacter[] = [];
  for (const match of text.matchAll(HIDDEN)) {
    const code = match[0].charCodeAt(0);
    if (options.lines && (code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029)) continue;
    if ((code === 0x200c || code === 0x200d) && shapesAWord(text, match.index)) continue;
    found.push({ index: match.index, code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, name: nameOf(code) });
  }
  return found;
}

/** "U+202E (right-to-left override) at character 8", for the first of `found`, and how many more. */
export function describeHidden(found: readonly HiddenCharacter[]): string {
  const first = found[0]!;
  const more = found.length > 1 ? ` (and ${found.length - 1} more)` : '';
  return `${first.code} (${first.name}) at character ${first.index + 1}${more}`;
}

/** What to do about a hidden character. */
export const HIDDEN_HINT = 'Delete it: it is invisible, or reorders or joins the text around it. Retype the text if it was pasted.';

/** `text` with every hidden character written as its escape (`\u202e`), so that a message shows it instead of obeying it. */
export function revealHidden(text: string): string {
  return text.replace(HIDDEN, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
