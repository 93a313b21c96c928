/**
 * Reads the content folder and runs the content check on it: the one entry
 * point that the build, `npm run check` and the dev server share.
 *
 * Every collection folder and every entry of it is looked at before it is
 * read: a folder or `*.md` whose real path leaves the content folder (through
 * a symbolic link anywhere on the way), a `*.md` that is a folder, a socket or
 * a pipe, a link to nothing, a file too large or not UTF-8 is an error naming
 * it (`content-paths.ts` has the rule); a file that would be missed (in a
 * subfolder, or named `.MD`) is a warning. Nothing is skipped without a word.
 */
import { lstat, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type ContentCheck, type ContentFile, checkBodies } from '#lib/check/content-check.ts';
import { MAX_FILE_BYTES, decodeContent } from '#lib/check/file-text.ts';
import type { DraftMode } from '#lib/content/drafts.ts';
import { type ContentProblem, errorsIn } from '#lib/content/problems.ts';
import { COLLECTIONS, type CollectionName, REGISTRY } from '#lib/content/registry.ts';
import { describeOutside, realContentRoot, resolveContentPath } from './content-paths.ts';
import { displayPath } from './content-root.ts';
import { checkFilesOnEveryCore } from './articles-in-parallel.ts';

/** The files of a content folder that could be read, and what was wrong with the others. */
export interface ContentFolder {
  readonly files: ContentFile[];
  readonly problems: ContentProblem[];
}

function fileProblem(path: string, message: string, hint: string, severity: ContentProblem['severity'] = 'error'): ContentProblem {
  return { severity, file: displayPath(path), field: '(file)', message, hint };
}

/** What a non-regular file is, in words. */
function kindOf(stats: Awaited<ReturnType<typeof stat>>): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isSocket()) return 'a socket';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Reads one `*.md` entry of a collection folder, or says why it cannot be. */
async function readEntry(path: string, realRoot: string): Promise<{ text: string } | { problem: ContentProblem }> {
  // Its folder is inside the content folder (`readCollectionFolder`), so only a link can lead out.
  const resolved = await resolveContentPath(realRoot, path);
  if (!resolved.inside) {
    const hint =
      resolved.real === undefined
        ? 'Remove the link, or point it at the file.'
        : 'Copy the file into the content folder instead of linking to it.';
    return { problem: fileProblem(path, describeOutside(resolved.real), hint) };
  }
  const target = resolved.real;
  const stats = await stat(target);
  if (!stats.isFile()) {
    return { problem: fileProblem(path, `${kindOf(stats)}, not a Markdown file`, 'Rename it so that its name does not end in .md, or move it out of the content folder.') };
  }
  if (stats.size > MAX_FILE_BYTES) {
    return {
      problem: fileProblem(
        path,
        `${stats.size} bytes, more than the ${MAX_FILE_BYTES} a content file may have`,
        'Split it, or check that it is the file you meant to add.',
      ),
    };
  }
  const decoded = decodeContent(await readFile(target), displayPath(path));
  return decoded.ok ? { text: decoded.text } : { problem: decoded.problem };
}

/** Whether a folder holds Markdown files, at any depth. */
async function holdsMarkdown(dir: string): Promise<boolean> {
  const entries = await readdir(dir, { recursive: true }).catch(() => []);
  return entries.some((name) => name.toLowerCase().endsWith('.md'));
}

/**
 * Reads the `*.md` files directly inside one collection's folder, in a stable order. The folder
 * itself must really be inside the content folder `realRoot`: one that is a link to somewhere else
 * is an error, and nothing in it is read.
 */
export async function readCollectionFolder(dir: string, collection: CollectionName, realRoot: string): Promise<ContentFolder> {
  const files: ContentFile[] = [];
  const problems: ContentProblem[] = [];
  const exists = await lstat(dir).then(
    () => true,
    () => false,
  );
  if (!exists) return { files, problems };
  const resolved = await resolveContentPath(realRoot, dir);
  if (!resolved.inside) {
    problems.push(
      fileProblem(dir, `the ${REGISTRY[collection].folder}/ folder is ${describeOutside(resolved.real)}`, 'Move the folder itself into the content folder, or copy its files in.'),
    );
    return { files, problems };
  }
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const folder = REGISTRY[collection].folder;
  for (const name of names.sort()) {
    const path = join(dir, name);
    if (name.endsWith('.md')) {
      const read = await readEntry(path, realRoot).catch((error: NodeJS.ErrnoException) => ({
        problem: fileProblem(path, `could not be read: ${error.code ?? error.message}`, 'Check the file’s permissions.'),
      }));
      if ('problem' in read) problems.push(read.problem);
      else files.push({ collection, file: displayPath(path), text: read.text });
    } else if (name.toLowerCase().endsWith('.md')) {
      problems.push(
        fileProblem(path, `not read: content files end in ".md", in lower case`, `Rename it to ${name.slice(0, -3)}.md.`, 'warning'),
      );
    } else if ((await stat(path).catch(() => undefined))?.isDirectory() && (await holdsMarkdown(path))) {
      problems.push(
        fileProblem(path, `not read: the files in a subfolder of ${folder}/ are not part of the site`, `Move them into ${folder}/ itself.`, 'warning'),
      );
    }
  }
  return { files, problems };
}

/** Reads every collection under `root`: its files, and what could not be read. */
export async function readContentFolder(root: string): Promise<ContentFolder> {
  const realRoot = await realContentRoot(root);
  const files: ContentFile[] = [];
  const problems: ContentProblem[] = [];
  for (const collection of COLLECTIONS) {
    const read = await readCollectionFolder(join(root, REGISTRY[collection].folder), collection, realRoot);
    files.push(...read.files);
    problems.push(...read.problems);
  }
  return { files, problems };
}

/** Every `*.md` file of every collection under `root` that could be read, in a stable order. */
export async function readContentFiles(root: string): Promise<ContentFile[]> {
  return (await readContentFolder(root)).files;
}

/**
 * The content check of the folder `root` (`checkContent()`, with the
 * articles checked and rendered on every core: `articles-in-parallel.ts`),
 * and how many files it read. `base` is Astro's, under which the bodies link.
 */
export async function checkContentFolder(
  root: string,
  options: { readonly drafts: DraftMode; readonly base?: string },
): Promise<ContentCheck & { readonly files: number }> {
  const folder = await readContentFolder(root);
  const { checked, outcomes } = await checkFilesOnEveryCore(folder.files, options.base ?? '/');
  const check = checkBodies(checked, outcomes, options);
  return { ...check, problems: [...folder.problems, ...check.problems], files: folder.files.length + errorsIn(folder.problems).length };
}
