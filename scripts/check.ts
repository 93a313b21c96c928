/**
 * Checks the content without building the site: the same check the build
 * runs first, on the same folder (`content/`, or `DOSSIER_CONTENT_DIR`).
 *
 *   node scripts/check.ts
 *
 * Prints every error, then every warning and suggestion, one per line as
 * `file:line: field: message` with a hint below where there is one, and a
 * summary. Drafts are checked like published articles, since they must pass
 * before they are published; the build leaves them out. Exits with 1 when
 * there are errors, 0 when there are only warnings or suggestions, 2 when the
 * check itself failed (with `--debug`, its stack trace is printed).
 */
import { checkContentFolder } from '#adapter/content-folder.ts';
import { CONTENT_ROOT, displayPath } from '#adapter/content-root.ts';
import { type ReportOptions, countProblems, errorsIn, formatProblems } from '#lib/content/problems.ts';

/** Checks the content folder, prints the report (with stack traces under `debug`) and returns the exit code. */
export async function checkSite(root: string = CONTENT_ROOT, options: ReportOptions = {}): Promise<number> {
  const { files, problems, drafts } = await checkContentFolder(root, { drafts: 'include' });
  const report = formatProblems(problems, options);
  if (report !== '') console.log(`${report}\n`);
  const ofDrafts = drafts.length === 0 ? '' : ` (${drafts.length} ${drafts.length === 1 ? 'draft' : 'drafts'})`;
  console.log(`Checked ${files} files in ${displayPath(root)}${ofDrafts}: ${countProblems(problems)}.`);
  return errorsIn(problems).length > 0 ? 1 : 0;
}

if (import.meta.main) {
  // --debug: a failure inside Dossier prints its stack trace, not only the file it happened on.
  const debug = process.argv.includes('--debug');
  try {
    process.exitCode = await checkSite(CONTENT_ROOT, { debug });
  } catch (error) {
    console.error(`npm run check failed: ${error instanceof Error ? error.message : String(error)}`);
    if (debug && error instanceof Error) console.error(error.stack);
    else console.error('Run npm run check -- --debug for the stack trace.');
    process.exitCode = 2;
  }
}
