import { describe, expect, test } from 'vitest';
import { unpackBody } from '#lib/render/article-body.ts';
import type { Heading } from '#lib/render/plugins/rehype-collect-headings.ts';
import { packText } from '#lib/text/packed-text.ts';

const HEADINGS = [{ depth: 2, id: 'h', text: 'H' }] as unknown as Heading[];
const kept = (html: string) => unpackBody({ html: packText(html), headings: HEADINGS, wordCount: 7 });

describe('unpackBody', () => {
  test('returns the HTML as rendered, every time it is read, in any script', () => {
    const html = '<p>«¿Irán?» — “drones” in Bolivia, 26 de julio de 2023 😀</p>'.repeat(200);
    const body = kept(html);
    expect(body.html).toBe(html);
    expect(body.html).toBe(html);
  });

  test('keeps the headings and the word count, and nothing else', () => {
    const body = kept('<p>x</p>');
    expect(body.wordCount).toBe(7);
    expect(body.headings).toEqual([{ depth: 2, id: 'h', text: 'H' }]);
    expect(Object.keys(body).sort()).toEqual(['headings', 'html', 'wordCount']);
  });

  test('returns an empty body as empty', () => {
    expect(kept('').html).toBe('');
  });
});
