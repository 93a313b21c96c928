/**
 * The one module that reads the content collections. It builds the site
 * model (`buildSite`, in `src/lib/model/`) once per build and memoises it;
 * pages ask for its views and render them.
 */
import { getCollection } from 'astro:content';
import type { Entry } from '#lib/content/entry.ts';
import { ContentError } from '#lib/content/problems.ts';
import { COLLECTIONS } from '#lib/content/registry.ts';
import type { Actor, Article, Event } from '#lib/content/schema/index.ts';
import { type ClaimCards, type Site, buildSite, parseClaimCards } from '#lib/model/build-site.ts';
import { checkContentFolder } from './content-folder.ts';
import { CONTENT_ROOT } from './content-root.ts';

interface CollectionEntry {
  id: string;
  data: unknown;
  body?: string;
  filePath?: string;
}

/**
 * An entry of Astro's store as the model takes it. Its data is what the
 * loader stored: the output of the content check's own schema, validated
 * there (`checkFile`), which is why `content.config.ts` gives Astro no schema
 * to validate it with a second time.
 */
function toEntry<Data>(collection: string) {
  return (entry: CollectionEntry): Entry<Data> => ({
    id: entry.id,
    file: entry.filePath ?? `${collection}/${entry.id}.md`,
    data: entry.data as Data,
    body: entry.body ?? '',
  });
}

/**
 * What the model was built from. A build never changes its content, so there
 * it is a constant. The dev server reloads entries as files are edited, so
 * there it is every entry's id and digest: the first request after an edit
 * builds the model afresh. (Astro 7 also re-evaluates this module when the
 * content store changes; this does not rely on that.)
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

async function loadSite(): Promise<Site> {
  // A build has run the content check before loading anything. The dev
  // server keeps running with content errors, and a broken file is missing
  // from its collection: every page shows the check's report instead (in the
  // error overlay, and in the terminal) until the content is fixed.
  if (import.meta.env.DEV) {
    const { problems } = await checkContentFolder(CONTENT_ROOT, { drafts: 'include' });
    const errors = problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) throw new ContentError(errors);
  }
  // getCollection returns entries in no fixed order; buildSite sorts them.
  const [actors, events, articles] = await Promise.all([
    getCollection('actors'),
    getCollection('events'),
    getCollection('articles'),
  ]);
  return buildSite(
    {
      actors: actors.map(toEntry<Actor>('actors')),
      events: events.map(toEntry<Event>('events')),
      articles: articles.map(toEntry<Article>('articles')),
    },
    {
      base: import.meta.env.BASE_URL,
      host: new URL(import.meta.env.SITE ?? 'http://localhost:4321').host,
      claimCards: claimCardsOption(),
    },
  );
}

/** `DOSSIER_CLAIM_CARDS` (set by `npm run build -- --claim-cards per-verdict`): how claim pages get their cards. */
function claimCardsOption(): ClaimCards {
  return parseClaimCards(process.env['DOSSIER_CLAIM_CARDS'], 'DOSSIER_CLAIM_CARDS');
}

let memo: { readonly version: string; readonly site: Promise<Site> } | undefined;

/** Every view of the site, built once per build (in dev, once per edit). */
export async function getSite(): Promise<Site> {
  const version = await contentVersion();
  if (memo?.version !== version) memo = { version, site: loadSite() };
  return memo.site;
}
