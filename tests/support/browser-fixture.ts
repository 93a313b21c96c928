/**
 * One Chromium and one static server per browser test file, started before
 * its tests and stopped after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/support/chromium.ts';
import { type StaticServer, startStaticServer } from '../../scripts/support/static-server.ts';

/** Where screenshots go: a folder the tests write, ignored by git. */
export const SCREENSHOT_DIR = 'test-results/screenshots';

/** Serves `distDir` under `base` and launches Chromium for the tests of the calling file. */
export function useBrowser(distDir: () => string, base = '/') {
  const context = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    context.server = await startStaticServer(distDir(), base);
    context.browser = await launchChromium();
  });
  afterAll(async () => {
    await context.browser?.close();
    await context.server?.close();
  });
  return {
    get browser() {
      return context.browser;
    },
    /** The absolute URL of a root-relative site path. */
    url(path: string) {
      return new URL(path.replace(/^\//, ''), context.server.url).href;
    },
  };
}
