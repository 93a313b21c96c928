import { describe, expect, test } from 'vitest';
import { packHtml, unpackBody } from '#lib/render/article-body.ts';
import type { Heading } from '#lib/render/plugins/rehype-collect-headings.ts';

const HEADINGS = [{ depth: 2, id: 'h', text: 'H' }] as unknown as Heading[];
const kept = (html: string) => unpackBody({ html: packHtml(html), headings: HEADINGS, wordCount: 7 });

describe('packHtml and unpackBody', () => {
  test('return the HTML as rendered, every time it is read, in any script', () => {
    const html = '<p>«¿Irán?» — “drones” in Bolivia, 26 de julio de 2023 😀</p>'.repeat(200);
    const body = kept(html);
    expect(body.html).toBe(html);
    expect(body.html).toBe(html);
  });

  test('keep the HTML deflated, well under its size', () => {
    const html = '<p>Iran and <a href="/actors/bolivia/" class="mention">Bolivia</a> met.</p>\n'.repeat(500);
    expect(packHtml(html).byteLength).toBeLessThan(html.length / 5);
  });

  test('keep the headings and the word count, and nothing else', () => {
    const body = kept('<p>x</p>');
    expect(body.wordCount).toBe(7);
    expect(body.headings).toEqual([{ depth: 2, id: 'h', text: 'H' }]);
    expect(Object.keys(body).sort()).toEqual(['headings', 'html', 'wordCount']);
  });

  test('return an empty body as empty', () => {
    expect(kept('').html).toBe('');
  });
});
