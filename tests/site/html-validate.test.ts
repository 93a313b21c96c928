import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, inject, test } from 'vitest';
import { listFiles } from '../support/dist-files.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles are the original headlines, which are often longer than 70
    // characters; the limit is a search-snippet heuristic, not validity.
    'long-title': 'off',
    // Heading ids come from rehype-slug and may start with a hyphen or digit;
    // HTML5 allows any id without whitespace, which is what `relaxed` checks.
    'valid-id': ['error', { relaxed: true }],
  },
});

function describeMessages(messages: readonly Message[]): string[] {
  return messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
}

describe.each([
  ['the site', 'distDir'],
  ['the hostile-content site', 'hostileDistDir'],
  ['the corrections site, with a narrative across three articles', 'correctionsDistDir'],
] as const)('every HTML file of %s', (_name, key) => {
  test('validates with html-validate:recommended', async () => {
    const dir = inject(key);
    const files = (await listFiles(dir)).filter((file) => file.endsWith('.html'));
    expect(files.length).toBeGreaterThan(3);
    const failures: Record<string, string[]> = {};
    for (const file of files) {
      const report = await validator.validateString(await readFile(join(dir, file), 'utf8'), file);
      const messages = report.results.flatMap((result) => result.messages);
      if (messages.length > 0) failures[file] = describeMessages(messages);
    }
    expect(failures).toEqual({});
  });
});
