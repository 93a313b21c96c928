/**
 * The changes to an article's own file: a claim (new, edited or re-anchored),
 * a date tied to its event, a deleted entry, the article's details, and a
 * dismissed suggestion. Each is planned as edits of the frontmatter; nothing
 * here reads or writes the disk.
 */
import { DRAFT_NOTE, FIELD_NOTES } from '#authoring/draft-frontmatter.ts';
import { parseMarkdownFile } from '#lib/check/frontmatter.ts';
import { type OpenedFile, Refusal } from './content-files.ts';
import { clean, FIELDS, isRecord, NOTHING, OPTIONAL_LISTS, ordered, type Plan, updateEntry } from './plan-fields.ts';
import type { ActionRequest } from './requests.ts';
import { selectorFor } from './selection.ts';
import { commentsOf } from './yaml-comments.ts';
import type { FrontmatterEdit } from './yaml-edit.ts';

/** What the content folder holds that a plan looks up. */
export interface Existing {
  readonly actors: ReadonlySet<string>;
  readonly events: ReadonlySet<string>;
  /** Every name and alias, with the actor that carries it. */
  readonly names: ReadonlyMap<string, string>;
}

/** The frontmatter and body of an opened file, or a refusal if it cannot be read. */
export function readOpened(file: OpenedFile): { data: Record<string, unknown>; body: string } {
  const parsed = parseMarkdownFile(file.text, file.path);
  if (!parsed.ok) throw new Refusal(`${file.collection}/${file.id}.md cannot be read: ${parsed.problems[0]!.message}`, 422);
  return { data: isRecord(parsed.value.data) ? parsed.value.data : {}, body: parsed.value.body };
}

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The selector of a selection in the article's body, or a refusal saying why it has none. */
export function selectorOf(body: string, selected: { quote: string; before?: string | undefined; after?: string | undefined }): Record<string, string> {
  const result = selectorFor(body, {
    quote: selected.quote,
    ...(selected.before !== undefined ? { before: selected.before } : {}),
    ...(selected.after !== undefined ? { after: selected.after } : {}),
  });
  if (!result.ok) throw new Refusal(result.message, 422);
  return Object.fromEntries(Object.entries(result.selector).filter(([, value]) => value !== undefined)) as Record<string, string>;
}

/** The entry at `index` of a list, or a 409: the page showed a list the file no longer has. */
function entryAt(list: unknown[], name: string, index: number): Record<string, unknown> {
  const entry = list[index];
  if (!isRecord(entry)) throw new Refusal(`${name}[${index}] does not exist: the file has changed, reload it`, 409);
  return entry;
}

/** The edit that removes a suggestion's comment, when the request names one. */
export const dismissing = (candidate: string | undefined): FrontmatterEdit[] => (candidate === undefined ? [] : [{ op: 'remove-comment', line: candidate }]);

/** The plan for a request that changes only the article's own file. */
export function planArticle(request: ActionRequest, article: OpenedFile, existing: Existing): Plan {
  const { data, body } = readOpened(article);
  const claims = listOf(data['claims']);
  const dates = listOf(data['dates']);
  switch (request.action) {
    case 'claim': {
      const claim = clean(request.claim) as Record<string, unknown>;
      const editing = request.index === undefined ? undefined : { index: request.index, entry: entryAt(claims, 'claims', request.index) };
      const selector = request.select === undefined ? undefined : selectorOf(body, request.select);
      if (!editing && !selector) throw new Refusal('select the claim’s words in the text first', 400);
      const clash = claims.findIndex((other, i) => isRecord(other) && other['id'] === claim['id'] && i !== editing?.index);
      if (clash !== -1) throw new Refusal(`the article already has a claim with the id "${String(claim['id'])}" (claims[${clash}]): choose another id`, 409);
      if (!editing) return { ...NOTHING, edits: [{ op: 'append', path: ['claims'], value: ordered({ ...claim, ...selector }, FIELDS.claim, OPTIONAL_LISTS) }] };
      // The selector stays unless a new selection replaces it whole.
      const kept = Object.fromEntries(FIELDS.selector.filter((name) => editing.entry[name] !== undefined).map((name) => [name, editing.entry[name]]));
      const next = { ...claim, ...(selector ?? kept) };
      const path = ['claims', editing.index];
      // Accepting a claim that `npm run new` proposed: its guiding comments have done their work.
      return { ...NOTHING, edits: [{ op: 'strip-comments', path }, ...updateEntry(path, editing.entry, next, FIELDS.claim)] };
    }
    case 'reanchor': {
      const list = request.list === 'dates' ? dates : claims;
      const entry = entryAt(list, request.list, request.index);
      const selector = selectorOf(body, request.select);
      return { ...NOTHING, edits: updateEntry([request.list, request.index], entry, { ...entry, prefix: undefined, suffix: undefined, ...selector }, FIELDS.selector) };
    }
    case 'date': {
      const event = request.event.trim();
      if (event === '') throw new Refusal('choose the event the date refers to', 400);
      if (!existing.events.has(event)) throw new Refusal(`there is no event "${event}"`, 422);
      if (request.index !== undefined) {
        const entry = entryAt(dates, 'dates', request.index);
        const path = ['dates', request.index];
        return { ...NOTHING, edits: [{ op: 'strip-comments', path }, ...updateEntry(path, entry, { ...entry, event }, ['event'])] };
      }
      if (request.select === undefined) throw new Refusal('select the date’s words in the text first', 400);
      return { ...NOTHING, edits: [{ op: 'append', path: ['dates'], value: { ...selectorOf(body, request.select), event } }, ...dismissing(request.candidate)] };
    }
    case 'delete': {
      entryAt(request.list === 'dates' ? dates : claims, request.list, request.index);
      return { ...NOTHING, edits: [{ op: 'remove', path: [request.list, request.index] }] };
    }
    case 'article':
      return { ...NOTHING, edits: articleEdits(request.fields, data, article.text) };
    case 'dismiss':
      return { ...NOTHING, edits: dismissing(request.candidate) };
    default:
      throw new Refusal(`"${request.action}" does not change the article alone`, 400);
  }
}

/** The edits of the article's details form: its own fields, its source, and, when it is published, the draft's notes gone. */
function articleEdits(fields: Extract<ActionRequest, { action: 'article' }>['fields'], data: Record<string, unknown>, text: string): FrontmatterEdit[] {
  const source = isRecord(data['source']) ? data['source'] : {};
  const nextSource = clean(fields.source ?? {}) as Record<string, unknown>;
  const top = clean({ ...fields, source: undefined, draft: undefined }) as Record<string, unknown>;
  const edits: FrontmatterEdit[] = [];
  // A field left empty by the draft and now filled in: the comment that asked for it has done its work.
  const filled = (path: readonly string[], map: Record<string, unknown>, name: string, after: unknown) =>
    Object.hasOwn(map, name) && map[name] == null && after !== undefined ? [{ op: 'strip-comments', path } as const] : [];
  for (const name of FIELDS.article) edits.push(...filled([name], data, name, top[name]));
  for (const name of FIELDS.source) edits.push(...filled(['source', name], source, name, nextSource[name]));
  edits.push(...updateEntry([], data, { ...data, ...top }, FIELDS.article));
  if (isRecord(data['source'])) edits.push(...updateEntry(['source'], source, nextSource, FIELDS.source));
  else edits.push({ op: 'set', path: ['source'], value: ordered(nextSource, FIELDS.source) });
  if (data['draft'] !== fields.draft) edits.push({ op: 'set', path: ['draft'], value: fields.draft });
  // Published: the draft's note at the top goes, and so do the notes above fields that are filled.
  if (fields.draft === false) {
    const end = text.indexOf('\n---', 3);
    const comments = new Set(commentsOf(text.slice(text.indexOf('\n') + 1, end === -1 ? text.length : end + 1)));
    const stripped = new Set(edits.flatMap((edit) => (edit.op === 'strip-comments' ? [edit.path.join('.')] : [])));
    const notes = Object.entries(FIELD_NOTES).filter(([path]) => !stripped.has(path));
    for (const note of [DRAFT_NOTE, ...notes.map(([, note]) => note)]) if (comments.has(note)) edits.push({ op: 'remove-comment', line: note });
  }
  return edits;
}
