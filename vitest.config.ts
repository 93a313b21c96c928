import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { LongestFirst } from './tests/support/sequencer.ts';

export default defineConfig({
  test: {
    // One test file per core, not Vitest's default of one fewer: the browser tests spend most of their
    // time waiting on Chromium, and on a 2-core machine the default of one worker ran every file in turn.
    maxWorkers: Math.max(2, availableParallelism()),
    // The longest files first, also on a fresh clone (tests/support/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    // Coverage of the pure core, from the unit and Markdown tests (the site and
    // browser tests run the code in Astro's own processes, which v8 does not see).
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      reporter: ['text-summary', 'text'],
      reportsDirectory: 'node_modules/.cache/dossier/coverage',
      thresholds: { 'src/lib/**': { statements: 90 } },
    },
    projects: [
      {
        test: {
          name: 'unit',
          // The code's own tests: layer by layer, the Markdown plugins by fixture folder, and the command-line tools.
          include: ['tests/unit/**/*.test.ts', 'tests/markdown/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
          // The command-line tests run the real scripts in child processes: on a shared, busy machine one
          // can take longer than the default five seconds without anything being wrong.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'content',
          // The site's editorial content: what the analysts wrote, checked as content.
          include: ['tests/content/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // Builds the site once into a temporary folder for every site test.
          globalSetup: ['tests/support/build-once.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A browser waits for Pagefind to load its index and WebAssembly before the first results: on a
          // busy machine that takes longer than expect.poll's default second.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
