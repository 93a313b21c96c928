/**
 * The order test files start in. Vitest's own runs the slowest first by the
 * durations it remembers, and by file size when it remembers none, as on a
 * fresh clone, where the longest file (a 2 kB file that loads every page in
 * Chromium) started last and the run waited on it alone. The files known to
 * be long start first, whatever is remembered; the rest follow in Vitest's
 * order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The longest test files, longest first (the README's "Tests" gives their times). */
const LONGEST = [
  'tests/e2e/every-page.test.ts',
  'tests/e2e/annotator.test.ts',
  'tests/e2e/phone.test.ts',
  'tests/e2e/search.test.ts',
  'tests/scripts/bad-inputs.test.ts',
  'tests/e2e/hostile.test.ts',
  'tests/e2e/claim-cards.test.ts',
];

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const at = LONGEST.findIndex((path) => file.moduleId.endsWith(path));
      return at === -1 ? LONGEST.length : at;
    };
    // Array.prototype.sort is stable: the other files keep Vitest's order.
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
