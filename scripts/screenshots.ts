/**
 * The screenshots the README shows: the search page with the query "iran"
 * and Iran's actor page, on a laptop (1280 px) and a phone (390 px), taken in
 * Chromium from a built site.
 *
 *   npm run build && npm run screenshots -- [--dist dist] [--out docs/screenshots]
 *
 * The search page is taken once its status line has counted the results;
 * each shot is the first two screens of the page, which is what a reader
 * meets before deciding to scroll on.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './support/chromium.ts';
import { startStaticServer } from './support/static-server.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'docs/screenshots' },
  },
});

const VIEWPORTS = [
  { name: '1280', width: 1280, height: 800, isMobile: false },
  { name: '390', width: 390, height: 844, isMobile: true },
] as const;

const PAGES = [
  { name: 'search-iran', path: '/search/?q=iran', ready: '.search-status:not(:empty)' },
  { name: 'actor-iran', path: '/actors/iran/', ready: 'h1' },
] as const;

const out = resolve(values.out);
await mkdir(out, { recursive: true });
const server = await startStaticServer(resolve(values.dist));
const browser = await launchChromium();
try {
  for (const viewport of VIEWPORTS) {
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      isMobile: viewport.isMobile,
      hasTouch: viewport.isMobile,
      deviceScaleFactor: 1,
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    for (const shot of PAGES) {
      const page = await context.newPage();
      await page.goto(new URL(shot.path.slice(1), server.url).href, { waitUntil: 'networkidle' });
      await page.locator(shot.ready).first().waitFor();
      const file = join(out, `${shot.name}-${viewport.name}.png`);
      await page.screenshot({ path: file, clip: { x: 0, y: 0, width: viewport.width, height: viewport.height * 2 }, fullPage: true });
      console.log(file);
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
