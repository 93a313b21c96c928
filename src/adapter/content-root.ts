/**
 * Where the content collections live: `content/` in the project, or the
 * folder named by `DOSSIER_CONTENT_DIR` (the tests build fixture sites this way).
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Absolute path of the content folder. */
export const CONTENT_ROOT = resolve(process.env['DOSSIER_CONTENT_DIR'] ?? 'content');

/** A collection's folder, as Astro's glob loader takes it. */
export function collectionBase(collection: string): URL {
  return pathToFileURL(`${CONTENT_ROOT}/${collection}/`);
}

/** A path for messages: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
