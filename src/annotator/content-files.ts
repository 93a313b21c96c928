/**
 * The annotator's only way to the disk: the path of an entry's file, its
 * version, and atomic writes. An entry is named by its collection and id, and
 * an id is kebab-case (`IdSchema`), so no input can name a path outside the
 * content folder; the resolved path is checked against the folder all the
 * same, and a symbolic link is never written through.
 */
import { createHash, randomBytes } from 'node:crypto';
import { lstat, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
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
  ) {
    super(message);
  }
}

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

/** The content folder's files, reachable only through entry ids. */
export class ContentFiles {
  constructor(readonly root: string) {}

  /** The absolute path of an entry's file, refusing anything but a collection and a kebab-case id. */
  async pathOf(collection: unknown, id: unknown): Promise<string> {
    if (!isCollection(collection)) throw new Refusal(`"${String(collection)}" is not a collection: expected ${COLLECTIONS.join(', ')}`, 400);
    if (typeof id !== 'string' || !IdSchema.safeParse(id).success) {
      throw new Refusal(`"${String(id)}" cannot be an id: expected ${ID_FORM}`, 400);
    }
    const root = await realpath(this.root);
    const folder = join(root, REGISTRY[collection].folder);
    const path = resolve(folder, `${id}.md`);
    if (!path.startsWith(folder + sep)) throw new Refusal(`"${id}" names a file outside ${REGISTRY[collection].folder}/`, 400);
    return path;
  }

  /** Reads an entry's file, or refuses if it does not exist. */
  async open(collection: unknown, id: unknown): Promise<OpenedFile> {
    const path = await this.pathOf(collection, id);
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new Refusal(`there is no ${String(collection)}/${String(id)}.md`, 404);
      throw error;
    });
    return { collection: collection as CollectionName, id: id as string, path, text, version: versionOf(text) };
  }

  /** Whether an entry's file exists. */
  async exists(collection: CollectionName, id: string): Promise<boolean> {
    return lstat(await this.pathOf(collection, id)).then(
      () => true,
      () => false,
    );
  }

  /**
   * Writes files atomically, each to a temporary file beside it and then
   * renamed over it, after checking that none changed since it was opened
   * (`expected` is the version opened, or `null` for a file that must not
   * exist yet). If one write fails, the files already written are put back.
   */
  async write(changes: readonly { readonly collection: CollectionName; readonly id: string; readonly text: string; readonly expected: string | null }[]): Promise<void> {
    const planned = [];
    for (const change of changes) {
      const path = await this.pathOf(change.collection, change.id);
      const stats = await lstat(path).catch(() => undefined);
      if (stats?.isSymbolicLink()) throw new Refusal(`${change.collection}/${change.id}.md is a symbolic link; the annotator does not write through links`, 403);
      const current = stats ? await readFile(path, 'utf8') : null;
      if (change.expected === null && current !== null) {
        throw new Refusal(`${change.collection}/${change.id}.md already exists: choose another id`, 409);
      }
      if (change.expected !== null && (current === null || versionOf(current) !== change.expected)) {
        throw new Refusal(
          `${change.collection}/${change.id}.md changed on disk since you opened it. Nothing was saved; reload to see the file as it is now (your form is kept).`,
          409,
        );
      }
      planned.push({ ...change, path, previous: current });
    }
    const done: (typeof planned)[number][] = [];
    try {
      for (const change of planned) {
        const temporary = join(change.path, '..', `.${change.id}.md.${randomBytes(6).toString('hex')}.tmp`);
        try {
          await writeFile(temporary, change.text, { flag: 'wx' });
          await rename(temporary, change.path);
        } finally {
          await rm(temporary, { force: true });
        }
        done.push(change);
      }
    } catch (error) {
      for (const change of done.reverse()) {
        if (change.previous === null) await rm(change.path, { force: true });
        else await writeFile(change.path, change.previous);
      }
      throw error;
    }
  }
}
