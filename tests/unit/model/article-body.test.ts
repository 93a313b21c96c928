import { describe, expect, test } from 'vitest';
import { keepBody } from '#lib/model/article-body.ts';
import type { RenderedArticle } from '#lib/render/article-renderer.ts';

const rendered = (html: string): RenderedArticle => ({
  html,
  headings: [{ depth: 2, id: 'h', text: 'H' }] as unknown as RenderedArticle['headings'],
  wordCount: 7,
  mentions: [],
  claims: new Map(),
  dates: [],
});

describe('keepBody', () => {
  test('returns the HTML as rendered, every time it is read, in any script', () => {
    const html = '<p>«¿Irán?» — “drones” in Bolivia, 26 de julio de 2023 😀</p>'.repeat(200);
    const body = keepBody(rendered(html));
    expect(body.html).toBe(html);
    expect(body.html).toBe(html);
  });

  test('keeps the headings and the word count, and nothing else the renderer found', () => {
    const body = keepBody(rendered('<p>x</p>'));
    expect(body.wordCount).toBe(7);
    expect(body.headings).toEqual([{ depth: 2, id: 'h', text: 'H' }]);
    expect(Object.keys(body).sort()).toEqual(['headings', 'html', 'wordCount']);
  });

  test('returns an empty body as empty', () => {
    expect(keepBody(rendered('')).html).toBe('');
  });
});
