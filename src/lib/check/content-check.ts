/**
 * The content check: parses and validates every content file, then checks
 * references, quotes, actor mentions and sources across them, and reports all
 * problems at once.
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
import { ID_FORM, IdSchema } from '#lib/content/schema/index.ts';
import { type AliasIndex, buildAliasIndex } from '#lib/text/alias-index.ts';
import { checkArticles } from './article-checks.ts';
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
 * schema. The content loader runs this too, so that the site and the check
 * never read a file differently.
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
}

/**
 * Checks every file. Drafts are checked like any article; with
 * `drafts: 'exclude'` (the production build) they are then set aside: left
 * out of `content`, their problems replaced by one warning per draft that has
 * errors, so that an unfinished draft never stops the build of the others.
 * Setting them aside after the cross-checks changes nothing for the rest of
 * the site, since no entry refers to an article.
 */
export function checkContent(
  files: readonly ContentFile[],
  options: { readonly drafts?: DraftMode } = {},
): ContentCheck {
  const problems: ContentProblem[] = [];
  const entries = byCollection((): Entry<unknown>[] => []);
  const invalid = byCollection(() => new Set<string>());
  const drafts: ProblemSite[] = [];

  for (const file of files) {
    const checked = checkFileSafely(file);
    if (checked.ok) {
      entries[file.collection].push(checked.entry);
      problems.push(...hiddenTextProblems(checked.entry, withoutBom(file.text)));
    } else {
      problems.push(...checked.problems);
      invalid[file.collection].add(checked.id);
    }
    if (checked.draft) drafts.push(checked.ok ? checked.entry : { file: file.file, lineOf: checked.lineOf });
  }

  const content = entries as unknown as SiteContent;
  problems.push(...checkReferences(content, invalid));
  const { index, problems: aliasProblems } = buildAliasIndex(content.actors);
  problems.push(...aliasProblems);
  problems.push(...checkActorSources(content.actors));
  problems.push(...checkSources(content));
  problems.push(...checkCorrections(content));
  problems.push(...checkNarrativeDates(content.narratives, content.articles));
  const actors = new Map(content.actors.map((actor) => [actor.id, actor]));
  const events = new Map(content.events.map((event) => [event.id, event]));
  problems.push(...checkArticles(content.articles, actors, events, index));

  const draftFiles = drafts.map((draft) => draft.file);
  if (options.drafts !== 'exclude') return { problems, content, drafts: draftFiles, aliasIndex: index };
  return { ...setDraftsAside(problems, content, drafts), drafts: draftFiles, aliasIndex: index };
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
