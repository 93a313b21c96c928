/**
 * Builds the site without ever leaving a broken one behind: Astro builds into
 * a staging folder beside the output, and only a successful build replaces
 * the output folder. A failed build leaves the last good site untouched.
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
import { rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { parseClaimCards } from '#lib/model/build-site.ts';

/** Options for {@link buildIntoOutDir}. */
export interface BuildOptions {
  /** Output folder (default: `dist`). */
  readonly outDir?: string;
  /** Base path the site is served under (default: `/`). */
  readonly base?: string;
}

/** Builds into a staging folder, then swaps it in for `outDir`. */
export async function buildIntoOutDir(options: BuildOptions = {}): Promise<void> {
  const outDir = resolve(options.outDir ?? 'dist');
  const staging = `${outDir}.staging-${process.pid}`;
  const previous = `${outDir}.previous-${process.pid}`;
  // A build is a production build whatever the environment says: Vite sets
  // import.meta.env.DEV from NODE_ENV, which a test runner sets to "test".
  process.env['NODE_ENV'] = 'production';
  try {
    const cacheDir = process.env['DOSSIER_CACHE_DIR'];
    await build({
      outDir: staging,
      ...(options.base === undefined ? {} : { base: options.base }),
      ...(cacheDir === undefined ? {} : { cacheDir: join(resolve(cacheDir), 'astro') }),
    });
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

if (import.meta.main) {
  const { values } = parseArgs({
    options: { 'out-dir': { type: 'string' }, base: { type: 'string' }, 'claim-cards': { type: 'string' } },
  });
  try {
    // Checked here, before anything is built; the site model reads it from the environment.
    if (values['claim-cards'] !== undefined) process.env['DOSSIER_CLAIM_CARDS'] = parseClaimCards(values['claim-cards'], '--claim-cards');
    await buildIntoOutDir({
      ...(values['out-dir'] === undefined ? {} : { outDir: values['out-dir'] }),
      ...(values.base === undefined ? {} : { base: values.base }),
    });
  } catch (error) {
    console.error(`\nBuild failed; the previous site, if any, is untouched.\n\n${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
