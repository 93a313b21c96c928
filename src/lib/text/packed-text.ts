/**
 * Text held deflated, for text a build keeps for long and reads seldom (an
 * article's rendered HTML, the file an entry came from). A JavaScript string
 * of text with a single typographic quote takes two bytes a character;
 * deflated, the files of 4,000 generated articles take about a quarter of a
 * byte a character (an eighth of their strings), their HTML about a fifth of
 * its size.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** `text` deflated, as {@link unpackText} takes it back. */
export function packText(text: string): Uint8Array {
  // The fastest level: what is packed is read seldom, and level 1 already keeps a fifth. Copied out,
  // since zlib's result is a view of an output buffer of 64 KB, which it would keep alive.
  return new Uint8Array(deflateRawSync(text, { level: 1 }));
}

/** The text that `packed` was made of ({@link packText}), every character as it was. */
export function unpackText(packed: Uint8Array): string {
  return inflateRawSync(packed).toString('utf8');
}
