/**
 * The words of every page as a reader gets them: no two words run together
 * where the markup joins an element to its neighbour without a space, and no
 * punctuation doubled where the build joins two pieces of text for a title,
 * a description or an image's alt text.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, inject, test } from 'vitest';
import { listPages } from '../support/dist-files.ts';
import { all, readPage } from '../support/html.ts';
import { findDoubledPunctuation, findRunTogether } from '../support/run-together.ts';

const distDir = inject('distDir');
const pages = await listPages(distDir);

const runTogether = (html: string) => findRunTogether(fromHtml(html)).map(({ before, tags, after }) => `${before}${tags}${after}`);

describe('findRunTogether', () => {
  test('returns the words an element joins without a space, and the punctuation it joins to a word', () => {
    expect(runTogether('<p>which has its own<a href="/feed">feed</a>.</p>')).toEqual(['which has its own<a>feed']);
    expect(runTogether('<p>browse <a href="/a">the actors</a>,<a href="/c">the claims</a></p>')).toEqual(['browse the actors,<a>the claims']);
    expect(runTogether('<p><span>Supported</span><span>Factual claim</span></p>')).toEqual(['Supported</span><span>Factual claim']);
  });

  test('returns nothing where a space, a block or punctuation that may touch a word separates them', () => {
    expect(runTogether('<p>which has its own <a href="/feed">feed</a>.</p>')).toEqual([]);
    expect(runTogether('<p><a href="/i">Iran</a>\'s and anti-<a href="/i">Iran</a> and “<a href="/t">title</a>”, (<a href="/x">x</a>)</p>')).toEqual([]);
    expect(runTogether('<ul><li>one</li><li>two</li></ul><p>three</p><p>four<br>five</p>')).toEqual([]);
    expect(runTogether('<p>No<!-- -->body splits a word with a comment.</p><script>let a</script><style>b{}</style>')).toEqual([]);
    expect(runTogether('<p>hid<span hidden>den</span></p><svg><text>a</text><text>b</text></svg>')).toEqual([]);
  });

  test('reads a <noscript> as a reader without JavaScript sees it', () => {
    expect(runTogether('<noscript><p>the <a href="/a">actors</a>,<a href="/c">claims</a></p></noscript>')).toHaveLength(1);
  });
});

describe('findDoubledPunctuation', () => {
  test('returns a full stop after a full stop, an ellipsis or a question mark, spaced or not', () => {
    expect(findDoubledPunctuation('Tehran is its capital..')).toHaveLength(1);
    expect(findDoubledPunctuation("Iran's …. Tehran Times")).toHaveLength(1);
    expect(findDoubledPunctuation('Is it? . Yes')).toHaveLength(1);
  });

  test('returns nothing for an ellipsis of three full stops or single marks', () => {
    expect(findDoubledPunctuation('It was... late. Really? Yes! U.S. and “Iran.”')).toEqual([]);
  });
});

describe('the words of every page', () => {
  test('never run together across an element\'s edge', async () => {
    const found: string[] = [];
    for (const url of pages) {
      const page = await readPage(distDir, url);
      for (const { before, tags, after } of findRunTogether(page)) found.push(`${url}: “…${before}${tags}${after}…”`);
    }
    expect(found).toEqual([]);
  });

  test('never double their punctuation in a title, description or alt text', async () => {
    const found: string[] = [];
    const texts = (page: Root) => [
      ...all(page, 'head > title').map((title) => toString(title)),
      ...all(page, 'meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]').map((meta) => String(meta.properties['content'])),
      ...all(page, 'img[alt]').map((image) => String(image.properties['alt'])),
    ];
    for (const url of pages) {
      for (const text of texts(await readPage(distDir, url))) {
        for (const doubled of findDoubledPunctuation(text)) found.push(`${url}: “${doubled}”`);
      }
    }
    expect(found).toEqual([]);
  });
});
