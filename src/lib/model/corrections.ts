/**
 * The site's corrections as its pages show them: each entry's own, listed on
 * its page, and the corrections log, every correction of every article,
 * claim and entry of another collection (an actor, an event, a narrative),
 * newest first, each linked to where its page shows it. Each correction's
 * note is rendered once, when a page first shows it, for every page that
 * does: its page and the log share one rendering, its footnotes' ids made
 * from where it is on the site, so that they are unique on both.
 */
import { type DatedCorrection, orderCorrections } from '#lib/content/correction-order.ts';
import type { Entry, SiteContent } from '#lib/content/entry.ts';
import type { Rating } from '#lib/content/ratings.ts';
import { COLLECTIONS, REGISTRY } from '#lib/content/registry.ts';
import type { Correction } from '#lib/content/schema/index.ts';
import { correctionId, paths } from '#lib/content/urls.ts';
import { type RenderedProse, lazyProse } from '#lib/render/prose-renderer.ts';
import type { CorrectionItem, CorrectionView } from './views.ts';

/** Where one correction is: its log entry's fields, but its note. */
type Placed = Omit<CorrectionView, 'note'>;

/**
 * Every correction on the site, in the order of its pages: the articles
 * (each one's, then its claims'), then the entries of the other collections
 * in the registry's order, each in the order given.
 */
function everyCorrection(content: SiteContent): Placed[] {
  const placed: Placed[] = [];
  for (const article of content.articles) {
    for (const dated of orderCorrections(article.data.corrections)) {
      placed.push({ ...dated, kind: 'article', title: article.data.title, article: undefined, path: `${paths.article(article.id)}#${correctionId(dated.index)}` });
    }
    for (const claim of article.data.claims) {
      for (const dated of orderCorrections(claim.corrections, claim.rating)) {
        placed.push({ ...dated, kind: 'claim', title: claim.summary, article, path: `${paths.claim(article.id, claim.id)}#${correctionId(dated.index)}` });
      }
    }
  }
  for (const name of COLLECTIONS.filter((other) => other !== 'articles')) {
    const { searchType: kind, url } = REGISTRY[name];
    // Each collection's entries with its own definition: a union of the two would not type-check.
    const title = REGISTRY[name].title as (data: unknown) => string;
    for (const entry of content[name] as readonly Entry<{ readonly corrections: readonly Correction[] }>[]) {
      for (const dated of orderCorrections(entry.data.corrections)) {
        placed.push({ ...dated, kind, title: title(entry.data), article: undefined, path: `${url(entry.id)}#${correctionId(dated.index)}` });
      }
    }
  }
  return placed;
}

/** What the ids of a note's footnotes start with: its place on the site, as one word (`articles-a-claims-c-correction-1-note-`). */
export function noteIdPrefix(path: string): string {
  return `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '')}-note-`;
}

/** Every correction of the site: the log, newest first, and the rendering of each note, by correction. */
export interface Corrections {
  readonly log: readonly CorrectionView[];
  readonly notes: ReadonlyMap<Correction, RenderedProse>;
}

/** The corrections log and the notes; see the module comment. Corrections of one day keep the order of their pages. */
export function buildCorrections(content: SiteContent): Corrections {
  const log = everyCorrection(content).map((placed): CorrectionView => ({ ...placed, note: lazyProse(placed.correction.note, { idPrefix: noteIdPrefix(placed.path) }) }));
  // A stable sort: newest first, and within a day in the order above.
  log.sort((a, b) => b.correction.date.localeCompare(a.correction.date));
  return { log, notes: new Map(log.map((view) => [view.correction, view.note])) };
}

/**
 * The corrections of one entry, or of one claim, oldest first, as its page
 * lists them: `id` makes each one's element id from its place in the list,
 * `subject` says what it corrected where a page lists several things'.
 */
export function correctionItems(
  corrections: readonly Correction[],
  notes: ReadonlyMap<Correction, RenderedProse>,
  { rating, id = (dated) => correctionId(dated.index), subject }: {
    readonly rating?: Rating;
    readonly id?: (dated: DatedCorrection) => string;
    readonly subject?: CorrectionItem['subject'];
  } = {},
): CorrectionItem[] {
  return orderCorrections(corrections, rating).map((dated) => {
    const note = notes.get(dated.correction);
    if (note === undefined) throw new Error(`buildSite: a correction of ${dated.correction.date} is not in the corrections log`);
    return { dated, id: id(dated), subject, note };
  });
}
