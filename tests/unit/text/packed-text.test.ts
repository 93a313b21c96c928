import { describe, expect, test } from 'vitest';
import { packText, unpackText } from '#lib/text/packed-text.ts';

describe('packText and unpackText', () => {
  test('give back every character as it was, in any script, empty or not', () => {
    for (const text of ['', '\n', '«¿Irán?» — “drones” in Bolivia, 26 de julio de 2023 😀\r\n'.repeat(200), '---\ntitle: T\n---\n']) {
      expect(unpackText(packText(text))).toBe(text);
    }
  });

  test('keep text in well under its size, in a buffer of its own', () => {
    const html = '<p>Iran and <a href="/actors/bolivia/" class="mention">Bolivia</a> met.</p>\n'.repeat(500);
    const packed = packText(html);
    expect(packed.byteLength).toBeLessThan(html.length / 5);
    // Not a view of zlib's larger output buffer, which it would keep alive.
    expect(packed.buffer.byteLength).toBe(packed.byteLength);
  });
});
