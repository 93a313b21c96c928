/**
 * The benchmark's measurements in Chromium, for `bench.ts`: the bytes of a
 * page as a browser loads it, search typed key by key as a reader types it,
 * and the header box's suggestions (actors, articles) after a keystroke. Each is timed
 * inside the page, from the keystroke to the change it causes.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

/** Bytes of a page as a browser loads it: each response, raw and gzipped, by kind. */
export async function pageWeight(browser: Browser, url: string) {
  const page = await browser.newPage();
  const bodies: { type: string; raw: number; gzip: number }[] = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    const type = response.request().resourceType();
    bodies.push({ type, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // The floor no markup can go under: the page's words and the addresses of its links, gzipped.
  const content = await page.evaluate(() => {
    for (const script of document.querySelectorAll('script, style')) script.remove();
    const links = [...document.querySelectorAll('a[href^="http"]')].map((link) => link.getAttribute('href'));
    return `${document.body.textContent?.replace(/\s+/g, ' ')} ${links.join(' ')}`;
  });
  await page.close();
  const of = (type: string) => bodies.filter((b) => b.type === type);
  const sum = (list: typeof bodies, key: 'raw' | 'gzip') => list.reduce((total, b) => total + b[key], 0);
  return {
    requests: bodies.length,
    htmlGzip: sum(of('document'), 'gzip'),
    cssGzip: sum(of('stylesheet'), 'gzip'),
    jsRaw: sum(of('script'), 'raw'),
    jsGzip: sum(of('script'), 'gzip'),
    htmlPlusCssGzip: sum(of('document'), 'gzip') + sum(of('stylesheet'), 'gzip'),
    textAndLinksGzip: gzipSync(content, { level: 9 }).length,
  };
}

/** The median of a list of numbers. */
const median = (list: readonly number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

/** Milliseconds between one keystroke and a change of the page, measured inside the page. */
const KEY_TIMER = `(() => {
  window.__lastKey = 0;
  window.__answered = 0;
  addEventListener('keydown', () => { window.__lastKey = performance.now(); window.__answered = 0; }, true);
})()`;

/**
 * Watches `selector` in the page for an answer to `query`: the time of the
 * first change after the last keystroke at which `done(query)` holds.
 */
function watchAnswer(page: Page, selector: string, done: string, query: string) {
  return page.evaluate(
    ({ selector, done, query }) => {
      const test = new Function('query', `return (${done})(query)`) as (query: string) => boolean;
      const target = document.querySelector(selector)!;
      const observer = new MutationObserver(() => {
        const w = window as unknown as { __lastKey: number; __answered: number };
        if (w.__answered === 0 && w.__lastKey > 0 && test(query)) w.__answered = performance.now();
      });
      observer.observe(target, { childList: true, subtree: true, characterData: true });
    },
    { selector, done, query },
  );
}

/** A search as the benchmark types it: the words, and the filter picked first if any. */
export interface Query {
  readonly text: string;
  /** A filter checkbox to tick before typing: `rating=False`. */
  readonly filter?: string;
}

/**
 * A reader on `/search/`: opens it in a fresh browser context (empty cache),
 * picks the filter if any, types the query key by key at 100 ms a key, and
 * waits for the first result of the whole query. Returns the milliseconds
 * from the last keystroke to that result (timed inside the page) and the
 * bytes transferred from opening the page to then (bodies as sent, headers
 * included).
 */
async function searchOnce(browser: Browser, url: string, query: Query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  let counting = true;
  page.on('requestfinished', async (request) => {
    if (!counting) return;
    const sizes = await request.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  await page.goto(url);
  await page.evaluate(KEY_TIMER);
  if (query.filter) {
    const [name, value] = query.filter.split('=') as [string, string];
    // The filters sit in a closed panel, one click away.
    await page.locator('[data-filter-panel] > summary').click();
    await page.locator(`input[name="${name}"][value="${value}"]`).check();
  }
  await watchAnswer(
    page,
    '#search',
    `(query) => document.querySelector('.search-results > li') !== null && (document.querySelector('.search-status')?.textContent ?? '').includes('“' + query + '”')`,
    query.text,
  );
  await page.locator('#search-input').pressSequentially(query.text, { delay: 100 });
  await page.waitForFunction(() => (window as unknown as { __answered: number }).__answered > 0, undefined, { timeout: 60_000 });
  const ms = await page.evaluate(() => {
    const w = window as unknown as { __lastKey: number; __answered: number };
    return w.__answered - w.__lastKey;
  });
  counting = false;
  await context.close();
  return { ms, bytes };
}

/** Medians over the queries, each in a fresh browser context. */
export async function searchSpeed(browser: Browser, url: string, queries: readonly Query[]) {
  const runs = [];
  for (const query of queries) runs.push(await searchOnce(browser, url, query));
  return {
    firstResultMs: Math.round(median(runs.map((r) => r.ms))),
    transferredBytes: median(runs.map((r) => r.bytes)),
  };
}

/** What the benchmark types into the header box, and the suggestion (its name or title) it waits for. */
export interface Suggested {
  readonly typed: string;
  readonly expected: string;
}

/**
 * The header box on an article page: types each text key by key at 100 ms a
 * key and times, inside the page, the last keystroke to the suggestion
 * expected. Median over the texts, each in a fresh context.
 */
export async function suggestionSpeed(browser: Browser, url: string, cases: readonly Suggested[]): Promise<number> {
  const times: number[] = [];
  for (const { typed, expected } of cases) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.evaluate(KEY_TIMER);
    await page.locator('#site-search').focus();
    // The names and titles files load when the box is first used.
    await page.waitForLoadState('networkidle');
    await watchAnswer(
      page,
      'form.site-search',
      `(expected) => [...document.querySelectorAll('#site-search-suggestions [role="option"] .suggestion-name')].some((o) => o.textContent === expected)`,
      expected,
    );
    await page.locator('#site-search').pressSequentially(typed, { delay: 100 });
    await page.waitForFunction(() => (window as unknown as { __answered: number }).__answered > 0, undefined, { timeout: 30_000 });
    times.push(await page.evaluate(() => {
      const w = window as unknown as { __lastKey: number; __answered: number };
      return w.__answered - w.__lastKey;
    }));
    await context.close();
  }
  return +median(times).toFixed(1);
}
