/**
 * A content file's bytes as text: UTF-8 only, a byte-order mark accepted and
 * dropped, no NUL or control characters. What is not text is an error naming
 * where it is, never a character silently replaced.
 */
import type { ContentProblem } from '#lib/content/problems.ts';

/** The largest content file read: far above any article, far below what would stall a build. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

const BOM = '\uFEFF';

/** The 1-based line and column of offset `at` in `text`. */
export function position(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: at - start + 1 };
}

/**
 * The offset of the first byte of `bytes` that does not belong to a
 * well-formed UTF-8 sequence (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF), or -1 when all of it is UTF-8.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    let max = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) [length, min] = [2, 0x80];
    else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3;
      min = byte === 0xe0 ? 0xa0 : 0x80;
      if (byte === 0xed) max = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4;
      min = byte === 0xf0 ? 0x90 : 0x80;
      if (byte === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? min : 0x80) || next > (k === 1 ? max : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

/** Decodes a content file, or says where it stops being UTF-8. */
export function decodeContent(bytes: Uint8Array, file: string): { ok: true; text: string } | { ok: false; problem: ContentProblem } {
  const bad = invalidUtf8Offset(bytes);
  if (bad !== -1) {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const { line, column } = position(before, before.length);
    const shown = Array.from(bytes.subarray(bad, bad + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
    return {
      ok: false,
      problem: {
        severity: 'error',
        file,
        line,
        field: '(file)',
        message: `not UTF-8: byte ${bad} (line ${line}, column ${column}) starts an invalid sequence: ${shown}`,
        hint: 'Save the file as UTF-8 (an editor’s "Save with encoding" or `iconv -f latin1 -t utf-8`).',
      },
    };
  }
  // TextDecoder drops a leading byte-order mark itself.
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}

/** Characters that have no place in a text file: C0 controls but tab, line feed and carriage return, and DEL. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** An error for each of the first control characters of `text`, with its line and column. */
export function controlCharacterProblems(text: string, file: string, limit = 3): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const match of text.matchAll(CONTROL)) {
    const { line, column } = position(text, match.index);
    const code = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    problems.push({
      severity: 'error',
      file,
      line,
      field: '(file)',
      message: `a control character ${code}${code === 'U+0000' ? ' (NUL)' : ''} at line ${line}, column ${column}`,
      hint: 'Delete it: a content file holds text, with tabs and line breaks as its only control characters.',
    });
    if (problems.length === limit) break;
  }
  return problems;
}

/** `text` without the byte-order mark an editor may have written first. */
export function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}
