/**
 * The content check: parses and validates every content file, then checks
 * references, sources, corrections and narratives across them, renders every
 * article's body and checks its quotes and actor mentions from the rendering,
 * and reports all problems at once. The renderings are the site model's: each
 * body is parsed once per build.
 *
 * The build runs it before Astro loads any collection, so that an analyst sees
 * every mistake with its file, line, field and value in one go; Astro's own
 * schema validation would stop at the first bad file. `npm run check` and the
 * dev server run the very same function.
 */
import { type DraftMode, isDraft } from '#lib/content/drafts.ts';
import type { Entry, SiteContent } from '#lib/content/entry.ts';
import { type ContentProblem, type LineOf, type ProblemSite, problemAt, unexpectedProblem } from '#lib/content/problems.ts';
import { type CollectionName, REGISTRY, byCollection } from '#lib/content/registry.ts';
import { type Article, ID_FORM, IdSchema } from '#lib/content/schema/index.ts';
import type { BodyRendering } from '#lib/render/article-renderer.ts';
import { type AliasIndex, buildAliasIndex } from '#lib/text/alias-index.ts';
import { type BodyOutcome, articleTextProblems, checkArticles, renderBodies } from './article-checks.ts';
import { controlCharacterProblems, withoutBom } from './file-text.ts';
import { parseMarkdownFile } from './frontmatter.ts';
import { hiddenTextProblems } from './hidden-text.ts';
import { checkReferences } from './references.ts';
import { validateFrontmatter } from './schema-problems.ts';
import { checkCorrections } from './correction-checks.ts';
import { checkNarrativeDates } from './narrative-checks.ts';
import { checkActorSources, checkSources } from './source-checks.ts';

/** One Markdown file read from a collection folder. */
export interface ContentFile {
  readonly collection: CollectionName;
  /** Path relative to the project root, used in messages. */
  readonly file: string;
  readonly text: string;
}

/** The id of a content file: its name without `.md`. */
export function idFromFile(file: string): string {
  return (file.split('/').at(-1) ?? file).replace(/\.md$/, '');
}

/** What the check makes of one file on its own, before it is checked against the others. */
export type FileCheck = { readonly id: string; readonly draft: boolean } & (
  | { readonly ok: true; readonly entry: Entry<unknown> }
  | { readonly ok: false; readonly problems: readonly ContentProblem[]; readonly lineOf?: LineOf }
);

/**
 * Checks one file on its own: its name, its frontmatter's YAML and its
 * schema.
 */
export function checkFile({ collection, file, text: raw }: ContentFile): FileCheck {
  const id = idFromFile(file);
  const text = withoutBom(raw);
  if (!IdSchema.safeParse(id).success) {
    const problem: ContentProblem = {
      severity: 'error',
      file,
      field: '(file name)',
      message: `"${id}" cannot be an id: expected ${ID_FORM}`,
      hint: 'Rename the file: lower-case letters, digits and single hyphens.',
    };
    return { id, draft: false, ok: false, problems: [problem] };
  }
  const controls = controlCharacterProblems(text, file);
  if (controls.length > 0) return { id, draft: false, ok: false, problems: controls };
  const parsed = parseMarkdownFile(text, file);
  if (!parsed.ok) return { id, draft: false, ok: false, problems: parsed.problems };
  const { data, body, lineOf } = parsed.value;
  const draft = collection === 'articles' && isDraft(data);
  const valid = validateFrontmatter(REGISTRY[collection].schema, data, file, lineOf);
  if (!valid.ok) return { id, draft, ok: false, problems: valid.problems, lineOf };
  return { id, draft, ok: true, entry: { id, file, data: valid.data, body, lineOf } };
}

/** {@link checkFile}, with any exception reported against the file instead of thrown. */
export function checkFileSafely(file: ContentFile): FileCheck {
  try {
    return checkFile(file);
  } catch (error) {
    return { id: idFromFile(file.file), draft: false, ok: false, problems: [unexpectedProblem(file.file, error, 'read')] };
  }
}

/** What {@link checkFiles} found: every file on its own and against the others, before the articles' bodies are rendered. */
export interface FilesCheck {
  /** Every problem so far, in file order. */
  readonly problems: readonly ContentProblem[];
  /** The entries that passed validation, drafts included. */
  readonly content: SiteContent;
  /** The drafts found. */
  readonly drafts: readonly ProblemSite[];
  /** Every name and alias of the actors that passed validation, compiled. */
  readonly aliasIndex: AliasIndex;
}

/**
 * The site model's share of a check: the rendering of each published
 * article's body, handed over once. What the model does not keep of a
 * rendering (mentions, anchors) is then freed as soon as the model is built;
 * a model built again from the same check finds none, and renders itself.
 */
export interface Renderings {
  /** The rendering of the article `id`, the first time it is asked for. */
  take(id: string): BodyRendering | undefined;
}

/** What {@link checkContent} found. */
export interface ContentCheck {
  /** Every problem: errors, warnings and suggestions, in file order. */
  readonly problems: ContentProblem[];
  /** The entries that passed validation; without drafts when they are excluded. */
  readonly content: SiteContent;
  /** The files of the drafts found, whether included or left out. */
  readonly drafts: readonly string[];
  /** Every name and alias of the actors that passed validation, compiled: the site model links mentions with it. */
  readonly aliasIndex: AliasIndex;
  /** The rendering of each article of `content`, for the site model to take. */
  readonly renderings: Renderings;
}

/** Options of a check: whether drafts stay in its content, and Astro's `base`, under which its bodies link. */
export interface CheckOptions {
  readonly drafts?: DraftMode;
  /** Default `/`. */
  readonly base?: string;
}

/**
 * Checks every file (see {@link checkFiles}), then renders every article's
 * body in this thread and checks it ({@link checkBodies}). The content
 * folder's check does the same with the articles validated and rendered on
 * every core (`src/adapter/content-folder.ts`).
 */
export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): ContentCheck {
  const { checked, outcomes } = checkAndRender(files, options.base ?? '/');
  return checkBodies(checked, outcomes, options);
}

/** What {@link checkBodies} takes: the check of every file, and each valid article's rendering, by id. */
export interface CheckedFiles {
  readonly checked: FilesCheck;
  readonly outcomes: Map<string, BodyOutcome>;
}

/** {@link checkFiles}, then every valid article rendered under `base`, all in this thread. */
export function checkAndRender(files: readonly ContentFile[], base: string): CheckedFiles {
  const checked = checkFiles(files);
  const { actors, events, articles } = checked.content;
  return { checked, outcomes: renderBodies(articles, { actors, events, base, aliasIndex: checked.aliasIndex }) };
}

/** What the check makes of one file on its own: see {@link checkEachFile}. */
export interface FileResult {
  readonly checked: FileCheck;
  /** Its problems: the file's own when it is not valid; when it is, its hidden characters and, for an article, what its text says unrendered. */
  readonly problems: readonly ContentProblem[];
}

/**
 * Checks one file on its own: {@link checkFile}, then, for a valid file, the
 * characters it hides (`hidden-text.ts`) and, for an article, what its text
 * says without rendering (`articleTextProblems()`).
 */
export function checkEachFile(file: ContentFile): FileResult {
  const checked = checkFileSafely(file);
  if (!checked.ok) return { checked, problems: checked.problems };
  const problems = hiddenTextProblems(checked.entry, withoutBom(file.text));
  if (file.collection === 'articles') problems.push(...articleTextProblems(checked.entry as Entry<Article>));
  return { checked, problems };
}

/**
 * Checks each file on its own ({@link checkEachFile}), then references,
 * aliases claimed twice, actor sources, every source, corrections and
 * narratives across them ({@link checkAcross}): everything but what the
 * articles' renderings say.
 */
export function checkFiles(files: readonly ContentFile[]): FilesCheck {
  return checkAcross(files, files.map(checkEachFile));
}

/**
 * The second half of {@link checkFiles}: the valid entries of `files`, given
 * what each made on its own (`results`, in the same order; the content
 * folder's check makes the articles' on other cores), checked across each
 * other. Problems are listed in file order.
 */
export function checkAcross(files: readonly ContentFile[], results: readonly FileResult[]): FilesCheck {
  const entries = byCollection((): Entry<unknown>[] => []);
  const invalid = byCollection(() => new Set<string>());
  const drafts: ProblemSite[] = [];
  files.forEach((file, i) => {
    const { checked } = results[i]!;
    if (checked.ok) entries[file.collection].push(checked.entry);
    else invalid[file.collection].add(checked.id);
    if (checked.draft) drafts.push(checked.ok ? checked.entry : { file: file.file, lineOf: checked.lineOf });
  });

  const content = entries as unknown as SiteContent;
  const problems = results.flatMap((result) => result.problems);
  problems.push(...checkReferences(content, invalid));
  const { index, problems: aliasProblems } = buildAliasIndex(content.actors);
  problems.push(...aliasProblems);
  problems.push(...checkActorSources(content.actors));
  problems.push(...checkSources(content));
  problems.push(...checkCorrections(content));
  problems.push(...checkNarrativeDates(content.narratives, content.articles));
  return { problems, content, drafts, aliasIndex: index };
}

/**
 * Finishes the check of {@link checkFiles} with the articles' bodies, from
 * their renderings (`outcomes`, by article id). Drafts are checked like any
 * article; with `drafts: 'exclude'` (the production build) they are then set
 * aside: left out of `content`, their problems replaced by one warning per
 * draft that has errors, so that an unfinished draft never stops the build of
 * the others. Setting them aside after the cross-checks changes nothing for
 * the rest of the site, since no entry refers to an article.
 */
export function checkBodies(checked: FilesCheck, outcomes: ReadonlyMap<string, BodyOutcome>, options: CheckOptions = {}): ContentCheck {
  const { content, drafts, aliasIndex } = checked;
  const actors = new Map(content.actors.map((actor) => [actor.id, actor]));
  const problems = [...checked.problems, ...checkArticles(content.articles, actors, outcomes)];
  const draftFiles = drafts.map((draft) => draft.file);
  const kept = options.drafts === 'exclude' ? setDraftsAside(problems, content, drafts) : { problems, content };
  return { ...kept, drafts: draftFiles, aliasIndex, renderings: handOver(kept.content.articles, outcomes) };
}

/** The renderings of `articles` that succeeded, each handed over once (see {@link Renderings}). */
function handOver(articles: readonly Entry<Article>[], outcomes: ReadonlyMap<string, BodyOutcome>): Renderings {
  const byId = new Map<string, BodyRendering>();
  for (const { id } of articles) {
    const outcome = outcomes.get(id);
    if (outcome?.ok) byId.set(id, outcome.rendering);
  }
  return {
    take(id) {
      const rendering = byId.get(id);
      byId.delete(id);
      return rendering;
    },
  };
}

function setDraftsAside(
  problems: readonly ContentProblem[],
  content: SiteContent,
  drafts: readonly ProblemSite[],
): Pick<ContentCheck, 'problems' | 'content'> {
  const files = new Set(drafts.map((draft) => draft.file));
  const published = problems.filter((problem) => !files.has(problem.file));
  const unfinished = drafts.flatMap((draft) => {
    const errors = problems.filter((problem) => problem.file === draft.file && problem.severity === 'error').length;
    if (errors === 0) return [];
    const message = `a draft with ${errors} ${errors === 1 ? 'error' : 'errors'}, left out of the build`;
    const hint = 'Run npm run check to see them; fix them before you remove draft: true.';
    return [problemAt(draft, ['draft'], message, { severity: 'warning', hint })];
  });
  return {
    problems: [...published, ...unfinished],
    content: { ...content, articles: content.articles.filter((article) => !files.has(article.file)) },
  };
}
