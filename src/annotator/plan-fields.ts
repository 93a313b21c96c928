/**
 * From a form's values to edits of an entry: which values are kept exactly
 * as typed (text: titles, summaries, assessments, notes, names) and which are
 * trimmed (ids, dates, addresses, choices, where a space can only be a slip),
 * and the edits that make an entry hold new values while touching only the
 * fields that differ.
 */
import type { FrontmatterEdit, YamlPath } from './yaml-edit.ts';

/** What an action would write: the article's edits, new files, and edits to other existing files. */
export interface Plan {
  readonly edits: readonly FrontmatterEdit[];
  readonly created: readonly { readonly collection: 'actors' | 'events'; readonly id: string; readonly data: Record<string, unknown> }[];
  readonly others: readonly { readonly collection: 'actors' | 'events' | 'narratives'; readonly id: string; readonly edits: readonly FrontmatterEdit[]; readonly expected?: string }[];
}

/** A plan that writes nothing. */
export const NOTHING: Plan = { edits: [], created: [], others: [] };

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fields whose value is the analyst's own text: kept character for character. */
const TEXT_KEYS = new Set(['title', 'summary', 'assessment', 'note', 'dateline', 'name', 'aliases', 'publisher', 'translation']);

const isBlank = (value: unknown) => typeof value === 'string' && value.trim() === '';
const isEmptyList = (value: unknown) => Array.isArray(value) && value.length === 0;

/**
 * A form's values as they are written: a blank input is no value at all, and an empty map goes;
 * the analyst's text is kept exactly as typed, and only structured values (ids, dates, addresses)
 * lose the spaces around them.
 */
export function clean(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return isBlank(value) ? undefined : key !== undefined && TEXT_KEYS.has(key) ? value : value.trim();
  if (Array.isArray(value)) {
    return value.map((item) => clean(item, key)).filter((item) => item !== undefined && !(isRecord(item) && Object.keys(item).length === 0));
  }
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .map(([name, item]) => [name, clean(item, name)] as const)
        .filter(([, item]) => item !== undefined && item !== null),
    );
  }
  return value;
}

/** Whether two values of a field are the same (key order aside). */
const same = (a: unknown, b: unknown): boolean => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
const sorted = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(sorted) : isRecord(value) ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted(value[key])])) : value;

/**
 * Edits that make the entry at `path` hold `next`, touching only the `fields` that differ. A
 * field left empty for later (`summary:`) stays for later, and an absent list is not written as
 * an empty one. A list is changed item by item where it can be (items added at its end, items
 * changed in place), so that the items left alone keep their lines as they were written.
 */
export function updateEntry(path: YamlPath, current: Record<string, unknown>, next: Record<string, unknown>, fields: readonly string[]): FrontmatterEdit[] {
  const edits: FrontmatterEdit[] = [];
  for (const name of fields) {
    const before = current[name];
    const after = next[name];
    if (same(before, after)) continue;
    if (after === undefined) {
      if (before !== undefined && before !== null) edits.push({ op: 'remove', path: [...path, name] });
    } else if (Array.isArray(before) && Array.isArray(after) && before.length > 0 && after.length >= before.length) {
      edits.push(...updateList([...path, name], before, after));
    } else if (!(before === undefined && isEmptyList(after))) edits.push({ op: 'set', path: [...path, name], value: after });
  }
  return edits;
}

/** Edits that make the list at `path` hold `after`, which is at least as long as `before`: changed items set in place, new ones appended. */
function updateList(path: YamlPath, before: readonly unknown[], after: readonly unknown[]): FrontmatterEdit[] {
  const edits: FrontmatterEdit[] = [];
  after.forEach((item, i) => {
    if (i >= before.length) edits.push({ op: 'append', path, value: item });
    else if (!same(before[i], item)) edits.push({ op: 'set', path: [...path, i], value: item });
  });
  return edits;
}

/** An entry's fields in the order the content model lists them, leaving out empty lists of `optionalLists`. */
export function ordered(value: Record<string, unknown>, fields: readonly string[], optionalLists: readonly string[] = []): Record<string, unknown> {
  const empty = (name: string) => optionalLists.includes(name) && isEmptyList(value[name]);
  return Object.fromEntries(fields.filter((name) => value[name] !== undefined && !empty(name)).map((name) => [name, value[name]]));
}

/** The fields of each kind of entry the annotator writes, in the content model's order. */
export const FIELDS = {
  claim: ['id', 'quote', 'prefix', 'suffix', 'translation', 'claimant', 'about', 'narratives', 'kind', 'rating', 'summary', 'assessment', 'sources', 'corrections'],
  selector: ['quote', 'prefix', 'suffix'],
  article: ['title', 'summary', 'genre', 'lang', 'text', 'analysed', 'sources', 'corrections'],
  source: ['outlet', 'url', 'archived', 'published', 'dateline', 'author'],
  actor: ['name', 'kind', 'aliases', 'summary', 'wikidata', 'roles', 'website', 'sources', 'corrections'],
  event: ['title', 'date', 'end', 'actors', 'sources', 'corrections'],
  narrative: ['title', 'summary', 'firstSeen', 'actors', 'sources', 'corrections'],
} as const;

/** Lists an entry may leave out when they are empty. */
export const OPTIONAL_LISTS = ['about', 'narratives', 'aliases', 'roles', 'website', 'sources', 'corrections', 'actors'];
