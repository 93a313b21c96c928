/**
 * What the annotator can do to the content, each as a change to one article
 * and, for a new actor or event, a new file beside it. Every change is made
 * in memory first and checked with the content check; it is written only if
 * it adds no problem the files did not already have, so that a draft that is
 * still half done can be saved step by step but nothing can be saved that
 * makes it worse. Refusals say why and write nothing.
 */
import { checkContent, type ContentFile, idFromFile } from '#lib/check/content-check.ts';
import { parseMarkdownFile } from '#lib/check/frontmatter.ts';
import { type ContentProblem, formatProblem } from '#lib/content/problems.ts';
import { type CollectionName, REGISTRY } from '#lib/content/registry.ts';
import { DRAFT_NOTE, FIELD_NOTES } from '#authoring/draft-frontmatter.ts';
import { aliasesOf } from '#lib/text/alias-index.ts';
import { type ContentFiles, type OpenedFile, Refusal } from './content-files.ts';
import { selectorFor, type SelectedText } from './selection.ts';
import { loadContent } from './workspace.ts';
import { editFrontmatter, EditError, type FrontmatterEdit, newEntryText } from './yaml-edit.ts';

/** A request from the annotator's page. */
export interface ActionRequest {
  readonly action: string;
  /** The article's id, and the version of its file that the page shows. */
  readonly article: string;
  readonly version: string;
  /** Check only: say what saving would find, write nothing. */
  readonly dryRun?: boolean;
  readonly [field: string]: unknown;
}

/** What an action would write: the article's edits, and new files. */
interface Plan {
  readonly edits: readonly FrontmatterEdit[];
  readonly created: readonly { readonly collection: CollectionName; readonly id: string; readonly data: Record<string, unknown> }[];
  /** Edits to other existing files (an actor's aliases). */
  readonly others: readonly { readonly collection: CollectionName; readonly id: string; readonly edits: readonly FrontmatterEdit[] }[];
}

/** What an action did or would do. */
export interface ActionResult {
  /** Problems the change would bring (a dry run), or that the saved files still have. */
  readonly problems: readonly ContentProblem[];
  /** The article's new version, after a save. */
  readonly version?: string;
  /** The selector written, for a selection. */
  readonly selector?: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function field<T>(request: Record<string, unknown>, name: string, check: (value: unknown) => value is T, expected: string): T {
  const value = request[name];
  if (!check(value)) throw new Refusal(`${name}: expected ${expected}`, 400);
  return value;
}
const isString = (value: unknown): value is string => typeof value === 'string';
const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** Drops empty optional fields and trims text, so that a form's blank inputs never reach the file. */
function clean(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(clean).filter((item) => item !== '' && item !== undefined && !(isRecord(item) && Object.keys(item).length === 0));
  if (isRecord(value)) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, clean(item)] as const)
      .filter(([, item]) => item !== '' && item !== undefined && item !== null);
    return Object.fromEntries(entries);
  }
  return value;
}

/** The frontmatter of `file`, as data, or a refusal if it cannot be read. */
function dataOf(file: OpenedFile): Record<string, unknown> {
  const parsed = parseMarkdownFile(file.text, file.path);
  if (!parsed.ok) throw new Refusal(`${file.collection}/${file.id}.md cannot be read: ${parsed.problems[0]!.message}`, 422);
  return isRecord(parsed.value.data) ? parsed.value.data : {};
}

function bodyOf(file: OpenedFile): string {
  const parsed = parseMarkdownFile(file.text, file.path);
  return parsed.ok ? parsed.value.body : '';
}

const ARTICLE_FIELDS = ['title', 'summary', 'genre', 'analysed'] as const;
const SOURCE_FIELDS = ['outlet', 'url', 'published', 'dateline', 'author'] as const;
const CLAIM_FIELDS = ['id', 'quote', 'prefix', 'suffix', 'claimant', 'about', 'kind', 'rating', 'summary', 'assessment', 'sources'] as const;
const SELECTOR_FIELDS = ['quote', 'prefix', 'suffix'] as const;

/** The selector of a selection in the article's body, or a refusal saying why it has none. */
function selectorOf(article: OpenedFile, request: Record<string, unknown>): Record<string, string> {
  const selected = request['select'];
  if (!isRecord(selected) || !isString(selected['quote'])) throw new Refusal('select: expected the selected text', 400);
  const result = selectorFor(bodyOf(article), {
    quote: selected['quote'],
    ...(isString(selected['before']) ? { before: selected['before'] } : {}),
    ...(isString(selected['after']) ? { after: selected['after'] } : {}),
  } satisfies SelectedText);
  if (!result.ok) throw new Refusal(result.message, 422);
  return { ...result.selector } as Record<string, string>;
}

/** Edits that make the entry at `path` hold `next` (a map), touching only the fields that differ. */
function updateEntry(path: readonly (string | number)[], current: Record<string, unknown>, next: Record<string, unknown>, fields: readonly string[]): FrontmatterEdit[] {
  const edits: FrontmatterEdit[] = [];
  for (const name of fields) {
    const before = current[name];
    const after = next[name];
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    if (after === undefined) {
      // An empty field a draft left for later (`summary:`) stays for later.
      if (before !== undefined && before !== null) edits.push({ op: 'remove', path: [...path, name] });
    } else edits.push({ op: 'set', path: [...path, name], value: after });
  }
  return edits;
}

/** Puts an entry's fields in the order the content model lists them, leaving out `optionalLists` that are empty. */
function ordered(value: Record<string, unknown>, fields: readonly string[], optionalLists: readonly string[] = []): Record<string, unknown> {
  const empty = (name: string) => optionalLists.includes(name) && Array.isArray(value[name]) && value[name].length === 0;
  return Object.fromEntries(fields.filter((name) => value[name] !== undefined && !empty(name)).map((name) => [name, value[name]]));
}

/** The plan for one request; see {@link runAction}. */
function plan(request: ActionRequest, article: OpenedFile, existing: { actors: Set<string>; events: Set<string>; names: Map<string, string> }): Plan {
  const data = dataOf(article);
  const claims = Array.isArray(data['claims']) ? (data['claims'] as unknown[]) : [];
  const dates = Array.isArray(data['dates']) ? (data['dates'] as unknown[]) : [];
  const actors = Array.isArray(data['actors']) ? (data['actors'] as unknown[]) : [];
  const none: Plan = { edits: [], created: [], others: [] };
  const entryAt = (list: unknown[], name: string): { index: number; entry: Record<string, unknown> } => {
    const index = field(request, 'index', isIndex, `the index of an entry of ${name}`);
    const entry = list[index];
    if (!isRecord(entry)) throw new Refusal(`${name}[${index}] does not exist: the file has changed, reload it`, 409);
    return { index, entry };
  };
  const listActor = (id: string): FrontmatterEdit[] => (actors.includes(id) ? [] : [{ op: 'append', path: ['actors'], value: id }]);
  const dismiss = (): FrontmatterEdit[] => (isString(request['candidate']) ? [{ op: 'remove-comment', line: request['candidate'] }] : []);

  switch (request.action) {
    case 'claim': {
      const claim = clean(field(request, 'claim', isRecord, 'the claim’s fields')) as Record<string, unknown>;
      const editing = request['index'] === undefined ? undefined : entryAt(claims, 'claims');
      const selector = request['select'] === undefined ? undefined : selectorOf(article, request);
      if (!editing && !selector) throw new Refusal('select the claim’s words in the text first', 400);
      const id = claim['id'];
      const clash = claims.findIndex((other, i) => isRecord(other) && other['id'] === id && i !== editing?.index);
      if (clash !== -1) throw new Refusal(`the article already has a claim with the id "${String(id)}" (claims[${clash}]): choose another id`, 409);
      if (!editing) return { ...none, edits: [{ op: 'append', path: ['claims'], value: ordered({ ...claim, ...selector }, CLAIM_FIELDS, ['sources']) }] };
      const next = { ...claim, ...(selector ?? pick(editing.entry, SELECTOR_FIELDS)) };
      if (selector) for (const name of SELECTOR_FIELDS) if (selector[name] === undefined) delete next[name];
      const path = ['claims', editing.index];
      // Accepting a claim that `npm run new` proposed: its guiding comments have done their work.
      return { ...none, edits: [{ op: 'strip-comments', path }, ...updateEntry(path, editing.entry, next, CLAIM_FIELDS)] };
    }
    case 'reanchor': {
      const list = request['list'] === 'dates' ? dates : claims;
      const name = request['list'] === 'dates' ? 'dates' : 'claims';
      const editing = entryAt(list, name);
      const selector = selectorOf(article, request);
      const next = { ...editing.entry, prefix: undefined, suffix: undefined, ...selector };
      return { ...none, edits: updateEntry([name, editing.index], editing.entry, next, SELECTOR_FIELDS) };
    }
    case 'date': {
      const event = field(request, 'event', isString, 'an event id');
      if (event === '') throw new Refusal('choose the event the date refers to', 400);
      if (!existing.events.has(event)) throw new Refusal(`there is no event "${event}"`, 422);
      if (request['index'] !== undefined) {
        const editing = entryAt(dates, 'dates');
        return { ...none, edits: [{ op: 'strip-comments', path: ['dates', editing.index] }, ...updateEntry(['dates', editing.index], editing.entry, { ...editing.entry, event }, ['event'])] };
      }
      return { ...none, edits: [{ op: 'append', path: ['dates'], value: { ...selectorOf(article, request), event } }, ...dismiss()] };
    }
    case 'event': {
      const event = clean(field(request, 'event', isRecord, 'the event’s fields')) as Record<string, unknown>;
      const id = field(event, 'id', isString, 'an id for the new event');
      if (existing.events.has(id)) throw new Refusal(`an event with the id "${id}" exists already: pick it, or choose another id`, 409);
      const { id: _, ...fields } = event;
      const selector = selectorOf(article, request);
      return {
        edits: [{ op: 'append', path: ['dates'], value: { ...selector, event: id } }, ...dismiss()],
        created: [{ collection: 'events', id, data: ordered(fields, ['title', 'date', 'end', 'actors', 'sources']) }],
        others: [],
      };
    }
    case 'alias': {
      const actor = field(request, 'actor', isString, 'an actor id');
      const alias = field(request, 'alias', isString, 'the name as the text writes it').replace(/\s+/g, ' ').trim();
      if (actor === '') throw new Refusal('choose the actor whose name this is', 400);
      if (alias === '') throw new Refusal('select the name in the text first', 400);
      if (!existing.actors.has(actor)) throw new Refusal(`there is no actor "${actor}"`, 422);
      const owner = existing.names.get(alias);
      if (owner !== undefined) {
        throw new Refusal(
          owner === actor ? `“${alias}” is already a name of ${actor}` : `“${alias}” is already a name of another actor, ${owner}: an alias belongs to one actor`,
          409,
        );
      }
      return { edits: listActor(actor), created: [], others: [{ collection: 'actors', id: actor, edits: [{ op: 'append', path: ['aliases'], value: alias }] }] };
    }
    case 'actor': {
      const actor = clean(field(request, 'actor', isRecord, 'the actor’s fields')) as Record<string, unknown>;
      const id = field(actor, 'id', isString, 'an id for the new actor');
      if (existing.actors.has(id)) throw new Refusal(`an actor with the id "${id}" exists already: add the name as its alias, or choose another id`, 409);
      for (const name of [actor['name'], ...(Array.isArray(actor['aliases']) ? actor['aliases'] : [])]) {
        const owner = isString(name) ? existing.names.get(name) : undefined;
        if (owner !== undefined) throw new Refusal(`“${String(name)}” is already a name of ${owner}: an alias belongs to one actor`, 409);
      }
      const { id: _, ...fields } = actor;
      return {
        edits: [...listActor(id), ...dismiss()],
        created: [{ collection: 'actors', id, data: ordered(fields, ['name', 'kind', 'aliases', 'summary', 'wikidata', 'website', 'sources'], ['aliases', 'website']) }],
        others: [],
      };
    }
    case 'delete': {
      const name = request['list'] === 'dates' ? 'dates' : 'claims';
      const editing = entryAt(name === 'dates' ? dates : claims, name);
      return { ...none, edits: [{ op: 'remove', path: [name, editing.index] }] };
    }
    case 'article': {
      const next = field(request, 'fields', isRecord, 'the article’s fields');
      const source = isRecord(data['source']) ? data['source'] : {};
      const nextSource = clean(isRecord(next['source']) ? next['source'] : {}) as Record<string, unknown>;
      const top = clean({ ...next, source: undefined, draft: undefined }) as Record<string, unknown>;
      if (typeof next['draft'] !== 'boolean') throw new Refusal('draft: expected true or false', 400);
      const edits: FrontmatterEdit[] = [];
      // A field filled in for the first time: the comment that asked for it has done its work.
      const filled = (path: readonly string[], before: unknown, after: unknown) =>
        before == null && after !== undefined ? [{ op: 'strip-comments', path } as const] : [];
      for (const name of ARTICLE_FIELDS) edits.push(...filled([name], data[name], top[name]));
      for (const name of SOURCE_FIELDS) edits.push(...filled(['source', name], source[name], nextSource[name]));
      edits.push(...updateEntry([], data, { ...data, ...top }, ARTICLE_FIELDS));
      if (isRecord(data['source'])) edits.push(...updateEntry(['source'], source, nextSource, SOURCE_FIELDS));
      else edits.push({ op: 'set', path: ['source'], value: ordered(nextSource, SOURCE_FIELDS) });
      if (data['draft'] !== next['draft']) edits.push({ op: 'set', path: ['draft'], value: next['draft'] });
      // Published: the draft's note at the top goes, and so do the notes above fields that are filled.
      if (next['draft'] === false) {
        const lines = new Set(article.text.split('\n').map((line) => line.trim()));
        const stripped = new Set(edits.flatMap((edit) => (edit.op === 'strip-comments' ? [edit.path.join('.')] : [])));
        const notes = Object.entries(FIELD_NOTES).filter(([path]) => !stripped.has(path));
        for (const note of [DRAFT_NOTE, ...notes.map(([, note]) => note)]) if (lines.has(`# ${note}`)) edits.push({ op: 'remove-comment', line: note });
      }
      return { ...none, edits };
    }
    case 'dismiss':
      if (!isString(request['candidate'])) throw new Refusal('candidate: expected the comment line to remove', 400);
      return { ...none, edits: dismiss() };
    default:
      throw new Refusal(`"${request.action}" is not something the annotator does`, 400);
  }
}

function pick(entry: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((name) => entry[name] !== undefined).map((name) => [name, entry[name]]));
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

/**
 * Runs one request against the content folder: plans the change, checks the
 * files as they would be, and (unless it is a dry run) writes them, the new
 * files first, so that the article never names an entry that is not there.
 */
export async function runAction(files: ContentFiles, request: ActionRequest): Promise<ActionResult> {
  const article = await files.open('articles', request.article);
  if (article.version !== request.version) {
    throw new Refusal(
      `articles/${article.id}.md changed on disk since you opened it. Nothing was saved; reload to see the file as it is now (your form is kept).`,
      409,
    );
  }
  const loaded = await loadContent(files.root, article.id);
  const names = new Map<string, string>();
  for (const actor of loaded.actors) for (const name of aliasesOf(actor.data)) names.set(name, actor.id);
  const existing = {
    actors: new Set(loaded.files.filter((file) => file.collection === 'actors').map((file) => idFromFile(file.file))),
    events: new Set(loaded.files.filter((file) => file.collection === 'events').map((file) => idFromFile(file.file))),
    names,
  };
  const planned = plan(request, article, existing);

  // A new entry's id names its file: refused before anything else if it could name another place.
  for (const created of planned.created) await files.pathOf(created.collection, created.id);
  const write: { collection: CollectionName; id: string; text: string; expected: string | null }[] = [];
  const edit = (file: OpenedFile, edits: readonly FrontmatterEdit[]) => {
    try {
      return editFrontmatter(file.text, edits);
    } catch (error) {
      if (error instanceof EditError) throw new Refusal(`${file.collection}/${file.id}.md: ${error.message}`, 422);
      throw error;
    }
  };
  for (const created of planned.created) write.push({ collection: created.collection, id: created.id, text: newEntryText(created.data), expected: null });
  for (const other of planned.others) {
    const opened = await files.open(other.collection, other.id);
    write.push({ collection: other.collection, id: other.id, text: edit(opened, other.edits), expected: opened.version });
  }
  const articleText = edit(article, planned.edits);
  if (planned.edits.length > 0) write.push({ collection: 'articles', id: article.id, text: articleText, expected: article.version });

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
  const errors = added.filter((problem) => problem.severity === 'error');
  const selector = planned.edits.find((step) => step.op === 'append' && (step.path[0] === 'claims' || step.path[0] === 'dates'));
  if (request.dryRun) return { problems: added, ...(selector && 'value' in selector ? { selector: selector.value } : {}) };
  if (errors.length > 0) {
    throw new Refusal(
      `Not saved: the change would not pass the content check (${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}). Nothing was written.`,
      422,
      errors.map(formatProblem),
    );
  }
  await files.write(write);
  const saved = write.find((change) => change.collection === 'articles');
  return { problems: added, version: saved ? (await files.open('articles', article.id)).version : article.version };
}
