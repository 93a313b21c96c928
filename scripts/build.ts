/**
 * Builds the site without ever leaving a broken one behind, in three steps:
 * Astro builds into a work folder inside the project, in a process of its
 * own; once that process has ended (and its memory is free), Pagefind indexes
 * the work folder; the finished site is then moved beside the output folder
 * and swapped in. Only a build whose steps all succeeded replaces the output
 * folder; a failed build leaves the last good site untouched.
 *
 * Why a work folder inside the project: Astro writes the server chunks that
 * render the pages into the folder it builds into, and those chunks import
 * packages (`astro`, `@oslojs/encoding`, …) from the nearest `node_modules`
 * above them. Whether it uses the output folder or `./.astro/` instead is a
 * string comparison with the working directory (`getOutDirWithinCwd`), so an
 * output folder such as `../dossier-site/dist` (which begins with the
 * project's path without being inside it) had no `node_modules` above its
 * chunks and failed, while `/tmp/dist` fell back to `./.astro/`, a folder
 * every concurrent build shares. Inside the project, every build has its own
 * folder and finds the packages.
 *
 *   node scripts/build.ts [--out-dir dist] [--base /sub-path/] [--claim-cards auto|per-claim|per-verdict]
 *
 * `--claim-cards per-verdict` gives claim pages one preview card per verdict
 * instead of one per claim; `auto`, the default, does so for archives of more
 * than 20,000 claims (it sets `DOSSIER_CLAIM_CARDS`, which the site model reads).
 * `DOSSIER_CONTENT_DIR` builds another content folder (a fixture site);
 * `DOSSIER_CACHE_DIR` moves the build caches (Astro's content store and the
 * preview images) out of `node_modules/.cache/dossier` and `node_modules/.astro`.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseClaimCards } from '#lib/model/claim-cards.ts';

/** Options for {@link buildIntoOutDir}. */
export interface BuildOptions {
  /** Output folder (default: `dist`). */
  readonly outDir?: string;
  /** Base path the site is served under (default: `/`). */
  readonly base?: string;
}

/** A failure whose report the Astro step has already printed. */
class ReportedError extends Error {}

/** The project's folder: Astro's root, whatever the working directory the build was started from. */
const PROJECT_ROOT = resolve(import.meta.dirname, '..');

/** Where builds in progress live, one folder per build process. */
const WORK_ROOT = join(PROJECT_ROOT, 'node_modules/.cache/dossier/builds');

/** The environment of the Astro step: folders made absolute, since that step runs in the project's folder. */
function astroEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const name of ['DOSSIER_CONTENT_DIR', 'DOSSIER_CACHE_DIR']) {
    const folder = env[name];
    if (folder) env[name] = resolve(folder);
  }
  return env;
}

/** Runs Astro's build into `outDir` in a child process: this script again, with `--astro-into`. */
function buildWithAstro(outDir: string, base: string | undefined): Promise<void> {
  // --expose-gc: between its phases the build gives back the memory it has finished with (src/adapter/release-memory.ts).
  const args = ['--expose-gc', import.meta.filename, '--astro-into', outDir, ...(base === undefined ? [] : ['--base', base])];
  // A build is a production build whatever the environment says: Vite sets
  // import.meta.env.DEV from NODE_ENV, which a test runner sets to "test".
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: 'inherit', env: astroEnvironment() });
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code, signal) =>
      code === 0 ? done() : fail(new ReportedError(`the Astro build ended with ${signal ?? `exit code ${code}`}`)),
    );
  });
}

/** Removes the work folders of builds whose process has ended without cleaning up (killed, say). */
async function removeAbandonedWork(): Promise<void> {
  const entries = await readdir(WORK_ROOT).catch(() => []);
  for (const entry of entries) {
    const pid = Number(entry);
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid)) await rm(join(WORK_ROOT, entry), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Moves a folder: a rename on one file system, a copy and a removal across two. */
async function moveFolder(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true, errorOnExist: true, force: false, verbatimSymlinks: true });
    await rm(from, { recursive: true, force: true });
  }
}

/** Builds into a work folder, indexes it for search, moves it beside `outDir`, then swaps it in. */
export async function buildIntoOutDir(options: BuildOptions = {}): Promise<void> {
  const outDir = resolve(options.outDir ?? 'dist');
  const work = join(WORK_ROOT, String(process.pid));
  const staging = `${outDir}.staging-${process.pid}`;
  const previous = `${outDir}.previous-${process.pid}`;
  await removeAbandonedWork();
  try {
    await rm(work, { recursive: true, force: true });
    await buildWithAstro(work, options.base);
    // Loaded only now: this process waits beside Astro's, and the fewer modules it holds, the lower the build's peak.
    const { indexSearch } = await import('./index-search.ts');
    const started = performance.now();
    const pages = await indexSearch(work);
    console.log(`search: indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
    // Beside the output, on its file system, so that the swap below is two renames.
    await mkdir(dirname(outDir), { recursive: true });
    await moveFolder(work, staging);
  } catch (error) {
    await rm(work, { recursive: true, force: true });
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
