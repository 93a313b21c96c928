/**
 * Text normalised for matching quotes, as the W3C Web Annotation
 * TextQuoteSelector would have it: runs of whitespace count as one space,
 * typographic quotes (“ ” ‘ ’ « » …), apostrophes and dashes as their plain
 * forms, and accented letters as one character whichever Unicode form the
 * text uses (NFC, "é", or NFD, "e" and a combining accent). Each character
 * keeps the offset it came from, so matches map back to the text, which is
 * never changed itself: what the analyst pasted is what the page shows.
 */

/** Normalised text, and for each of its characters the offset in the original. */
export interface NormalizedText {
  readonly text: string;
  /** `offsets[i]` is where `text[i]` came from; `offsets[text.length]` is the original's length. */
  readonly offsets: readonly number[];
}

const EQUIVALENTS: Readonly<Record<string, string>> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201A': "'", // ‚
  '\u201B': "'", // ‛
  '\u2032': "'", // ′
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u201F': '"', // ‟
  '\u2033': '"', // ″
  '\u00AB': '"', // «
  '\u00BB': '"', // »
  '\u2039': "'", // ‹
  '\u203A': "'", // ›
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2015': '-', // horizontal bar
  '\u2212': '-', // minus
};

const MARK = /\p{M}/u;

/** Text in NFC and where each of its characters came from; see {@link composeText}. */
export interface ComposedText {
  readonly text: string;
  /** As {@link NormalizedText.offsets}; `undefined` when the text was in NFC already, each character where it was. */
  readonly offsets: readonly number[] | undefined;
}

/**
 * `text` in Unicode's composed form (NFC), with where each of its characters
 * came from: a letter and the combining marks after it become the one
 * character NFC makes of them, which keeps the offset of the letter. A text
 * in NFC already, as most are, comes back as it is, without offsets.
 */
export function composeText(text: string): ComposedText {
  if (text.normalize('NFC') === text) return { text, offsets: undefined };
  let out = '';
  const offsets: number[] = [];
  let i = 0;
  while (i < text.length) {
    // A letter (a surrogate pair counts as one) and the combining marks that follow it.
    let end = i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
    while (end < text.length && MARK.test(String.fromCodePoint(text.codePointAt(end)!))) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
    const composed = text.slice(i, end).normalize('NFC');
    out += composed;
    for (let k = 0; k < composed.length; k++) offsets.push(i);
    i = end;
  }
  offsets.push(text.length);
  return { text: out, offsets };
}

/** Normalises `text` for matching; see the module comment. */
export function normalizeForMatching(text: string): NormalizedText {
  const composed = composeText(text);
  const from = composed.offsets;
  let out = '';
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < composed.text.length; i++) {
    const char = composed.text[i]!;
    if (/\s/u.test(char)) {
      if (!inSpace) {
        out += ' ';
        offsets.push(from ? from[i]! : i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    out += EQUIVALENTS[char] ?? char;
    offsets.push(from ? from[i]! : i);
  }
  offsets.push(text.length);
  return { text: out, offsets };
}

/**
 * Where the span [start, end) of normalised text ends in the original: after
 * the whole of its last character, the combining marks NFC folded into it
 * included (and after the first character of a run of whitespace it ends on).
 */
export function originalEnd(normalized: NormalizedText, end: number): number {
  return normalized.text[end - 1] === ' ' ? normalized.offsets[end - 1]! + 1 : normalized.offsets[end]!;
}

/** The normalised form of a selector's text, trimmed. */
export function normalizeSelector(text: string): string {
  return normalizeForMatching(text.trim()).text;
}
