import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countWords, renderArticle } from '../../src/lib/render-article.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const model = buildSiteModel({ actors: [], events: [], articles: [] });

describe('renderArticle', () => {
  // One folder per case: input.md, and output.html pinned as a file snapshot.
  test.each(readdirSync(fixtures))('returns the pinned HTML for %s', async (name) => {
    const input = await readFile(join(fixtures, name, 'input.md'), 'utf8');
    const { html } = renderArticle(input, model);
    await expect(`${html}\n`).toMatchFileSnapshot(join(fixtures, name, 'output.html'));
  });

  test('returns every heading with its id, body headings below the page title', async () => {
    const input = await readFile(join(fixtures, 'headings', 'input.md'), 'utf8');
    expect(renderArticle(input, model).headings).toEqual([
      { depth: 2, id: 'a-top-level-heading-in-the-body', text: 'A top-level heading in the body' },
      { depth: 2, id: 'irans-push-diplomatic--military', text: 'Iran’s push: diplomatic & military' },
      { depth: 2, id: 'irans-push-diplomatic--military-1', text: 'Iran’s push: diplomatic & military' },
      { depth: 3, id: 'a-deeper-heading', text: 'A deeper heading' },
    ]);
  });

  test('returns HTML without scripts, event handlers or unsafe URLs', async () => {
    const input = await readFile(join(fixtures, 'unsafe-html', 'input.md'), 'utf8');
    const { html } = renderArticle(input, model);
    expect(html).not.toMatch(/<script|<iframe|onerror|onclick|javascript:|style=/i);
    expect(html).not.toContain('id="claim-forged"');
  });

  test('returns the word count of the text, not of the Markdown syntax', () => {
    expect(renderArticle('Read [the report](https://example.org/a/long/url) **now**.', model).wordCount).toBe(4);
  });
});

describe('countWords', () => {
  test('returns one word for contractions, abbreviations and hyphenated words', () => {
    expect(countWords("Iran's U.S.-backed Tehran-La Paz MOU, in 2019.")).toBe(7);
    expect(countWords('')).toBe(0);
  });
});
