/**
 * The content check's result, shared by everything in Astro's process that
 * needs the content: the check before the build (`src/integrations/`), the
 * content loader and `getSite()`. The folder is read, parsed and validated
 * once per build, and once per edit in the dev server; the loader stores the
 * check's entries, and the site model is built from them, with their line
 * numbers and the check's alias index.
 *
 * Astro loads the integration with its configuration, and the loader and the
 * pages through Vite, each its own copy of this module; what they share is
 * the process, so the result is kept in one slot of `globalThis`, named by a
 * registered symbol. The check renders every article's body (the bodies link
 * under Astro's `base`), and the site model takes the renderings.
 */
import type { DraftMode } from '#lib/content/drafts.ts';
import { withBase } from '#lib/content/urls.ts';
import { checkContentFolder } from './content-folder.ts';

/** What one check of the content folder found: see {@link checkContentFolder}. */
export type CheckedContent = Awaited<ReturnType<typeof checkContentFolder>>;

interface Slot {
  /** The folder checked. */
  readonly root: string;
  readonly drafts: DraftMode;
  /** Astro's `base` the bodies were rendered under, as a prefix: `/` or `/sub/`. */
  readonly base: string;
  readonly check: Promise<CheckedContent>;
}

const SLOT = Symbol.for('dossier.checked-content');
const shared = globalThis as { [SLOT]?: Slot };

/** `base` as one form, whichever Astro gives (`/sub` or `/sub/`). */
const baseKey = (base: string) => withBase(base, '/');

/**
 * The latest check of the folder `root`, run now if there is none for this
 * folder, draft mode and `base`, or if `fresh` (the loader asks for a fresh
 * one when a file changes). A check that failed to run is not kept.
 */
export function checkedContent(root: string, options: { readonly drafts: DraftMode; readonly base: string; readonly fresh?: boolean }): Promise<CheckedContent> {
  const { drafts, fresh = false } = options;
  const base = baseKey(options.base);
  const slot = shared[SLOT];
  if (slot?.root === root && slot.drafts === drafts && slot.base === base && !fresh) return slot.check;
  const check = checkContentFolder(root, { drafts, base });
  shared[SLOT] = { root, drafts, base, check };
  check.catch(() => {
    if (shared[SLOT]?.check === check) delete shared[SLOT];
  });
  return check;
}

/**
 * The latest check of the folder `root` under `base`, whatever its draft
 * mode: the one the integration ran for this command (drafts included in the
 * dev server only), or the loader's after an edit. With none yet, a check
 * without drafts, so that nothing but the dev server's own check ever shows one.
 */
export function latestCheckedContent(root: string, base: string): Promise<CheckedContent> {
  const slot = shared[SLOT];
  if (slot?.root === root && slot.base === baseKey(base)) return slot.check;
  return checkedContent(root, { drafts: 'exclude', base });
}
