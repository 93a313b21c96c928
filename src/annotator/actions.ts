/**
 * What the annotator can do to the content, each as a change to one article
 * and, for an actor or event, a file beside it (`plan-article.ts`,
 * `plan-entries.ts`). Every change is made in memory first and checked with
 * the content check; it is written only if it adds no problem the files did
 * not already have, so that a draft that is still half done can be saved step
 * by step but nothing can be saved that makes it worse. Refusals say why and
 * write nothing.
 */
import { checkContent, type ContentFile, idFromFile } from '#lib/check/content-check.ts';
import { type ContentProblem, errorsIn, formatProblem } from '#lib/content/problems.ts';
import { type CollectionName, REGISTRY } from '#lib/content/registry.ts';
import { aliasesOf } from '#lib/text/alias-index.ts';
import { type ContentFiles, changedOnDisk, type FileChange, type OpenedFile, Refusal, versionOf } from './content-files.ts';
import { type Existing, planArticle } from './plan-article.ts';
import { changesEntries, planEntries } from './plan-entries.ts';
import type { ActionRequest } from './requests.ts';
import { loadContent } from './workspace.ts';
import { editFrontmatter, EditError, type FrontmatterEdit, newEntryText } from './yaml-edit.ts';

export type { ActionRequest } from './requests.ts';

/** What an action did or would do. */
export interface ActionResult {
  /** Problems the change would bring (a dry run), or that the saved files still have. */
  readonly problems: readonly ContentProblem[];
  /** The article's new version, after a save. */
  readonly version?: string;
  /** The selector written, for a selection. */
  readonly selector?: unknown;
}

/** A problem's identity across a change: where list positions shift, the same problem is still the same. */
const problemKey = (problem: ContentProblem) => `${problem.severity}|${problem.file}|${problem.field.replace(/\[\d+\]/g, '[]')}|${problem.message}`;

/** The problems of `after` that `before` did not have, counted by kind, so that shifted positions do not count as new. */
export function newProblems(before: readonly ContentProblem[], after: readonly ContentProblem[]): ContentProblem[] {
  const counts = new Map<string, number>();
  for (const problem of before) counts.set(problemKey(problem), (counts.get(problemKey(problem)) ?? 0) + 1);
  return after.filter((problem) => {
    const key = problemKey(problem);
    const left = counts.get(key) ?? 0;
    counts.set(key, left - 1);
    return left <= 0;
  });
}

/** What `write` gives, or a refusal naming the file `name` and what could not be written. */
function written(name: string, write: () => string): string {
  try {
    return write();
  } catch (error) {
    if (error instanceof EditError) throw new Refusal(`${name}: ${error.message}`, 422);
    throw error;
  }
}

/** A file's text with `edits` made, or a refusal naming the file and what could not be done. */
const edited = (file: OpenedFile, edits: readonly FrontmatterEdit[]) => written(`${file.collection}/${file.id}.md`, () => editFrontmatter(file.text, edits));

/**
 * Runs one request against the content folder: plans the change, checks the
 * files as they would be, and (unless it is a dry run) writes them, the new
 * files first, so that the article never names an entry that is not there.
 * The versions are compared again while the files are locked for writing
 * (`ContentFiles.write`), so of two saves made from one version, one wins.
 */
export async function runAction(files: ContentFiles, request: ActionRequest): Promise<ActionResult> {
  const article = await files.open('articles', request.article);
  if (article.version !== request.version) throw new Refusal(changedOnDisk('articles', article.id), 409, [], article.version);
  const loaded = await loadContent(files.root, article.id);
  const names = new Map<string, string>();
  for (const actor of loaded.actors) for (const name of aliasesOf(actor.data)) names.set(name, actor.id);
  const ids = (collection: CollectionName) => new Set(loaded.files.filter((file) => file.collection === collection).map((file) => idFromFile(file.file)));
  const existing: Existing = { actors: ids('actors'), events: ids('events'), names };
  let entry: OpenedFile | undefined;
  if (request.action === 'entry') {
    entry = await files.open(request.collection, request.id);
    if (entry.version !== request.entryVersion) throw new Refusal(changedOnDisk(request.collection, request.id), 409, [], entry.version);
  }
  const planned = changesEntries(request) ? planEntries(request, article, existing, entry) : planArticle(request, article, existing);

  // A new entry's id names its file: refused before anything else if it could name another place.
  for (const created of planned.created) await files.pathOf(created.collection, created.id);
  const write: FileChange[] = [];
  for (const created of planned.created) {
    const text = written(`${created.collection}/${created.id}.md`, () => newEntryText(created.data));
    write.push({ collection: created.collection, id: created.id, text, expected: null });
  }
  for (const other of planned.others) {
    const opened = entry !== undefined && other.collection === entry.collection && other.id === entry.id ? entry : await files.open(other.collection, other.id);
    if (other.edits.length > 0) write.push({ collection: other.collection, id: other.id, text: edited(opened, other.edits), expected: other.expected ?? opened.version });
  }
  if (planned.edits.length > 0) write.push({ collection: 'articles', id: article.id, text: edited(article, planned.edits), expected: article.version });

  // The check, on the article and every actor and event, as the files are and as they would be.
  const inScope = (file: ContentFile) => file.collection !== 'articles' || idFromFile(file.file) === article.id;
  const current = loaded.files.filter(inScope);
  const pathOf = (collection: CollectionName, id: string) =>
    current.find((file) => file.collection === collection && idFromFile(file.file) === id)?.file ?? `${files.root}/${REGISTRY[collection].folder}/${id}.md`;
  const changed = new Map(write.map((change) => [pathOf(change.collection, change.id), change]));
  const next: ContentFile[] = [
    ...current.map((file) => (changed.has(file.file) ? { ...file, text: changed.get(file.file)!.text } : file)),
    ...write.filter((change) => change.expected === null).map((change) => ({ collection: change.collection, file: pathOf(change.collection, change.id), text: change.text })),
  ];
  const before = checkContent(current, { drafts: 'include' }).problems;
  const after = checkContent(next, { drafts: 'include' }).problems;
  const added = newProblems(before, after);
  const errors = errorsIn(added);
  const selector = planned.edits.find((step) => step.op === 'append' && (step.path[0] === 'claims' || step.path[0] === 'dates'));
  if (request.dryRun) return { problems: added, ...(selector && 'value' in selector ? { selector: selector.value } : {}) };
  if (errors.length > 0) {
    throw new Refusal(
      `Not saved: the change would not pass the content check (${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}). Nothing was written.`,
      422,
      errors.map((problem) => formatProblem(problem)),
    );
  }
  await files.write(write);
  // The version of what was written, not of the file read again: another save may follow at once.
  const saved = write.find((change) => change.collection === 'articles');
  return { problems: added, version: saved ? versionOf(saved.text) : article.version };
}
