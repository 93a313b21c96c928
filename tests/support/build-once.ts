/**
 * Global setup of the site and browser tests: builds, once per run, each site
 * they look at, into a temporary folder, and hands the folders to the tests
 * through `inject()`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { generateCorpus } from '../../scripts/gen-corpus.ts';
import { runBuild } from './run-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real site, built from `content/`. */
    distDir: string;
    /** The real site built with a `base` of `/dossier/`. */
    baseDistDir: string;
    /** The hostile-content fixture site. */
    hostileDistDir: string;
    /** A generated site long enough for its lists to run to several pages. */
    generatedDistDir: string;
    /** The content folder the generated site was built from. */
    generatedContentDir: string;
    /** The seed's fixture site built with one preview card per verdict for claim pages. */
    verdictCardsDistDir: string;
    /** The fixture site whose analysis, claims, actor, event and narrative have been corrected; the narrative spans three articles of two outlets. */
    correctionsDistDir: string;
    /** The fixture site with drafts, one of them unfinished. */
    draftsDistDir: string;
    /** What the build of the drafts fixture printed. */
    draftsBuildOutput: string;
  }
}

/** The base path of the sub-path build. */
export const SUB_PATH = '/dossier/';

/** Articles in the generated site: one more than a page of the article list holds. */
export const GENERATED_ARTICLES = 21;

export default async function setup(project: TestProject) {
  const root = await mkdtemp(join(tmpdir(), 'dossier-site-'));
  const generated = join(root, 'generated');
  await generateCorpus({ out: generated, articles: GENERATED_ARTICLES, actors: 30, events: 20 });
  project.provide('generatedContentDir', generated);
  const builds = {
    distDir: { outDir: join(root, 'dist') },
    baseDistDir: { outDir: join(root, 'dist-base'), base: SUB_PATH },
    hostileDistDir: { outDir: join(root, 'dist-hostile'), contentDir: 'tests/fixtures/sites/hostile' },
    generatedDistDir: { outDir: join(root, 'dist-generated'), contentDir: generated },
    draftsDistDir: { outDir: join(root, 'dist-drafts'), contentDir: 'tests/fixtures/sites/drafts' },
    correctionsDistDir: { outDir: join(root, 'dist-corrections'), contentDir: 'tests/fixtures/sites/corrections' },
    verdictCardsDistDir: { outDir: join(root, 'dist-verdict-cards'), contentDir: 'tests/fixtures/sites/seed', claimCards: 'per-verdict' },
  } as const;
  // One after another: builds share Astro's content cache.
  for (const [key, options] of Object.entries(builds)) {
    const started = performance.now();
    const result = runBuild(options);
    if (result.status !== 0) throw new Error(`The ${key} build failed:\n${result.output}`);
    // Where the suite's time goes (the README's "Tests" gives the figures).
    console.log(`site tests: built ${key} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    project.provide(key as keyof typeof builds, options.outDir);
    if (key === 'draftsDistDir') project.provide('draftsBuildOutput', result.output);
  }
  return () => rm(root, { recursive: true, force: true });
}
