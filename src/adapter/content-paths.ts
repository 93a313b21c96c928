/**
 * The one rule for where content may live, which the content check, the
 * build, the dev loader and the annotator all apply: a path is followed to
 * its real place (every symbolic link on the way resolved), and a file or
 * folder whose real place is outside the content folder is refused, with a
 * message naming it and where it leads. A link inside the content folder is
 * followed like any path.
 */
import { realpath } from 'node:fs/promises';
import { sep } from 'node:path';

/** Where a path really is, as far as the content folder is concerned. */
export type ContentPath =
  /** Inside the content folder (or the folder itself): its real path. */
  | { readonly inside: true; readonly real: string }
  /** Somewhere else: where it leads. */
  | { readonly inside: false; readonly real: string }
  /** Nothing: a link to nothing, or no such path. */
  | { readonly inside: false; readonly real: undefined };

/** The real path of the content folder; a folder that does not exist stands for itself. */
export async function realContentRoot(root: string): Promise<string> {
  return realpath(root).catch(() => root);
}

/** Whether `real` is `realRoot` or inside it. */
function isInside(realRoot: string, real: string): boolean {
  return real === realRoot || real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
}

/** Follows `path` to its real place and says whether it is inside the content folder `realRoot`. */
export async function resolveContentPath(realRoot: string, path: string): Promise<ContentPath> {
  const real = await realpath(path).catch(() => undefined);
  if (real === undefined) return { inside: false, real: undefined };
  return isInside(realRoot, real) ? { inside: true, real } : { inside: false, real };
}

/** What a refused path is, in words, for a message: "a symbolic link to /etc/passwd, outside the content folder". */
export function describeOutside(real: string | undefined): string {
  return real === undefined ? 'a symbolic link to a file that does not exist' : `a symbolic link to ${real}, outside the content folder`;
}
