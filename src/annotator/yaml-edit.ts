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
 * a block list is a block item at the list's indentation.
 */
import { Document, isMap, isScalar, isSeq, type Node, type Pair, parseDocument, type Scalar, visit, type YAMLMap, type YAMLSeq } from 'yaml';

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
const LINE_WIDTH = 100;

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

function applyEdit(yaml: string, edit: FrontmatterEdit): string {
  switch (edit.op) {
    case 'set':
      return setField(yaml, edit.path, edit.value);
    case 'append':
      return appendItem(yaml, edit.path, edit.value);
    case 'remove':
      return removeNode(yaml, edit.path);
    case 'remove-comment':
      return removeCommentLine(yaml, edit.line);
    case 'strip-comments':
      return stripComments(yaml, edit.path);
  }
}

/** The text of a new entry's file: its frontmatter in the house style, and no body. */
export function newEntryText(data: Record<string, unknown>): string {
  return `---\n${stringify(data, undefined)}\n---\n`;
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end + 1;
}
const splice = (text: string, from: number, to: number, insert: string) => text.slice(0, from) + insert + text.slice(to);
const indentBy = (text: string, indent: number) =>
  text
    .split('\n')
    .map((line) => (line === '' ? line : ' '.repeat(indent) + line))
    .join('\n');

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

/** Fields whose text is Markdown prose: written as a literal block, wrapped at the line width. */
const PROSE_KEYS = new Set(['assessment', 'note']);
/** Fields that hold a date at its precision: YYYY, YYYY-MM or YYYY-MM-DD. */
const DATE_KEYS = new Set(['published', 'analysed', 'date', 'end']);
/** Fields that list ids or names: written on one line, `[a, b]`. */
const ID_LIST_KEYS = new Set(['about', 'actors', 'aliases', 'website']);

/** Wraps each line of `text` at word boundaries to at most `width` characters; blank lines stay. */
export function wrapLines(text: string, width: number): string {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const words = line.trimEnd().split(/(?<=\S) +/);
      const lines: string[] = [];
      let current = '';
      for (const word of words) {
        if (current !== '' && current.length + 1 + word.length > width) {
          lines.push(current);
          current = word;
        } else current = current === '' ? word : `${current} ${word}`;
      }
      return [...lines, current].join('\n');
    })
    .join('\n');
}

/**
 * Stringifies a value on its own, without a trailing newline, in the house style: prose as a
 * wrapped literal block (`assessment: |`), lists of ids on one line, everything else on one line
 * as plain YAML quotes it.
 */
function stringify(value: unknown, flow: { padded: boolean } | undefined, column = 0, key?: string): string {
  const doc = new Document(value);
  if (flow && (isMap(doc.contents) || isSeq(doc.contents))) doc.contents.flow = true;
  const style = (key: string, node: unknown, depth: number) => {
    if (isSeq(node) && ID_LIST_KEYS.has(key) && node.items.every(isScalar)) node.flow = true;
    // A year reads as the content writes it, `published: 2023`, not as the string `"2023"`.
    if (isScalar(node) && DATE_KEYS.has(key) && typeof node.value === 'string' && /^\d{4}$/.test(node.value)) node.value = Number(node.value);
    if (isScalar(node) && typeof node.value === 'string' && PROSE_KEYS.has(key) && !flow) {
      node.value = `${wrapLines(node.value, LINE_WIDTH - column - depth)}\n`;
      node.type = 'BLOCK_LITERAL';
    }
    // A summary too long for its line folds, `summary: >-`, as the content writes a long one.
    if (isScalar(node) && typeof node.value === 'string' && key === 'summary' && !flow && !node.value.includes('\n') && column + depth + key.length + node.value.length > LINE_WIDTH) {
      node.type = 'BLOCK_FOLDED';
      foldAt = LINE_WIDTH - column - depth;
    }
  };
  let foldAt = 0;
  if (key !== undefined) style(key, doc.contents, 2);
  visit(doc, {
    Pair(_, pair, path) {
      // Each level of nesting below indents the text two more columns (a list item's `- ` too).
      if (isScalar(pair.key)) style(String(pair.key.value), pair.value, 2 * path.length);
    },
  });
  return doc
    .toString({ lineWidth: foldAt, flowCollectionPadding: flow?.padded ?? false, nullStr: '' })
    .replace(/\n$/, '');
}

const isCollectionValue = (value: unknown) => typeof value === 'object' && value !== null;
const isEmpty = (value: unknown) =>
  (Array.isArray(value) && value.length === 0) || (isCollectionValue(value) && !Array.isArray(value) && Object.keys(value as object).length === 0);

/** How `key: value` reads inside a block map at `column`: the value on the key's line, or below it. */
function blockValue(value: unknown, column: number, key?: string): string {
  if (isCollectionValue(value) && !isEmpty(value) && !(key && ID_LIST_KEYS.has(key))) {
    return `\n${indentBy(stringify(value, undefined, column + 2), column + 2)}`;
  }
  const text = stringify(value, undefined, column, key);
  // A folded or literal block scalar keeps its header on the key's line and its text indented below.
  const [first, ...rest] = text.split('\n');
  return rest.length === 0 ? ` ${first}` : ` ${first}\n${indentBy(rest.join('\n'), column + 2)}`;
}

/** Whether a flow collection's source text has spaces inside its brackets. */
const isPadded = (yaml: string, node: Node) => /^[[{] /.test(yaml.slice(range(node)[0]));

function setField(yaml: string, path: YamlPath, value: unknown): string {
  const doc = parse(yaml);
  const key = path.at(-1);
  const parentPath = path.slice(0, -1);
  const parent = collectionAt(doc, parentPath);
  if (parent === undefined) {
    if (typeof key !== 'string') throw new EditError(`${formatPath(parentPath)} does not exist`);
    return setField(yaml, parentPath, { [key]: value });
  }
  if (isSeq(parent)) {
    if (typeof key !== 'number' || !parent.items[key]) throw new EditError(`${formatPath(path)} does not exist`);
    return replaceNode(yaml, parent.items[key] as Node, value, parent);
  }
  if (typeof key !== 'string') throw new EditError(`${formatPath(parentPath)} is a map, not a list`);
  const pair = pairOf(parent, key);
  if (pair === undefined) return addPair(yaml, parent, key, value);
  const keyNode = pair.key;
  if (pair.value === null || (isScalar(pair.value) && pair.value.source === undefined && pair.value.value === null)) {
    // `rating:` with nothing after it: write the value after the colon.
    const colon = yaml.indexOf(':', range(keyNode)[1]);
    const end = colon + 1 + (/^[ \t]*/.exec(yaml.slice(colon + 1))?.[0].length ?? 0);
    const valueText = parent.flow ? ` ${stringify(value, { padded: true })}` : blockValue(value, columnOf(yaml, keyNode), String(keyNode.value));
    return splice(yaml, colon + 1, end, valueText.replace(/^ /, ' '));
  }
  return replaceNode(yaml, pair.value, value, parent, keyNode);
}

/** Replaces a value node's text (not its trailing comment) by `value`. */
function replaceNode(yaml: string, node: Node, value: unknown, parent: YAMLMap | YAMLSeq, keyNode?: Scalar): string {
  const [start, valueEnd] = range(node);
  if (parent.flow) return splice(yaml, start, valueEnd, stringify(value, { padded: isPadded(yaml, parent) }));
  if (isCollectionValue(value) && !isEmpty(value) && (isMap(node) || isSeq(node)) && node.flow && node.items.length > 0) {
    // A flow list or map stays flow when its new value is short enough for one line. An empty
    // one (`sources: []`) says nothing of how its items are written: the house style decides.
    const flow = stringify(value, { padded: isPadded(yaml, node) });
    if (!flow.includes('\n') && flow.length <= LINE_WIDTH - columnOf(yaml, node)) return splice(yaml, start, valueEnd, flow);
  }
  if (keyNode) {
    const colon = yaml.indexOf(':', range(keyNode)[1]);
    // A block value's range takes in the line break after it; that stays.
    const end = yaml.slice(colon + 1, valueEnd).trimEnd().length + colon + 1;
    return splice(yaml, colon + 1, end, blockValue(value, columnOf(yaml, keyNode), String(keyNode.value)));
  }
  // An item of a block list: `- ` then the value, its later lines at the item's column.
  const column = columnOf(yaml, node);
  const text = stringify(value, undefined);
  return splice(yaml, start, valueEnd, text.split('\n').map((line, i) => (i === 0 || line === '' ? line : ' '.repeat(column) + line)).join('\n'));
}

/** Adds `key: value` at the end of a map. */
function addPair(yaml: string, map: YAMLMap, key: string, value: unknown): string {
  if (map.flow) {
    const close = range(map)[1] - 1;
    const padded = isPadded(yaml, map);
    const entry = stringify({ [key]: value }, { padded }).replace(/^\{ ?|,? ?\}$/g, '');
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
  const line = `${' '.repeat(column)}${stringify(key, undefined)}:${blockValue(value, column, key)}\n`;
  return splice(yaml, end, end, line);
}

function appendItem(yaml: string, path: YamlPath, value: unknown): string {
  const doc = parse(yaml);
  const seq = collectionAt(doc, path);
  if (seq === undefined) return setField(yaml, path, [value]);
  if (!isSeq(seq)) throw new EditError(`${formatPath(path)} is a map, not a list`);
  if (seq.items.length === 0) return setField(yaml, path, [value]);
  if (seq.flow) {
    const close = range(seq)[1] - 1;
    const padded = isPadded(yaml, seq);
    const sibling = seq.items.at(-1) as Node;
    const itemFlow = isMap(sibling) || isSeq(sibling) ? { padded: isPadded(yaml, sibling) } : { padded };
    const item = stringify(value, itemFlow);
    // A flow list stays one line, however long: that is how the analyst wrote it.
    return `${yaml.slice(0, close).replace(/ *$/, '')}, ${item}${padded ? ' ' : ''}${yaml.slice(close)}`;
  }
  const last = seq.items.at(-1) as Node;
  const column = columnOf(yaml, seq);
  const end = lineEnd(yaml, range(last)[1] - 1);
  // A new item looks like the one before it: a `{ … }` map after a `{ … }` map.
  const flow = isMap(last) || isSeq(last) ? (last.flow ? { padded: isPadded(yaml, last) } : undefined) : undefined;
  const text = stringify(value, flow, column + 2);
  const item = `${' '.repeat(column)}- ${text.split('\n').map((line, i) => (i === 0 || line === '' ? line : ' '.repeat(column + 2) + line)).join('\n')}\n`;
  return splice(yaml, end, end, item);
}

/** Where the comment lines directly above `at`'s line start, if they are indented at `column`. */
function commentsAbove(yaml: string, at: number, column: number): number {
  let start = lineStart(yaml, at);
  for (;;) {
    if (start === 0) return start;
    const previous = lineStart(yaml, start - 1);
    const line = yaml.slice(previous, start - 1);
    if (!new RegExp(`^ {${column}}#`).test(line)) return start;
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
  return isSeq(parent) && parent.items.length === 1 ? setField(removed, path.slice(0, -1), []) : removed;
}

/** The comment line text as written in the file, without `#` and the space after it. */
const commentText = (line: string) => line.replace(/^\s*#\s?/, '').trimEnd();

function removeCommentLine(yaml: string, wanted: string): string {
  const lines = yaml.split('\n');
  const at = lines.findIndex((line) => /^\s*#/.test(line) && commentText(line) === wanted.trimEnd());
  if (at === -1) throw new EditError(`no comment "${wanted}" in the frontmatter`);
  // The block of comment lines around it: a header, then entries indented further.
  let first = at;
  while (first > 0 && /^\s*#/.test(lines[first - 1]!)) first--;
  let last = at;
  while (last + 1 < lines.length && /^\s*#/.test(lines[last + 1]!)) last++;
  const isEntry = (line: string) => /^\s*# {2,}\S/.test(line);
  const remaining = lines.slice(first, last + 1).filter((line, i) => first + i !== at && isEntry(line));
  const wholeBlock = isEntry(lines[at]!) && remaining.length === 0;
  const from = wholeBlock ? first : at;
  lines.splice(from, wholeBlock ? last - first + 1 : 1);
  // The blank line that set the comment apart goes with it, if it would now open the frontmatter or double another.
  if (lines[from] === '' && from < lines.length - 1 && (from === 0 || lines[from - 1] === '')) lines.splice(from, 1);
  return lines.join('\n');
}

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
  // Lines inside a block scalar (an assessment's Markdown heading) are text, not comments.
  const text: [number, number][] = [];
  visit(last, {
    Scalar(_, scalar) {
      if (scalar.range) text.push([scalar.range[0], scalar.range[1]]);
    },
  });
  let kept = '';
  for (let at = from; at < to; ) {
    const end = lineEnd(yaml, at);
    const line = yaml.slice(at, end);
    const inText = text.some(([a, b]) => at > a && at < b);
    if (inText || !/^\s*#/.test(line)) kept += line;
    at = end;
  }
  return splice(yaml, from, to, kept);
}
