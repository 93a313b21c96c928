/**
 * An exception inside the check is reported against the file it happened on,
 * never thrown past the check; `--debug` (DOSSIER_DEBUG=1) keeps the stack.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkContent } from '#lib/check/content-check.ts';

vi.mock('#lib/check/frontmatter.ts', async (original) => ({
  ...(await original<typeof import('#lib/check/frontmatter.ts')>()),
  parseMarkdownFile: (text: string) => {
    if (text.includes('BOOM')) throw new RangeError('Maximum call stack size exceeded');
    throw new Error('unexpected input');
  },
}));

const file = { collection: 'actors' as const, file: 'content/actors/boom.md', text: '---\nname: BOOM\n---\n' };

describe('an exception inside the content check', () => {
  afterEach(() => {
    delete process.env['DOSSIER_DEBUG'];
  });

  test('becomes an error naming the file, with what to do, and the other files are still checked', () => {
    const other = { ...file, file: 'content/actors/other.md', text: '---\nname: Other\n---\n' };
    const { problems } = checkContent([file, other]);
    expect(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([
      'content/actors/boom.md: (file): could not be read: Maximum call stack size exceeded',
      'content/actors/other.md: (file): could not be read: unexpected input',
    ]);
    expect(problems[0]?.hint).toMatch(/npm run check -- --debug/);
  });

  test('keeps the stack trace for --debug', () => {
    process.env['DOSSIER_DEBUG'] = '1';
    const [problem] = checkContent([file]).problems;
    expect(problem?.hint).toMatch(/^RangeError: Maximum call stack size exceeded\n\s+at /);
  });
});
