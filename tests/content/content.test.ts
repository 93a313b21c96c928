/**
 * The site's editorial content, checked as content: what the analysts wrote
 * passes the content check, and the seed article is the seed's text with its
 * analysis. Code tests never assert on this content; these tests do, so a
 * change to the content that breaks one is a change to look at, not a bug.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { readContentFiles } from '#adapter/content-folder.ts';
import { checkContent } from '#lib/check/content-check.ts';

const { problems, content } = checkContent(await readContentFiles('content'));
const seed = content.articles.find((article) => article.id === 'iran-bolivia-military-ties');

describe('the content', () => {
  test('passes the content check without errors', () => {
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(content.articles.length).toBeGreaterThanOrEqual(3);
  });

  test('cites every source at a publisher\'s own address: no source errors or warnings', () => {
    const sourceProblems = problems.filter((problem) => /(?:^|\.)(?:url|archived|publisher)$/.test(problem.field) && problem.severity !== 'suggestion');
    expect(sourceProblems.map((problem) => `${problem.file}: ${problem.field}: ${problem.message}`)).toEqual([]);
    expect(problems.filter((problem) => problem.severity === 'warning')).toEqual([]);
  });

  test('shows every change to a published rating as a correction', () => {
    const rated = seed!.data.claims.filter((claim) => claim.corrections.some((correction) => correction.previousRating !== undefined));
    expect(rated.map((claim) => claim.id).sort()).toEqual(['amia-blame', 'security-risk', 'us-and-neighbours-reacted', 'wpr-author', 'wpr-report']);
  });
});

describe('the seed article', () => {
  test('is the seed text, paragraph by paragraph', async () => {
    const text = await readFile('tests/fixtures/seed/iran-bolivia-military-ties.txt', 'utf8');
    const paragraphs = (body: string) =>
      body
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
    expect(paragraphs(seed!.body)).toEqual(paragraphs(text));
    expect(paragraphs(text)).toHaveLength(13);
  });

  test('records its 29 claims, each rated, and the actors and dates it names', () => {
    const { claims, actors, dates, source } = seed!.data;
    expect(claims).toHaveLength(29);
    expect(new Set(claims.map((claim) => claim.id)).size).toBe(29);
    expect(actors).toEqual(expect.arrayContaining(['iran', 'bolivia', 'argentina']));
    expect(dates.map((date) => date.quote)).toContain('In July');
    expect(source).toMatchObject({ outlet: 'tehran-times', published: '2023' });
  });
});
