import { describe, expect, test } from 'vitest';
import { renderProse } from '#lib/render/prose-renderer.ts';
import { markdownToPlainText } from '#lib/text/plain-text.ts';

describe('renderProse', () => {
  test('returns HTML of paragraphs, emphasis, links and code', () => {
    expect(renderProse('Hello *world*, **bold** [a link](https://example.org "T") and `code`.').html).toBe(
      '<p>Hello <em>world</em>, <strong>bold</strong> <a href="https://example.org" title="T">a link</a> and <code>code</code>.</p>',
    );
  });

  test('returns headings, lists and quotes as their elements', () => {
    expect(renderProse('## Evidence\n\n- one\n- two\n\n> quoted').html).toBe(
      '<h2>Evidence</h2>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<blockquote>\n<p>quoted</p>\n</blockquote>',
    );
  });

  test('returns no raw HTML: script and inline tags and HTML blocks are dropped', () => {
    const html = renderProse('Before <script>alert(1)</script> after <b>bold</b>.\n\n<div onclick="steal()">block</div>').html;
    expect(html).toBe('<p>Before alert(1) after bold.</p>');
    expect(html).not.toMatch(/<script|<b>|<div|onclick/);
  });

  test('returns a link without href when its URL is javascript:', () => {
    const html = renderProse('[click](javascript:alert(1)) and [ok](https://example.org)').html;
    expect(html).toBe('<p><a>click</a> and <a href="https://example.org">ok</a></p>');
    expect(html).not.toContain('javascript:');
  });

  test('returns no images, whose sources would load from third parties', () => {
    const html = renderProse('![a chart](https://evil.example/x.png) tail').html;
    expect(html).not.toContain('<img');
    expect(html).not.toContain('evil.example');
    expect(html).toBe('<p> tail</p>');
  });

  test('returns an empty string for empty Markdown', () => {
    expect(renderProse('')).toEqual({ html: '', text: '' });
  });

  test('gives the plain text of the same parse, as markdownToPlainText gives it', () => {
    const markdown = '## Evidence\n\nThe *memorandum*[^1] was   signed.\n\n- one\n- two\n\n[^1]: A note.';
    expect(renderProse(markdown).text).toBe(markdownToPlainText(markdown));
    expect(renderProse(markdown).text).toBe('Evidence The memorandum was signed. one two A note.');
  });
});
