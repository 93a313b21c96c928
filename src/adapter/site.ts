/**
 * The site model of the pages. It builds `buildSite` (in `src/lib/model/`)
 * from the content check's entries once per build (in dev, once per edit)
 * and memoises it; pages ask for its views and render them.
 */
import { getCollection } from 'astro:content';
import { ContentError, errorsIn } from '#lib/content/problems.ts';
import { COLLECTIONS } from '#lib/content/registry.ts';
import { type Site, buildSite } from '#lib/model/build-site.ts';
import { claimCardsOption } from './build-options.ts';
import { absoluteUrl } from './href.ts';
import { shareOpenData } from './open-data-output.ts';
import { type CheckedContent, latestCheckedContent } from './checked-content.ts';
import { CONTENT_ROOT } from './content-root.ts';
import { releaseMemory } from './release-memory.ts';

/**
 * What the model was built from. A build never changes its content, so there
 * it is a constant. The dev server reloads entries as files are edited, so
 * there it is every entry's id and digest: the first request after an edit
 * builds the model afresh. Reading the collections also tells Astro that the
 * pages depend on them, so that it reloads them after an edit. (Astro 7 also
 * re-evaluates this module when the content store changes; this does not rely
 * on that.)
 */
async function contentVersion(): Promise<string> {
  if (!import.meta.env.DEV) return 'build';
  const collections = await Promise.all(COLLECTIONS.map((collection) => getCollection(collection)));
  return collections
    .flat()
    .map((entry) => `${entry.collection}/${entry.id} ${entry.digest ?? ''}`)
    .sort()
    .join('\n');
}

/**
 * The model of the checked content: the entries the check validated, with
 * the line of each field for any error raised later, its alias index and its
 * renderings of the articles' bodies.
 * A build has stopped before this if the check found errors. The dev server
 * keeps running with content errors: every page shows the check's report
 * instead (in the error overlay, and in the terminal) until the content is fixed.
 */
function loadSite({ problems, content, aliasIndex, renderings }: CheckedContent): Site {
  const errors = errorsIn(problems);
  if (errors.length > 0) throw new ContentError(errors);
  const site = buildSite(content, {
    base: import.meta.env.BASE_URL,
    host: new URL(import.meta.env.SITE ?? 'http://localhost:4321').host,
    claimCards: claimCardsOption(),
    aliasIndex,
    renderings,
  });
  // A build writes the open data itself once the pages are written (src/integrations/open-data.ts).
  shareOpenData(site, absoluteUrl);
  // What the model was built from and did not keep (the renderings' mentions and anchors) goes before the pages.
  releaseMemory();
  return site;
}

let memo: { readonly version: string; readonly check: Promise<CheckedContent>; readonly site: Promise<Site> } | undefined;

/** Every view of the site, built once per build (in dev, once per edit). */
export async function getSite(): Promise<Site> {
  const version = await contentVersion();
  // The check this command ran (in dev, the latest edit's): the draft mode is its, not NODE_ENV's.
  const check = latestCheckedContent(CONTENT_ROOT, import.meta.env.BASE_URL);
  if (memo?.version !== version || memo.check !== check) memo = { version, check, site: check.then(loadSite) };
  return memo.site;
}
