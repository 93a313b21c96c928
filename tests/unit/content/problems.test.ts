import { describe, expect, test } from 'vitest';
import { type ContentProblem, countProblems, errorsIn } from '#lib/content/problems.ts';

const problem = (severity: ContentProblem['severity'], message: string): ContentProblem => ({ file: 'content/articles/a.md', field: 'title', severity, message });

describe('errorsIn', () => {
  test('returns the errors only, in their order', () => {
    const problems = [problem('warning', 'w'), problem('error', 'first'), problem('suggestion', 's'), problem('error', 'second')];
    expect(errorsIn(problems).map((found) => found.message)).toEqual(['first', 'second']);
    expect(countProblems(problems)).toBe('2 errors, 1 warning, 1 suggestion');
    expect(errorsIn([problem('warning', 'w')])).toEqual([]);
  });
});
