/**
 * Lighthouse over the pages a reader lands on: home, an article, an actor, a
 * claim, the timeline and search. Each page is audited `runs` times in
 * Debian's Chromium (`CHROME_PATH`, else `CHROMIUM_PATH` or `/usr/bin/chromium`) with
 * Lighthouse's default mobile settings, and the median run (Lighthouse's
 * own choice: the run nearest the median first paint and time to
 * interactive) is reported with its four category scores.
 *
 *   npm run lighthouse -- [--dist dist] [--runs 5] [--json lighthouse.json]
 *
 * The built site is served gzipped, with its `_headers`, as a host would.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result as LighthouseReport } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './support/chromium.ts';
import { startStaticServer } from './support/static-server.ts';

/** The categories Lighthouse scores, in its order. */
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The pages audited, by what they are. Paths are those of the site in `content/`. */
export const LIGHTHOUSE_PAGES: Readonly<Record<string, string>> = {
  home: '',
  article: 'articles/iran-bolivia-military-ties/',
  actor: 'actors/iran/',
  claim: 'articles/iran-bolivia-military-ties/claims/amia-blame/',
  timeline: 'timeline/',
  search: 'search/',
};

/** One page's median run: scores out of 100, and the audits that lost points. */
export interface LighthouseResult {
  readonly page: string;
  readonly scores: Record<(typeof CATEGORIES)[number], number>;
  readonly firstContentfulPaintMs: number;
  readonly largestContentfulPaintMs: number;
  /** Audits scored below 1 in the median run, by id, for the categories above. */
  readonly failing: string[];
}

function summarise(page: string, lhr: LighthouseReport): LighthouseResult {
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
  ) as LighthouseResult['scores'];
  const failing = CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => audit!.id),
  );
  return {
    page,
    scores,
    firstContentfulPaintMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? Number.NaN),
    largestContentfulPaintMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
    failing: [...new Set(failing)],
  };
}

/** Audits each page of the site served from `dist`, `runs` times, and returns each page's median run. */
export async function runLighthouse(dist: string, runs = 5): Promise<LighthouseResult[]> {
  const server = await startStaticServer(resolve(dist));
  const chrome = await chromeLauncher.launch({
    chromePath: process.env['CHROME_PATH'] ?? CHROMIUM_PATH,
    // chrome-launcher gives the browser a fresh temporary profile.
    chromeFlags: ['--headless', ...CHROMIUM_FLAGS],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const [page, path] of Object.entries(LIGHTHOUSE_PAGES)) {
      const lhrs: LighthouseReport[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${server.url}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${result.lhr.runtimeError.message}`);
        lhrs.push(result.lhr);
      }
      results.push(summarise(page, computeMedianRun(lhrs)));
    }
    return results;
  } finally {
    chrome.kill();
    await server.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      runs: { type: 'string', default: '5' },
      json: { type: 'string' },
    },
  });
  const results = await runLighthouse(values.dist, Number(values.runs));
  console.table(
    results.map(({ page, scores, firstContentfulPaintMs, largestContentfulPaintMs }) => ({
      page,
      ...scores,
      'FCP ms': firstContentfulPaintMs,
      'LCP ms': largestContentfulPaintMs,
    })),
  );
  for (const { page, failing } of results) if (failing.length > 0) console.log(`${page}: below 1 on ${failing.join(', ')}`);
  if (values.json) await writeFile(values.json, `${JSON.stringify(results, null, 2)}\n`);
}

if (import.meta.main) await main();
