/**
 * Edits a content file's frontmatter in place: the `yaml` package's Document
 * API finds the node to change and its offsets in the text, and only those
 * characters are replaced. Every other byte of the file (comments, key order,
 * quoting, flow or block style, folded text, the body) stays as it was, which
 * a re-serialised document would not keep (it refolds long text and moves
 * comments).
 *
 * New values are written the way their neighbours are: an item added to a
 * list of `{ … }` maps is a `{ … }` map, with the same padding; one added to
 * a block list is a block item at the list's indentation; `yaml-style.ts`
 * says how a value itself is written.
 *
 * Every edit is read back, with the content check's own parser, before it is
 * kept: the data must be what it was with exactly this change made, every
 * character of every string as given. Where the house style would change a
 * character (a line of spaces in a block, a line separator), the edit is made
 * again with the value double-quoted and escaped; an edit that still would
 * not read back exactly is refused, and nothing is written.
 */
import { type Document, isMap, isScalar, isSeq, type Node, type Pair, parseDocument, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { parseMarkdownFile } from '#lib/check/frontmatter.ts';
import { commentLineStarts, removeCommentLine } from './yaml-comments.ts';
import { blockItem, blockValue, houseValue, isEmpty, LINE_WIDTH, stringify } from './yaml-style.ts';

/** A path to a field: keys and list indices, as in `['claims', 2, 'rating']`. */
export type YamlPath = readonly (string | number)[];

/** One change to a frontmatter. */
export type FrontmatterEdit =
  /** Sets a field, adding it at the end of its map if it is missing. */
  | { readonly op: 'set'; readonly path: YamlPath; readonly value: unknown }
  /** Appends an item to a list, creating the list if the field is missing or empty. */
  | { readonly op: 'append'; readonly path: YamlPath; readonly value: unknown }
  /** Removes a field of a map or an item of a list, with the comment lines just above it. */
  | { readonly op: 'remove'; readonly path: YamlPath }
  /** Removes one comment line, given without its `#`; a comment block left with no entries goes too. */
  | { readonly op: 'remove-comment'; readonly line: string }
  /** Removes the comment lines of an entry: those just above it and those between its fields. */
  | { readonly op: 'strip-comments'; readonly path: YamlPath };

/** An edit that cannot be made to this file: the path names nothing, or the wrong kind of node. */
export class EditError extends Error {}

const FENCE = /^---[ \t]*\n([\s\S]*?\n)---[ \t]*(?:\n|$)/;

/** The frontmatter's text and where it starts in the file. */
function frontmatterOf(file: string): { start: number; yaml: string } {
  const match = FENCE.exec(file);
  if (!match) throw new EditError('the file has no frontmatter between two "---" lines');
  return { start: match[0].indexOf('\n') + 1, yaml: match[1]! };
}

/** Applies `edits` in order to the whole file's text and returns the new text. */
export function editFrontmatter(file: string, edits: readonly FrontmatterEdit[]): string {
  if (/\r/.test(file)) throw new EditError('the file has Windows line endings; convert it to LF line endings first');
  frontmatterOf(file);
  let text = file;
  for (const edit of edits) {
    const { start, yaml } = frontmatterOf(text);
    const edited = applyEdit(yaml, edit);
    text = text.slice(0, start) + edited + text.slice(start + yaml.length);
  }
  return text;
}

function parse(yaml: string): Document.Parsed {
  const doc = parseDocument(yaml, { prettyErrors: false });
  if (doc.errors.length > 0) throw new EditError(`the frontmatter is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  return doc;
}

/** The frontmatter's data as the content check reads it, or undefined if it would not read. */
function readData(yaml: string): unknown {
  const parsed = parseMarkdownFile(`---\n${yaml}---\n`, '');
  return parsed.ok ? parsed.value.data : undefined;
}

/** Whether two values of YAML data are the same: same strings to the character, same keys whatever their order. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** What the data should be after `edit`: `before` with exactly that change, or undefined where the change says nothing of the data. */
function expectedAfter(before: unknown, edit: FrontmatterEdit): unknown {
  if (edit.op === 'remove-comment' || edit.op === 'strip-comments') return before;
  const root: unknown = structuredClone(before);
  const parentPath = edit.path.slice(0, -1);
  const key = edit.path.at(-1)!;
  // The maps on the way are made where the file has none (`source:` left empty).
  let parent: unknown = root;
  for (const [i, step] of parentPath.entries()) {
    const container = parent as Record<string | number, unknown>;
    if (container[step] === undefined || container[step] === null) container[step] = typeof parentPath[i + 1] === 'number' ? [] : {};
    parent = container[step];
  }
  const container = parent as Record<string | number, unknown> & unknown[];
  const name = typeof key === 'string' ? key : typeof parentPath.at(-1) === 'string' ? (parentPath.at(-1) as string) : undefined;
  switch (edit.op) {
    case 'set':
      container[key] = houseValue(edit.value, name);
      break;
    case 'append': {
      const list = Array.isArray(container[key]) ? (container[key] as unknown[]) : [];
      container[key] = [...list, houseValue(edit.value, typeof key === 'string' ? undefined : name)];
      break;
    }
    case 'remove':
      if (Array.isArray(container) && typeof key === 'number') container.splice(key, 1);
      else delete container[key];
      break;
  }
  return root;
}

function applyEdit(yaml: string, edit: FrontmatterEdit): string {
  const before = readData(yaml);
  const expected = expectedAfter(before, edit);
  const where = 'path' in edit ? formatPath(edit.path) : 'a comment';
  for (const exact of [false, true]) {
    const after = editYaml(yaml, edit, exact);
    const read = readData(after);
    if (read !== undefined && sameData(read, expected)) return after;
    // Only a value written can be written another way.
    if (edit.op !== 'set' && edit.op !== 'append') break;
  }
  throw new EditError(`${where}: the change cannot be written so that the file reads back exactly as intended; nothing was changed`);
}

function editYaml(yaml: string, edit: FrontmatterEdit, exact: boolean): string {
  switch (edit.op) {
    case 'set':
      return setField(yaml, edit.path, edit.value, exact);
    case 'append':
      return appendItem(yaml, edit.path, edit.value, exact);
    case 'remove':
      return removeNode(yaml, edit.path);
    case 'remove-comment': {
      const removed = removeCommentLine(yaml, edit.line);
      if (removed === undefined) throw new EditError(`no comment "${edit.line}" in the frontmatter`);
      return removed;
    }
    case 'strip-comments':
      return stripComments(yaml, edit.path);
  }
}

/** The text of a new entry's file: its frontmatter in the house style (or, where that would change a character, exactly), and no body. */
export function newEntryText(data: Record<string, unknown>): string {
  for (const exact of [false, true]) {
    const yaml = `${stringify(data, { exact })}\n`;
    const read = readData(yaml);
    if (read !== undefined && sameData(read, houseValue(data))) return `---\n${yaml}---\n`;
  }
  throw new EditError('the new entry cannot be written so that it reads back exactly as given');
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end + 1;
}
const splice = (text: string, from: number, to: number, insert: string) => text.slice(0, from) + insert + text.slice(to);

/** The map or list at `path`, or an error naming what is missing. */
function collectionAt(doc: Document.Parsed, path: YamlPath): YAMLMap | YAMLSeq | undefined {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (node === undefined || node === null) return undefined;
  if (isMap(node) || isSeq(node)) return node;
  if (isScalar(node) && node.value === null) return undefined;
  throw new EditError(`${formatPath(path)} is not a map or a list`);
}

/** A path as messages write it: `claims[2].rating`. */
export function formatPath(path: YamlPath): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('') || '(frontmatter)';
}

function pairOf(map: YAMLMap, key: string): Pair<Scalar, Node | null> | undefined {
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key) as Pair<Scalar, Node | null> | undefined;
}

function range(node: Node): [number, number, number] {
  if (!node.range) throw new EditError('the frontmatter changed while it was edited');
  return node.range;
}

/** The column at which a block collection's entries start. */
function columnOf(yaml: string, node: Node): number {
  const at = range(node)[0];
  return at - lineStart(yaml, at);
}

/** Whether a flow collection's source text has spaces inside its brackets. */
const isPadded = (yaml: string, node: Node) => /^[[{] /.test(yaml.slice(range(node)[0]));

function setField(yaml: string, path: YamlPath, value: unknown, exact: boolean): string {
  const doc = parse(yaml);
  const key = path.at(-1);
  const parentPath = path.slice(0, -1);
  const parent = collectionAt(doc, parentPath);
  if (parent === undefined) {
    if (typeof key !== 'string') throw new EditError(`${formatPath(parentPath)} does not exist`);
    return setField(yaml, parentPath, { [key]: value }, exact);
  }
  if (isSeq(parent)) {
    if (typeof key !== 'number' || !parent.items[key]) throw new EditError(`${formatPath(path)} does not exist`);
    return replaceNode(yaml, parent.items[key] as Node, value, parent, exact);
  }
  if (typeof key !== 'string') throw new EditError(`${formatPath(parentPath)} is a map, not a list`);
  const pair = pairOf(parent, key);
  if (pair === undefined) return addPair(yaml, parent, key, value, exact);
  const keyNode = pair.key;
  if (pair.value === null || (isScalar(pair.value) && pair.value.source === undefined && pair.value.value === null)) {
    // `rating:` with nothing after it: write the value after the colon.
    const colon = yaml.indexOf(':', range(keyNode)[1]);
    const end = colon + 1 + (/^[ \t]*/.exec(yaml.slice(colon + 1))?.[0].length ?? 0);
    const valueText = parent.flow ? ` ${stringify(value, { flow: { padded: true }, key, exact })}` : blockValue(value, columnOf(yaml, keyNode), key, exact);
    return splice(yaml, colon + 1, end, valueText);
  }
  return replaceNode(yaml, pair.value, value, parent, exact, keyNode);
}

/** Replaces a value node's text (not its trailing comment) by `value`. */
function replaceNode(yaml: string, node: Node, value: unknown, parent: YAMLMap | YAMLSeq, exact: boolean, keyNode?: Scalar): string {
  const [start, valueEnd] = range(node);
  const key = keyNode === undefined ? undefined : String(keyNode.value);
  if (parent.flow) return splice(yaml, start, valueEnd, stringify(value, { flow: { padded: isPadded(yaml, parent) }, key, exact }));
  if (typeof value === 'object' && value !== null && !isEmpty(value) && (isMap(node) || isSeq(node)) && node.flow && node.items.length > 0) {
    // A flow list or map stays flow when its new value is short enough for one line. An empty
    // one (`sources: []`) says nothing of how its items are written: the house style decides.
    const flow = stringify(value, { flow: { padded: isPadded(yaml, node) }, key, exact });
    if (!flow.includes('\n') && flow.length <= LINE_WIDTH - columnOf(yaml, node)) return splice(yaml, start, valueEnd, flow);
  }
  if (keyNode) {
    const colon = yaml.indexOf(':', range(keyNode)[1]);
    // A block value's range takes in the line break after it; that stays.
    const end = yaml.slice(colon + 1, valueEnd).trimEnd().length + colon + 1;
    return splice(yaml, colon + 1, end, blockValue(value, columnOf(yaml, keyNode), key, exact));
  }
  // An item of a block list: `- ` then the value, its later lines at the item's column; a block
  // value's range takes in the line break after it, which stays.
  const end = start + yaml.slice(start, valueEnd).trimEnd().length;
  return splice(yaml, start, end, blockItem(value, columnOf(yaml, node) - 2, { exact }));
}

/** Adds `key: value` at the end of a map. */
function addPair(yaml: string, map: YAMLMap, key: string, value: unknown, exact: boolean): string {
  if (map.flow) {
    const close = range(map)[1] - 1;
    const padded = isPadded(yaml, map);
    const entry = stringify({ [key]: value }, { flow: { padded }, exact }).replace(/^\{ ?|,? ?\}$/g, '');
    const before = yaml.slice(0, close).replace(/ *$/, '');
    const items = map.items.length > 0 ? `, ${entry}` : entry;
    return `${before}${items}${padded ? ' ' : ''}${yaml.slice(close)}`;
  }
  const first = map.items[0]?.key as Node | undefined;
  if (first === undefined || map.range === undefined) {
    throw new EditError(`cannot add "${key}" to an empty map`);
  }
  const column = columnOf(yaml, first);
  const last = map.items.at(-1)!;
  const end = lineEnd(yaml, Math.max(range(last.key as Node)[1], last.value ? range(last.value as Node)[1] - 1 : 0));
  const line = `${' '.repeat(column)}${stringify(key)}:${blockValue(value, column, key, exact)}\n`;
  return splice(yaml, end, end, line);
}

function appendItem(yaml: string, path: YamlPath, value: unknown, exact: boolean): string {
  const doc = parse(yaml);
  const seq = collectionAt(doc, path);
  if (seq === undefined) return setField(yaml, path, [value], exact);
  if (!isSeq(seq)) throw new EditError(`${formatPath(path)} is a map, not a list`);
  if (seq.items.length === 0) return setField(yaml, path, [value], exact);
  if (seq.flow) {
    const close = range(seq)[1] - 1;
    const padded = isPadded(yaml, seq);
    const sibling = seq.items.at(-1) as Node;
    const itemFlow = isMap(sibling) || isSeq(sibling) ? { padded: isPadded(yaml, sibling) } : { padded };
    const item = stringify(value, { flow: itemFlow, exact });
    // A flow list stays one line, however long: that is how the analyst wrote it.
    return `${yaml.slice(0, close).replace(/ *$/, '')}, ${item}${padded ? ' ' : ''}${yaml.slice(close)}`;
  }
  const last = seq.items.at(-1) as Node;
  const column = columnOf(yaml, seq);
  const end = lineEnd(yaml, range(last)[1] - 1);
  // A new item looks like the one before it: a `{ … }` map after a `{ … }` map.
  const flow = isMap(last) || isSeq(last) ? (last.flow ? { padded: isPadded(yaml, last) } : undefined) : undefined;
  return splice(yaml, end, end, `${' '.repeat(column)}- ${blockItem(value, column, { flow, exact })}\n`);
}

/** Where the comment lines directly above `at`'s line start, if they are indented at `column`. */
function commentsAbove(yaml: string, at: number, column: number): number {
  const comments = commentLineStarts(yaml);
  let start = lineStart(yaml, at);
  for (;;) {
    if (start === 0) return start;
    const previous = lineStart(yaml, start - 1);
    if (!comments.has(previous) || !new RegExp(`^ {${column}}#`).test(yaml.slice(previous, start - 1))) return start;
    start = previous;
  }
}

function removeNode(yaml: string, path: YamlPath): string {
  const doc = parse(yaml);
  const key = path.at(-1);
  const parent = collectionAt(doc, path.slice(0, -1));
  if (parent === undefined) throw new EditError(`${formatPath(path)} does not exist`);
  let node: Node | undefined;
  let valueNode: Node | null | undefined;
  if (isSeq(parent)) {
    if (typeof key !== 'number' || !parent.items[key]) throw new EditError(`${formatPath(path)} does not exist`);
    node = parent.items[key] as Node;
    valueNode = node;
  } else {
    const pair = typeof key === 'string' ? pairOf(parent, key) : undefined;
    if (!pair) throw new EditError(`${formatPath(path)} does not exist`);
    node = pair.key;
    valueNode = pair.value;
  }
  const [start] = range(node);
  const end = valueNode ? range(valueNode)[1] : range(node)[1];
  if (parent.flow) {
    // Takes the item and the comma after it (or before it, for the last item).
    const after = /^\s*,\s*/.exec(yaml.slice(end));
    if (after) return splice(yaml, start, end + after[0].length, '');
    const before = /,\s*$/.exec(yaml.slice(0, start));
    return splice(yaml, before ? start - before[0].length : start, end, '');
  }
  // A list item's `- ` stands before its text; a map's key starts its line, unless it is the first key of a list item.
  const column = isSeq(parent) ? columnOf(yaml, parent) : start - lineStart(yaml, start);
  if (!isSeq(parent) && /\S/.test(yaml.slice(lineStart(yaml, start), start))) {
    throw new EditError(`${formatPath(path)} shares its line with another field`);
  }
  const from = commentsAbove(yaml, start, column);
  const removed = splice(yaml, from, lineEnd(yaml, Math.max(end - 1, start)), '');
  // The last item of a block list: the field is left an empty list, not an empty value.
  return isSeq(parent) && parent.items.length === 1 ? setField(removed, path.slice(0, -1), [], false) : removed;
}

/** Removes the comment lines of an entry: those just above it and those between its fields (never a line of a block of text). */
function stripComments(yaml: string, path: YamlPath): string {
  const doc = parse(yaml);
  const key = path.at(-1);
  const parent = collectionAt(doc, path.slice(0, -1));
  if (parent === undefined) throw new EditError(`${formatPath(path)} does not exist`);
  // Where the entry starts (a map's key, a list item's text) and where its value ends.
  let first: Node;
  let last: Node;
  if (isSeq(parent)) {
    const item = typeof key === 'number' ? (parent.items[key] as Node | undefined) : undefined;
    if (!item) throw new EditError(`${formatPath(path)} does not exist`);
    first = last = item;
  } else {
    const pair = typeof key === 'string' ? pairOf(parent, key) : undefined;
    if (!pair) throw new EditError(`${formatPath(path)} does not exist`);
    first = pair.key;
    last = pair.value ?? pair.key;
  }
  const start = range(first)[0];
  const column = isSeq(parent) ? columnOf(yaml, parent) : start - lineStart(yaml, start);
  const from = commentsAbove(yaml, start, column);
  const to = lineEnd(yaml, Math.max(range(last)[1] - 1, start));
  const comments = commentLineStarts(yaml);
  let kept = '';
  for (let at = from; at < to; ) {
    const end = lineEnd(yaml, at);
    if (!comments.has(at)) kept += yaml.slice(at, end);
    at = end;
  }
  return splice(yaml, from, to, kept);
}
