/** Runs `scripts/build.ts` in a child process, as `npm run build` does. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** What a build run printed and how it ended. */
export interface BuildRun {
  readonly status: number | null;
  /** stdout and stderr together. */
  readonly output: string;
}

/** Builds into `outDir`, from `contentDir` (default: the project's `content/`), with the caches in `cacheDir` (default: the project's). */
export function runBuild(options: { outDir: string; contentDir?: string; cacheDir?: string; base?: string; claimCards?: string }): BuildRun {
  const args = ['scripts/build.ts', '--out-dir', options.outDir];
  if (options.base) args.push('--base', options.base);
  if (options.claimCards) args.push('--claim-cards', options.claimCards);
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  if (options.contentDir) env['DOSSIER_CONTENT_DIR'] = resolve(options.contentDir);
  else delete env['DOSSIER_CONTENT_DIR'];
  if (options.cacheDir) env['DOSSIER_CACHE_DIR'] = resolve(options.cacheDir);
  else delete env['DOSSIER_CACHE_DIR'];
  // process.execPath is the Node that runs the tests: the pinned one under `npm test`.
  const result = spawnSync(process.execPath, args, { cwd: resolve(import.meta.dirname, '../..'), env, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
