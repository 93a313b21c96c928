/**
 * What the annotator shows: the articles with their check results and the
 * suggestions `npm run new` left, and one article as the analyst works on
 * it: its body rendered by the site's own pipeline, with what anchors marked
 * and what does not listed with the nearest passage, even while the file
 * does not yet pass the check.
 */
import { readContentFolder } from '#adapter/content-folder.ts';
import { type ContentFile, checkContent, idFromFile } from '#lib/check/content-check.ts';
import { parseMarkdownFile } from '#lib/check/frontmatter.ts';
import { isDraft } from '#lib/content/drafts.ts';
import type { Entry } from '#lib/content/entry.ts';
import type { ContentProblem } from '#lib/content/problems.ts';
import { RATINGS } from '#lib/content/ratings.ts';
import type { Actor, Article, Event, Narrative } from '#lib/content/schema/index.ts';
import { claimAnchorId } from '#lib/content/urls.ts';
import { createLenientRenderer } from '#lib/render/article-renderer.ts';
import { dateMentionIds } from '#lib/render/date-anchors.ts';
import type { AliasIndex } from '#lib/text/alias-index.ts';
import { normalizeSelector } from '#lib/text/normalize.ts';
import { type OpenedFile, versionOf } from './content-files.ts';
import { isRecord } from './plan-fields.ts';

/** The content folder as the check sees it: every file, and what the check found. */
export interface Loaded {
  readonly files: readonly ContentFile[];
  readonly actors: readonly Entry<Actor>[];
  readonly events: readonly Entry<Event>[];
  readonly narratives: readonly Entry<Narrative>[];
  /** The check's alias index of the actors, which the annotator's rendering finds them by. */
  readonly aliasIndex: AliasIndex;
  readonly problems: readonly ContentProblem[];
}

/** Reads the folder and checks it, drafts included, as `npm run check` does; with `only`, of the articles only that one. */
export async function loadContent(root: string, only?: string): Promise<Loaded> {
  const folder = await readContentFolder(root);
  const files = folder.files.filter((file) => only === undefined || file.collection !== 'articles' || idFromFile(file.file) === only);
  const check = checkContent(files, { drafts: 'include' });
  const { actors, events, narratives } = check.content;
  return { files: folder.files, actors, events, narratives, aliasIndex: check.aliasIndex, problems: [...folder.problems, ...check.problems] };
}

/** A suggestion `npm run new` left as a comment: a name no actor carries, or a date with no event. */
export type Candidate =
  | {
      readonly type: 'actor';
      /** The comment line, without its `#`: what dismissing it removes. */
      readonly line: string;
      readonly name: string;
      readonly kind: string;
      readonly id: string;
      readonly aliases: readonly string[];
      readonly note?: string;
      readonly sentence: string;
    }
  | { readonly type: 'date'; readonly line: string; readonly quote: string; readonly date: string; readonly note?: string };

const ACTOR_CANDIDATE = /^ {2}(.+?) \(([a-z]+), id ([a-z0-9-]+)((?:, also "[^"]*")*)?(?:; ([^)]*))?\): “(.*)”$/;
const ALSO = /"([^"]*)"/g;
const DATE_CANDIDATE = /^ {2}“(.+)” is (\d{4}(?:-\d{2}(?:-\d{2})?)?)(?: \((.*)\))?: create an event for it$/;

/** The suggestions in a file's frontmatter comments. */
export function candidatesIn(text: string): Candidate[] {
  const end = text.indexOf('\n---', 3);
  const lines = text.slice(0, end === -1 ? text.length : end).split('\n');
  return lines.flatMap((raw): Candidate[] => {
    if (!/^\s*#/.test(raw)) return [];
    const line = raw.replace(/^\s*#\s?/, '').trimEnd();
    const actor = ACTOR_CANDIDATE.exec(line);
    if (actor) {
      const aliases = [...(actor[4] ?? '').matchAll(ALSO)].map((match) => match[1]!);
      return [{ type: 'actor', line, name: actor[1]!, kind: actor[2]!, id: actor[3]!, aliases, ...(actor[5] ? { note: actor[5] } : {}), sentence: actor[6]! }];
    }
    const date = DATE_CANDIDATE.exec(line);
    if (date) return [{ type: 'date', line, quote: date[1]!, date: date[2]!, ...(date[3] ? { note: date[3] } : {}) }];
    return [];
  });
}

/** A problem as the annotator lists it, with the element of the page it concerns. */
export interface ProblemView extends ContentProblem {
  /** The id of the element to link to: a mark in the text, or an entry of the side panel. */
  readonly target?: string;
}

/** An article in the list of `/annotate/`. */
export interface ArticleSummary {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly draft: boolean;
  readonly problems: readonly ContentProblem[];
  readonly candidates: readonly Candidate[];
  /** Claims that `npm run new` proposed and no one has rated yet. */
  readonly unrated: number;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** Every article, drafts first, each with its problems and suggestions. */
export function summarizeArticles(loaded: Loaded): ArticleSummary[] {
  return loaded.files
    .filter((file) => file.collection === 'articles')
    .map((file) => {
      const parsed = parseMarkdownFile(file.text, file.file);
      const data = parsed.ok && isRecord(parsed.value.data) ? parsed.value.data : {};
      return {
        id: idFromFile(file.file),
        file: file.file,
        title: text(data['title']) ?? idFromFile(file.file),
        draft: isDraft(data),
        problems: loaded.problems.filter((problem) => problem.file === file.file),
        candidates: candidatesIn(file.text),
        unrated: list(data['claims']).filter((claim) => isRecord(claim) && claim['rating'] == null).length,
      };
    })
    .sort((a, b) => Number(b.draft) - Number(a.draft) || a.id.localeCompare(b.id));
}

/** A claim or date mention of the file, by its place in the list, and where it is in the text. */
export interface AnnotationView {
  readonly index: number;
  /** The entry as the file has it (fields may be missing or wrong while it is a draft). */
  readonly fields: Record<string, unknown>;
  /** The id of its element in the rendered text, if it anchors. */
  readonly element?: string;
  /** Why it does not anchor, and the passage that comes closest, if any. */
  readonly unanchored?: { readonly message: string; readonly nearest?: string };
}

/** One article as the annotator shows it. */
export interface ArticleWork extends Pick<ArticleSummary, 'id' | 'file' | 'title' | 'draft'> {
  readonly version: string;
  /** The body rendered as the site renders it. */
  readonly html: string;
  readonly claims: readonly AnnotationView[];
  readonly dates: readonly AnnotationView[];
  readonly actors: readonly string[];
  /** The article's own fields as the file has them: title, summary, genre, source, analysed, draft. */
  readonly fields: Record<string, unknown>;
  readonly outlet?: string;
  readonly candidates: readonly Candidate[];
  readonly problems: readonly ProblemView[];
}

/** The element a problem's field points at. */
function targetOf(field: string): string | undefined {
  const entry = /^(claims|dates)\[(\d+)\]/.exec(field);
  if (entry) return `entry-${entry[1]}-${entry[2]}`;
  if (field.startsWith('actors')) return 'entry-actors';
  if (/^(title|summary|genre|source|analysed|draft)\b/.test(field)) return 'entry-article';
  return undefined;
}

/**
 * The article `opened` as the annotator shows it: the file's own frontmatter
 * read leniently (a claim without a rating still shows where it is), the body
 * rendered with the site's pipeline, and the problems the check finds in it.
 */
export function articleWork(opened: OpenedFile, loaded: Loaded): ArticleWork {
  const file = loaded.files.find((entry) => entry.collection === 'articles' && idFromFile(entry.file) === opened.id)?.file ?? opened.path;
  const parsed = parseMarkdownFile(opened.text, file);
  const data = parsed.ok && isRecord(parsed.value.data) ? parsed.value.data : {};
  const body = parsed.ok ? parsed.value.body : opened.text;
  const rawClaims = list(data['claims']);
  const rawDates = list(data['dates']);
  const actors = list(data['actors']).filter((id): id is string => typeof id === 'string');

  // What the renderer can anchor: entries with a quote, marked whatever else they lack.
  const anchorable = <T,>(raw: unknown[], make: (entry: Record<string, unknown>, quote: string) => T | undefined) =>
    raw.flatMap((entry, index) => {
      if (!isRecord(entry)) return [];
      const quote = text(entry['quote']);
      const made = quote === undefined ? undefined : make(entry, quote);
      return made === undefined ? [] : [{ index, made }];
    });
  const selector = (entry: Record<string, unknown>, quote: string) => ({
    quote,
    ...(text(entry['prefix']) ? { prefix: entry['prefix'] as string } : {}),
    ...(text(entry['suffix']) ? { suffix: entry['suffix'] as string } : {}),
  });
  const claims = anchorable(rawClaims, (entry, quote) => {
    const id = text(entry['id']);
    if (id === undefined) return undefined;
    const rating = RATINGS.includes(entry['rating'] as never) ? entry['rating'] : entry['rating'] === false ? 'false' : undefined;
    return { ...selector(entry, quote), id, rating };
  });
  const events = new Map(loaded.events.map((event) => [event.id, event]));
  const dates = anchorable(rawDates, (entry, quote) => {
    const event = text(entry['event']);
    return event !== undefined && events.has(event) ? { ...selector(entry, quote), event } : undefined;
  });

  const article = {
    id: opened.id,
    file,
    body,
    data: { actors, claims: claims.map((claim) => claim.made), dates: dates.map((date) => date.made) } as unknown as Article,
  } satisfies Entry<Article>;
  const rendered = createLenientRenderer({ aliasIndex: loaded.aliasIndex, events })(article);
  const failed = new Map(rendered.failures.map((failure) => [failure.request.field, failure]));
  const dateIds = dateMentionIds(article.data);

  const views = (raw: unknown[], kept: { index: number }[], field: 'claims' | 'dates', element: (at: number) => string) =>
    raw.map((entry, index): AnnotationView => {
      const fields = isRecord(entry) ? entry : {};
      const at = kept.findIndex((k) => k.index === index);
      if (at === -1) return { index, fields, unanchored: { message: 'no quote to find in the text yet' } };
      const failure = failed.get(`${field}[${at}]`);
      if (failure === undefined) return { index, fields, element: element(at) };
      const nearest = 'result' in failure && failure.result.reason === 'missing' ? failure.result.nearest?.passage : undefined;
      const message =
        'overlaps' in failure
          ? `overlaps ${failure.overlaps.label}`
          : failure.result.reason === 'missing'
            ? 'the quote is not in the text'
            : failure.result.reason === 'ambiguous'
              ? `the quote occurs ${failure.result.occurrences.length} times: select the one meant`
              : failure.result.reason === 'context'
                ? `the quote occurs, but not after its prefix or before its suffix`
                : 'the quote starts or ends inside a word';
      return { index, fields, unanchored: { message, ...(nearest ? { nearest: normalizeSelector(nearest) } : {}) } };
    });
  const claimViews = views(rawClaims, claims, 'claims', (at) => claimAnchorId(claims[at]!.made.id));
  const dateViews = views(rawDates, dates, 'dates', (at) => dateIds[at]!);
  const source = isRecord(data['source']) ? data['source'] : {};

  return {
    id: opened.id,
    file,
    version: versionOf(opened.text),
    title: text(data['title']) ?? opened.id,
    draft: isDraft(data),
    html: rendered.html,
    claims: claimViews,
    dates: dateViews,
    actors,
    fields: Object.fromEntries(['title', 'summary', 'genre', 'source', 'analysed', 'draft'].map((name) => [name, data[name] ?? null])),
    ...(text(source['outlet']) ? { outlet: source['outlet'] as string } : {}),
    candidates: candidatesIn(opened.text),
    problems: loaded.problems
      .filter((problem) => problem.file === file)
      .map((problem) => {
        const target = targetOf(problem.field);
        return target === undefined ? problem : { ...problem, target };
      }),
  };
}
