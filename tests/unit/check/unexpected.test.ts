/**
 * An exception inside the check is reported against the file it happened on,
 * never thrown past the check; the problem keeps the stack, which a report
 * prints in place of the hint when asked to (`--debug`).
 */
import { describe, expect, test, vi } from 'vitest';
import { checkContent } from '#lib/check/content-check.ts';
import { formatProblem } from '#lib/content/problems.ts';

vi.mock('#lib/check/frontmatter.ts', async (original) => ({
  ...(await original<typeof import('#lib/check/frontmatter.ts')>()),
  parseMarkdownFile: (text: string) => {
    if (text.includes('BOOM')) throw new RangeError('Maximum call stack size exceeded');
    throw new Error('unexpected input');
  },
}));

const file = { collection: 'actors' as const, file: 'content/actors/boom.md', text: '---\nname: BOOM\n---\n' };

describe('an exception inside the content check', () => {
  test('becomes an error naming the file, with what to do, and the other files are still checked', () => {
    const other = { ...file, file: 'content/actors/other.md', text: '---\nname: Other\n---\n' };
    const { problems } = checkContent([file, other]);
    expect(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([
      'content/actors/boom.md: (file): could not be read: Maximum call stack size exceeded',
      'content/actors/other.md: (file): could not be read: unexpected input',
    ]);
    expect(problems[0]?.hint).toMatch(/npm run check -- --debug/);
  });

  test('keeps the stack trace, which a report prints only when debugging', () => {
    const [problem] = checkContent([file]).problems;
    expect(problem?.stack).toMatch(/^RangeError: Maximum call stack size exceeded\n\s+at /);
    expect(formatProblem(problem!)).toMatch(/\n {4}Dossier failed on this file/);
    expect(formatProblem(problem!)).not.toMatch(/\n\s+at /);
    expect(formatProblem(problem!, { debug: true })).toMatch(/\n {4}RangeError: Maximum call stack size exceeded\n\s+at /);
  });
});
