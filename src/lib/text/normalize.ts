/**
 * Text normalised for matching quotes, as the W3C Web Annotation
 * TextQuoteSelector would have it: runs of whitespace count as one space, and
 * typographic quotes, apostrophes and dashes as their plain forms. Each
 * character keeps the offset it came from, so matches map back to the text.
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
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2015': '-', // horizontal bar
  '\u2212': '-', // minus
};

/** Normalises `text` for matching; see the module comment. */
export function normalizeForMatching(text: string): NormalizedText {
  let out = '';
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (/\s/u.test(char)) {
      if (!inSpace) {
        out += ' ';
        offsets.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    out += EQUIVALENTS[char] ?? char;
    offsets.push(i);
  }
  offsets.push(text.length);
  return { text: out, offsets };
}

/** The normalised form of a selector's text, trimmed. */
export function normalizeSelector(text: string): string {
  return normalizeForMatching(text.trim()).text;
}
