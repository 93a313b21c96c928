/**
 * How the annotator writes a value into YAML: in the house style where that
 * says exactly what the analyst typed, and as an escaped double-quoted string
 * where it would not.
 *
 * The house style is the content's own: an assessment or a correction note as
 * a literal block (`assessment: |`), a long summary folded (`summary: >-`), a
 * year as a number (`published: 2023`), lists of ids on one line (`[a, b]`),
 * everything else as plain YAML writes it. Text is never re-wrapped: a block
 * keeps the analyst's lines as they are, however long. Some text cannot be a
 * block (a line of spaces, a line separator, a control character): `exact`
 * writes every string double-quoted, with escapes for whatever is not
 * printable, which YAML reads back character for character. `yaml-edit.ts`
 * reads every edit back and falls back to `exact` when the house style would
 * change a character.
 */
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';

/** The width the house style folds a long summary at. */
export const LINE_WIDTH = 100;

/** Fields whose text is Markdown prose: written as a literal block, lines as typed. */
const PROSE_KEYS = new Set(['assessment', 'note']);
/** Fields that hold a date at its precision: YYYY, YYYY-MM or YYYY-MM-DD. */
const DATE_KEYS = new Set(['published', 'analysed', 'date', 'end', 'from', 'to']);
/** Fields that list ids or names: written on one line, `[a, b]`. */
export const ID_LIST_KEYS = new Set(['about', 'actors', 'aliases', 'website']);

/** How a value is written: inside a flow collection (`{ … }`, `[ … ]`) or not, and exactly or in the house style. */
export interface ValueStyle {
  /** Inside a flow collection, or written as one; with spaces inside its brackets or not. */
  readonly flow?: { readonly padded: boolean } | undefined;
  /** The column the value's key starts at: a folded summary fits the line from there. */
  readonly column?: number;
  /** The field the value is written to: its name chooses the style. */
  readonly key?: string | undefined;
  /** Every string double-quoted and escaped, so that nothing can read differently. */
  readonly exact?: boolean;
}

/**
 * The value as the file will hold it: a year of a date field as the number YAML reads
 * `published: 2023` as, and no field whose value is `undefined`. What an edit writes is read
 * back and compared with this.
 */
export function houseValue(value: unknown, key?: string): unknown {
  if (typeof value === 'string' && key !== undefined && DATE_KEYS.has(key) && /^\d{4}$/.test(value)) return Number(value);
  if (Array.isArray(value)) return value.map((item) => houseValue(item));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([name, item]) => [name, houseValue(item, name)]),
    );
  }
  return value;
}

/**
 * Characters YAML may not hold as they are (outside its printable set: DEL, C1 controls, U+FFFE
 * and U+FFFF) or that other readers take for line breaks (NEL, U+2028, U+2029): written escaped,
 * in a double-quoted string. JSON, whose strings YAML reads, leaves them unescaped.
 */
const UNPRINTABLE = /[\u007F-\u009F\u2028\u2029\uFFFE\uFFFF]/;
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, 'g');
const escape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Stringifies a value on its own, without a trailing newline, in the house style (see the
 * module comment), or with `exact` every string double-quoted and escaped.
 */
export function stringify(value: unknown, style: ValueStyle = {}): string {
  const { flow, column = 0, key, exact = false } = style;
  const doc = new Document(houseValue(value, key));
  if (flow && (isMap(doc.contents) || isSeq(doc.contents))) doc.contents.flow = true;
  let foldAt = 0;
  const choose = (key: string, node: unknown, depth: number) => {
    if (isSeq(node) && ID_LIST_KEYS.has(key) && node.items.every(isScalar)) node.flow = true;
    if (!isScalar(node) || typeof node.value !== 'string' || exact) return;
    // What YAML may not hold as it is can only be escaped, inside double quotes.
    if (UNPRINTABLE.test(node.value)) {
      node.type = 'QUOTE_DOUBLE';
      return;
    }
    if (PROSE_KEYS.has(key) && !flow) node.type = 'BLOCK_LITERAL';
    // A summary too long for its line folds, `summary: >-`, as the content writes a long one.
    if (key === 'summary' && !flow && !node.value.includes('\n') && column + depth + key.length + node.value.length > LINE_WIDTH) {
      node.type = 'BLOCK_FOLDED';
      foldAt = LINE_WIDTH - column - depth;
    }
  };
  if (key !== undefined) choose(key, doc.contents, 2);
  visit(doc, {
    Pair(_, pair, path) {
      // Each level of nesting below indents the text two more columns (a list item's `- ` too).
      if (isScalar(pair.key)) choose(String(pair.key.value), pair.value, 2 * path.length);
    },
  });
  if (exact) {
    visit(doc, {
      Scalar(_, node) {
        if (typeof node.value === 'string') node.type = 'QUOTE_DOUBLE';
      },
    });
  }
  const text = doc.toString({ lineWidth: foldAt, flowCollectionPadding: flow?.padded ?? false, nullStr: '', doubleQuotedAsJSON: exact }).replace(/\n$/, '');
  // Every string that holds such a character is double-quoted, and every key is a field name: what is
  // left unescaped is inside double quotes, where an escape reads back as the character.
  return text.replace(UNPRINTABLE_ALL, escape);
}

const isCollectionValue = (value: unknown) => typeof value === 'object' && value !== null;
/** Whether a value is an empty list or map. */
export const isEmpty = (value: unknown) =>
  (Array.isArray(value) && value.length === 0) || (isCollectionValue(value) && !Array.isArray(value) && Object.keys(value as object).length === 0);

const indentBy = (text: string, indent: number) =>
  text
    .split('\n')
    .map((line) => (line === '' ? line : ' '.repeat(indent) + line))
    .join('\n');

/** How `key: value` reads after the colon inside a block map whose keys start at `column`: the value on the key's line, or below it. */
export function blockValue(value: unknown, column: number, key: string | undefined, exact: boolean): string {
  if (isCollectionValue(value) && !isEmpty(value) && !(key && ID_LIST_KEYS.has(key))) {
    return `\n${indentBy(stringify(value, { column: column + 2, exact }), column + 2)}`;
  }
  const text = stringify(value, { column, key, exact });
  // A folded or literal block scalar keeps its header on the key's line and its text indented below.
  const [first, ...rest] = text.split('\n');
  return rest.length === 0 ? ` ${first}` : ` ${first}\n${indentBy(rest.join('\n'), column + 2)}`;
}

/** A value as the item of a block list whose `- ` starts at `column`: its later lines indented under its first. */
export function blockItem(value: unknown, column: number, style: ValueStyle): string {
  const text = stringify(value, { ...style, column: column + 2 });
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : ' '.repeat(column + 2) + line))
    .join('\n');
}
