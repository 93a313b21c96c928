/**
 * Builds the site without ever leaving a broken one behind, in two steps:
 * Astro builds into a staging folder beside the output, in a process of its
 * own; once that process has ended (and its memory is free), Pagefind indexes
 * the staging folder. Only a build whose steps all succeeded replaces the
 * output folder; a failed build leaves the last good site untouched.
 *
 *   node scripts/build.ts [--out-dir dist] [--base /sub-path/] [--claim-cards per-claim|per-verdict]
 *
 * `--claim-cards per-verdict` gives claim pages one preview card per verdict
 * instead of one per claim, for very large archives (it sets
 * `DOSSIER_CLAIM_CARDS`, which the site model reads).
 * `DOSSIER_CONTENT_DIR` builds another content folder (a fixture site);
 * `DOSSIER_CACHE_DIR` moves the build caches (Astro's content store and the
 * preview images) out of `node_modules/.cache/dossier` and `node_modules/.astro`.
 */
import { spawn } from 'node:child_process';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseClaimCards } from '#lib/model/build-site.ts';
import { indexSearch } from './search-index.ts';

/** Options for {@link buildIntoOutDir}. */
export interface BuildOptions {
  /** Output folder (default: `dist`). */
  readonly outDir?: string;
  /** Base path the site is served under (default: `/`). */
  readonly base?: string;
}

/** A failure whose report the Astro step has already printed. */
class ReportedError extends Error {}

/** Runs Astro's build into `outDir` in a child process: this script again, with `--astro-into`. */
function buildWithAstro(outDir: string, base: string | undefined): Promise<void> {
  const args = [import.meta.filename, '--astro-into', outDir, ...(base === undefined ? [] : ['--base', base])];
  // A build is a production build whatever the environment says: Vite sets
  // import.meta.env.DEV from NODE_ENV, which a test runner sets to "test".
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code, signal) =>
      code === 0 ? done() : fail(new ReportedError(`the Astro build ended with ${signal ?? `exit code ${code}`}`)),
    );
  });
}

/** Builds into a staging folder, indexes it for search, then swaps it in for `outDir`. */
export async function buildIntoOutDir(options: BuildOptions = {}): Promise<void> {
  const outDir = resolve(options.outDir ?? 'dist');
  const staging = `${outDir}.staging-${process.pid}`;
  const previous = `${outDir}.previous-${process.pid}`;
  try {
    await buildWithAstro(staging, options.base);
    const started = performance.now();
    const pages = await indexSearch(staging);
    console.log(`search: indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  // Two renames on one file system: the old site is replaced, never emptied first.
  await rename(outDir, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staging, outDir);
  await rm(previous, { recursive: true, force: true });
}

/** The Astro step, in its own process: builds into `outDir` and prints any failure's report. */
async function astroStep(outDir: string, base: string | undefined): Promise<void> {
  const { build } = await import('astro');
  try {
    await build({ outDir, ...(base === undefined ? {} : { base }) });
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      'out-dir': { type: 'string' },
      base: { type: 'string' },
      'claim-cards': { type: 'string' },
      'astro-into': { type: 'string' },
    },
  });
  if (values['astro-into'] !== undefined) await astroStep(values['astro-into'], values.base);
  else {
    try {
      // Checked here, before anything is built; the site model reads it from the environment.
      if (values['claim-cards'] !== undefined) process.env['DOSSIER_CLAIM_CARDS'] = parseClaimCards(values['claim-cards'], '--claim-cards');
      await buildIntoOutDir({
        ...(values['out-dir'] === undefined ? {} : { outDir: values['out-dir'] }),
        ...(values.base === undefined ? {} : { base: values.base }),
      });
    } catch (error) {
      const report = error instanceof ReportedError ? '' : `\n\n${error instanceof Error ? error.message : String(error)}`;
      console.error(`\nBuild failed; the previous site, if any, is untouched.${report}`);
      process.exitCode = 1;
    }
  }
}
