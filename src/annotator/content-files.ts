/**
 * The annotator's only way to the disk: the path of an entry's file, its
 * version, and atomic writes. An entry is named by its collection and id, and
 * an id is kebab-case (`IdSchema`), so no input can name a path outside the
 * content folder; all the same, every file and folder is followed to its real
 * path and refused if that leaves the content folder (the rule the check and
 * the build apply, `#adapter/content-paths.ts`), and a symbolic link is never
 * written through.
 *
 * Saves to one file never overlap: each write holds a lock on every file it
 * touches (taken in a fixed order, so two writes cannot wait on each other),
 * and compares the version the page opened with the file on disk while it
 * holds them. Of several saves made from the same version, one is written and
 * the others are refused with the version they would overwrite.
 */
import { createHash, randomBytes } from 'node:crypto';
import { link, lstat, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { describeOutside, realContentRoot, resolveContentPath } from '#adapter/content-paths.ts';
import { type CollectionName, COLLECTIONS, REGISTRY } from '#lib/content/registry.ts';
import { ID_FORM, IdSchema } from '#lib/content/schema/index.ts';

/** A request the annotator refuses: its message says why, and nothing was written. */
export class Refusal extends Error {
  constructor(
    message: string,
    /** The HTTP status that says what kind of refusal it is. */
    readonly status: 400 | 403 | 404 | 409 | 422 = 422,
    /** The problems that caused it, for the analyst to fix. */
    readonly problems: readonly string[] = [],
    /** For a file that changed on disk (409): its version now. */
    readonly version?: string,
  ) {
    super(message);
  }
}

/** The message of a save refused because the file changed since the page opened it. */
export const changedOnDisk = (collection: string, id: string) =>
  `${collection}/${id}.md changed on disk since you opened it. Nothing was saved; reload to see the file as it is now (your form is kept).`;

/** A content file as the annotator opened it: its text and a version to detect later changes. */
export interface OpenedFile {
  readonly collection: CollectionName;
  readonly id: string;
  /** The absolute path. */
  readonly path: string;
  readonly text: string;
  /** A hash of the text: a save names the version it edited. */
  readonly version: string;
}

/** The version of a file's text. */
export function versionOf(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

/** Whether `name` is a collection of the content model. */
export function isCollection(name: unknown): name is CollectionName {
  return typeof name === 'string' && (COLLECTIONS as readonly string[]).includes(name);
}

/** One queue per file: the writes waiting for it, across every `ContentFiles` of this process. */
const queues = new Map<string, Promise<void>>();

/** Runs `work` while holding the lock of each of `paths`, taken in sorted order so that two writes never wait on each other. */
async function withLocks<T>(paths: readonly string[], work: () => Promise<T>): Promise<T> {
  const releases: (() => void)[] = [];
  try {
    for (const path of [...new Set(paths)].sort()) {
      const previous = queues.get(path) ?? Promise.resolve();
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const tail = previous.then(() => held);
      queues.set(path, tail);
      releases.push(() => {
        release();
        if (queues.get(path) === tail) queues.delete(path);
      });
      await previous;
    }
    return await work();
  } finally {
    for (const release of releases.reverse()) release();
  }
}

/** Writes `text` to `path` in one step: a temporary file beside it, renamed over it (or, for a new file, linked to its name, which fails if the name is taken). */
async function writeAtomically(path: string, text: string, create: boolean): Promise<void> {
  const temporary = join(path, '..', `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    if (create) await link(temporary, path);
    else await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}

/** A change to one entry's file: its new text, and the version it was made from (`null`: a new file). */
export interface FileChange {
  readonly collection: CollectionName;
  readonly id: string;
  readonly text: string;
  readonly expected: string | null;
}

/** The content folder's files, reachable only through entry ids. */
export class ContentFiles {
  constructor(readonly root: string) {}

  /**
   * The absolute path of an entry's file, refusing anything but a collection and a kebab-case id,
   * and a collection folder whose real path is not inside the content folder.
   */
  async pathOf(collection: unknown, id: unknown): Promise<string> {
    if (!isCollection(collection)) throw new Refusal(`"${String(collection)}" is not a collection: expected ${COLLECTIONS.join(', ')}`, 400);
    if (typeof id !== 'string' || !IdSchema.safeParse(id).success) {
      throw new Refusal(`"${String(id).slice(0, 200)}" cannot be an id: expected ${ID_FORM}`, 400);
    }
    const root = await realContentRoot(this.root);
    const name = REGISTRY[collection].folder;
    const folder = join(root, name);
    const real = await resolveContentPath(root, folder);
    if (!real.inside && real.real !== undefined) throw new Refusal(`the ${name}/ folder is ${describeOutside(real.real)}; the annotator reads and writes only inside it`, 403);
    const path = resolve(folder, `${id}.md`);
    if (!path.startsWith(folder + sep)) throw new Refusal(`"${id}" names a file outside ${name}/`, 400);
    return path;
  }

  /** Reads an entry's file, or refuses if it does not exist or really lies outside the content folder. */
  async open(collection: unknown, id: unknown): Promise<OpenedFile> {
    const path = await this.pathOf(collection, id);
    const exists = await lstat(path).then(
      () => true,
      () => false,
    );
    if (!exists) throw new Refusal(`there is no ${String(collection)}/${String(id)}.md`, 404);
    const real = await resolveContentPath(await realContentRoot(this.root), path);
    if (!real.inside) throw new Refusal(`${String(collection)}/${String(id)}.md is ${describeOutside(real.real)}; the annotator does not open it`, 403);
    const text = await readFile(real.real, 'utf8');
    return { collection: collection as CollectionName, id: id as string, path, text, version: versionOf(text) };
  }

  /**
   * Writes files atomically, after checking, while it holds every one of their locks, that none
   * changed since it was opened (`expected` is the version opened, or `null` for a file that must
   * not exist yet). If one write fails, the files already written are put back.
   */
  async write(changes: readonly FileChange[]): Promise<void> {
    const paths = await Promise.all(changes.map((change) => this.pathOf(change.collection, change.id)));
    await withLocks(paths, async () => {
      const planned = [];
      for (const [i, change] of changes.entries()) {
        const path = paths[i]!;
        const stats = await lstat(path).catch(() => undefined);
        if (stats?.isSymbolicLink()) throw new Refusal(`${change.collection}/${change.id}.md is a symbolic link; the annotator does not write through links`, 403);
        const current = stats ? await readFile(path, 'utf8') : null;
        if (change.expected === null && current !== null) {
          throw new Refusal(`${change.collection}/${change.id}.md already exists: choose another id`, 409);
        }
        if (change.expected !== null && (current === null || versionOf(current) !== change.expected)) {
          throw new Refusal(changedOnDisk(change.collection, change.id), 409, [], current === null ? undefined : versionOf(current));
        }
        planned.push({ ...change, path, previous: current });
      }
      const done: (typeof planned)[number][] = [];
      try {
        for (const change of planned) {
          await writeAtomically(change.path, change.text, change.previous === null);
          done.push(change);
        }
      } catch (error) {
        for (const change of done.reverse()) {
          if (change.previous === null) await rm(change.path, { force: true });
          else await writeAtomically(change.path, change.previous, false);
        }
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Refusal('a file to be created appeared while saving: choose another id', 409);
        throw error;
      }
    });
  }
}
