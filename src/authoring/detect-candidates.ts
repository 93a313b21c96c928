/**
 * Candidate actors in a new article: names the site does not know yet, found
 * by named-entity recognition (compromise: people, organisations, places)
 * and by three heuristics for what it misses: acronyms ("AMIA"), runs of
 * capitalised words ("World Politics Review") and groups named by a
 * demonym ("Jewish community", "Oppositions of the Bolivian government").
 * Names the alias index already matches are left out.
 */
import nlp from 'compromise';
import type { ActorKind } from '#lib/content/schema/index.ts';
import type { AliasIndex } from '#lib/text/alias-index.ts';
import { sentenceAt, splitSentences } from '#lib/text/sentences.ts';
import { GROUP_WORDS, guessKind, isCommonWord, KIND_PRIORITY, type SpanSource, STANDS_FOR_COUNTRY, TITLE_WORDS } from './name-words.ts';
import { slugify } from './slug.ts';

/** A name the text uses that no actor of the site carries. */
export interface CandidateActor {
  /** The name as the text writes it, without possessive or punctuation. */
  readonly name: string;
  readonly kind: ActorKind;
  /** A suggested id for `actors/<id>.md`. */
  readonly id: string;
  /** The sentence of its first mention. */
  readonly sentence: string;
  readonly count: number;
  /** Shorter forms the text also uses ("Ghitis" for "Frida Ghitis"). */
  readonly aliases: readonly string[];
  /** Something the analyst should know, e.g. that the id is taken. */
  readonly note?: string;
}

const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

/** A span found in one block, before merging. */
export interface Found {
  readonly start: number;
  readonly end: number;
  readonly source: SpanSource;
  readonly kind?: ActorKind;
}

/** The parts of a compromise match that are used here. */
interface NlpMatch {
  readonly offset: { readonly start: number; readonly length: number };
  readonly terms: readonly { readonly tags: readonly string[] }[];
}

// "O'Brien" is one word; "Iran's" ends one, so that "Iran's Defense Minister" is not taken for a name.
const CAP_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:['’]\p{Lu}[\p{Ll}\p{M}]+|-\p{Ll}+)*`;
// No "and" or "in": "Iran and Bolivia", "Kaja Kallas in Tallinn" are two names.
const CONNECTOR = String.raw`(?:of|the|for|on|de|del|la|las|los|y|da|do|dos|van|von|al|el|bin)`;
const CAP_RUN = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}])${CAP_WORD}(?:\s+(?:${CONNECTOR}\s+){0,2}${CAP_WORD})+`, 'gu');
const ACRONYM = /(?<![\p{L}\p{N}.])(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{Lu}\d&]{1,5}(?:-\p{Lu}{2,})*(?![\p{L}\p{N}]))/gu;
// Written out with both cases of the first letter: a case-insensitive regex would let \p{Lu} match any letter.
const GROUP_HEAD = `(?:${[...GROUP_WORDS].map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`).join('|')})`;
const GROUP = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${GROUP_HEAD}\s+of\s+the\s+)?\p{Lu}\p{Ll}+\s+${GROUP_HEAD}(?![\p{L}\p{M}])`,
  'gu',
);
/** Acronyms that name things, not actors. */
const NOT_ACTORS: ReadonlySet<string> = new Set(['MOU', 'MOUs', 'CEO', 'GDP', 'TV', 'AM', 'PM', 'AD', 'BC', 'ID', 'OK', 'USD', 'EUR', 'FAQ', 'PDF', 'URL', 'UAV', 'II', 'III', 'IV']);

/**
 * The place an article was filed from, when its first line starts with one
 * in capitals and a dash ("TEHRAN- …", "LA PAZ, Bolivia — …"): its name in title case, and where
 * the dateline ends.
 */
export function findDateline(text: string): { place: string; end: number } | undefined {
  const match = /^(\p{Lu}{2,}(?:[ .]\p{Lu}{2,})*)(?:,\s*\p{Lu}[\p{L} ]*)?\s*[-–—]/u.exec(text);
  if (!match?.[1]) return undefined;
  const place = match[1].toLowerCase().replace(/(^|[ .])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
  return { place, end: match[1].length };
}

/** Offsets of `text` trimmed of punctuation, quotes, a possessive and leading "the" or titles. */
function tidySpan(text: string, start: number, end: number, sentenceStart: number): { start: number; end: number } | undefined {
  let value = text.slice(start, end);
  const leading = value.match(/^[^\p{L}\p{N}]+/u)?.[0].length ?? 0;
  start += leading;
  value = value.slice(leading);
  // Keep the full stop of "U.S.", drop any other trailing punctuation and a possessive.
  const trimmed = /(?:\p{L}\.){2,}$/u.test(value) ? value : value.replace(/(?:['’]s?)?[^\p{L}\p{N}]*$/u, '');
  end = start + trimmed.length;
  for (;;) {
    const first = /^(\S+)\s+/u.exec(text.slice(start, end));
    if (!first?.[1]) break;
    const word = first[1];
    const drop = word.toLowerCase() === 'the' || TITLE_WORDS.has(word) || (start === sentenceStart && isCommonWord(word));
    if (!drop) break;
    start += first[0].length;
  }
  return end > start ? { start, end } : undefined;
}

/**
 * Spans compromise tags as people, organisations or places. The costliest
 * step of drafting (the tagger reads every word), and a pure function of one
 * block's text, so that a long text's blocks can be tagged in parallel.
 */
export function findByNer(text: string): Found[] {
  const doc = nlp(text);
  const spans: Found[] = [];
  const add = (matches: unknown, source: SpanSource, kindOf: (m: NlpMatch) => ActorKind) => {
    for (const match of matches as NlpMatch[]) {
      spans.push({ start: match.offset.start, end: match.offset.start + match.offset.length, source, kind: kindOf(match) });
    }
  };
  add(doc.people().json({ offset: true }), 'person', () => 'person');
  add(doc.organizations().json({ offset: true }), 'organization', () => 'organization');
  add(doc.places().json({ offset: true, terms: { tags: true } }), 'place', (match) =>
    match.terms.some((term) => term.tags.includes('Country')) ? 'country' : 'region',
  );
  return spans;
}

/** Spans the heuristics find: acronyms, capitalised runs, groups. */
function findByPattern(text: string): Found[] {
  const spans: Found[] = [];
  for (const match of text.matchAll(ACRONYM)) {
    if (!NOT_ACTORS.has(match[0])) spans.push({ start: match.index, end: match.index + match[0].length, source: 'acronym' });
  }
  for (const match of text.matchAll(CAP_RUN)) {
    if (insideTitleCaseQuote(text, match.index)) continue;
    // "Kaja Kallas of Estonia" is a person and a place, "Bank of England" one name: split where a person's name comes first.
    let lead = 0;
    for (const word of match[0].split(/(?<=\s)/u)) {
      if (!TITLE_WORDS.has(word.trim())) break;
      lead += word.length;
    }
    const head = /^(\S+(?:\s+\S+){1,2}?)\s+of\s/u.exec(match[0].slice(lead))?.[1];
    const end = head !== undefined && guessKind(head, 'capitalised') === 'person' ? lead + head.length : match[0].length;
    spans.push({ start: match.index, end: match.index + end, source: 'capitalised' });
  }
  for (const match of text.matchAll(GROUP)) spans.push({ start: match.index, end: match.index + match[0].length, source: 'group' });
  return spans;
}

/** Whether `offset` lies inside a quoted title written in title case, such as a report's name. */
function insideTitleCaseQuote(text: string, offset: number): boolean {
  const open = text.lastIndexOf('“', offset);
  const close = text.indexOf('”', open);
  if (open === -1 || close < offset) return false;
  const words = text.slice(open + 1, close).split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const capitalised = words.filter((word) => /^[^\p{L}]*\p{Lu}/u.test(word)).length;
  return words.length >= 3 && capitalised / words.length >= 0.6;
}

/** Whether the span names an actor the index knows: covered by its aliases, save a word that stands for the actor ("government"). */
function isKnown(text: string, start: number, end: number, covered: readonly boolean[]): boolean {
  const rest: string[] = [];
  for (const word of text.slice(start, end).matchAll(/[\p{L}\p{N}.'’]+/gu)) {
    const at = start + word.index;
    if (!covered.slice(at, at + word[0].length).every(Boolean)) rest.push(word[0].toLowerCase());
  }
  const anyCovered = covered.slice(start, end).some(Boolean);
  return rest.length === 0 || (anyCovered && rest.length === 1 && STANDS_FOR_COUNTRY.has(rest[0]!));
}

/** Of the overlapping spans found in one sentence, the ones that name actors: the longest, of the likeliest kind. */
function chooseSpans(tidied: readonly Found[]): Found[] {
  // A person's name has no "of" in it: "Kaja Kallas of Estonia" is a person and a place.
  const runs = tidied.filter(
    (span) => span.source !== 'capitalised' || !tidied.some((other) => other.source === 'person' && other.start >= span.start && other.end <= span.end && other.end - other.start < span.end - span.start),
  );
  // The longest span wins; where two are the same, the likeliest kind.
  runs.sort((a, b) => b.end - b.start - (a.end - a.start) || KIND_PRIORITY.indexOf(a.source) - KIND_PRIORITY.indexOf(b.source));
  const chosen: Found[] = [];
  for (const span of runs) {
    if (chosen.some((other) => span.start < other.end && other.start < span.end)) continue;
    // A capitalised run that extends a name tagged by NER ("Latin America" around "America") takes its kind.
    const inner = span.source === 'capitalised' ? runs.find((other) => other.kind && other.start > span.start && other.end === span.end) : undefined;
    const kind = inner?.kind === 'country' ? 'region' : inner?.kind;
    chosen.push(kind && !span.kind ? { ...span, kind } : span);
  }
  return chosen;
}

/**
 * The candidate actors of `blocks`, in order of first mention. `knownIds`
 * are the site's actor ids, so that a suggested id never collides with one.
 */
export function detectCandidateActors(
  blocks: readonly string[],
  index: AliasIndex,
  knownIds: ReadonlySet<string>,
  /** `findByNer` of each block, when it has been computed already (in parallel, for a long text). */
  tagged?: readonly (readonly Found[])[],
): CandidateActor[] {
  const byName = new Map<string, { name: string; kind: ActorKind; sentence: string; count: number; aliases: string[] }>();
  blocks.forEach((text, blockIndex) => {
    const sentences = splitSentences(text);
    const covered = new Array<boolean>(text.length).fill(false);
    for (const match of index.find(text)) covered.fill(true, match.start, match.end);
    const dateline = blockIndex === 0 ? findDateline(text) : undefined;

    const tidied: Found[] = [];
    for (const span of [...(tagged?.[blockIndex] ?? findByNer(text)), ...findByPattern(text)]) {
      const sentence = sentenceAt(sentences, span.start);
      const tidy = tidySpan(text, span.start, span.end, sentence?.textStart ?? 0);
      if (!tidy || (dateline && tidy.start < dateline.end)) continue;
      const name = text.slice(tidy.start, tidy.end);
      if (!/\p{Lu}/u.test(name) || name.split(/\s+/).every((word) => TITLE_WORDS.has(word) || CALENDAR_WORDS.has(word))) continue;
      // "Iran-Bolivia", "Tehran-La Paz": two names joined, each found on its own.
      if (span.source !== 'acronym' && /\p{L}-\p{Lu}/u.test(name)) continue;
      if (isKnown(text, tidy.start, tidy.end, covered)) continue;
      tidied.push({ ...span, ...tidy });
    }
    // Spans that overlap are settled sentence by sentence (no name crosses one), so that a text
    // pasted as one line costs its length, not the square of its names.
    const bySentence = new Map<number, Found[]>();
    for (const span of tidied) {
      const at = sentenceAt(sentences, span.start)?.start ?? -1;
      const group = bySentence.get(at);
      if (group) group.push(span);
      else bySentence.set(at, [span]);
    }
    const chosen = [...bySentence.values()].flatMap(chooseSpans);
    for (const span of chosen.sort((a, b) => a.start - b.start)) {
      const name = text.slice(span.start, span.end).replace(/\s+/g, ' ');
      const entry = byName.get(name);
      if (entry) {
        entry.count++;
        continue;
      }
      const sentence = sentenceAt(sentences, span.start)?.text ?? text;
      byName.set(name, { name, kind: span.kind ?? guessKind(name, span.source), sentence, count: 1, aliases: [] });
    }
  });
  return mergeShortForms([...byName.values()]).flatMap(({ name, kind, sentence, count, aliases }) => {
    const id = slugify(/^[\p{Lu}.\d&-]+$/u.test(name) ? name.replace(/\./g, '') : name);
    if (id === undefined) return [];
    const note = knownIds.has(id) ? `the id "${id}" is taken: perhaps an alias of actors/${id}.md` : undefined;
    return [{ name, kind, id, sentence, count, aliases, ...(note ? { note } : {}) }];
  });
}

/** Adjectives of place names: "Latin American" for "Latin America", "Bolivian" for "Bolivia". */
const DEMONYM_ENDING = /^(?:n|an|ian|ese|i|ish)$/u;

/**
 * Folds other forms into the name they belong to, as its aliases: a person's
 * surname ("Ghitis" into "Frida Ghitis"), a place's adjective ("Latin
 * American" into "Latin America").
 */
function mergeShortForms<T extends { name: string; kind: ActorKind; count: number; aliases: string[] }>(candidates: T[]): T[] {
  // Looked up rather than compared pairwise, so that a long text's thousands of names cost no more than their number.
  const indexOf = new Map(candidates.map((candidate, i) => [candidate.name, i]));
  const surnameOf = new Map<string, number>();
  candidates.forEach((candidate, i) => {
    if (candidate.kind !== 'person' || !candidate.name.includes(' ')) return;
    const surname = candidate.name.split(' ').at(-1)!;
    if (!surnameOf.has(surname)) surnameOf.set(surname, i);
  });
  /** The first other candidate that `form` is a short form of: its surname, or its place's adjective. */
  const fullOf = (form: T, k: number): T | undefined => {
    const found: number[] = [];
    const person = form.name.includes(' ') ? undefined : surnameOf.get(form.name);
    if (person !== undefined && person !== k) found.push(person);
    for (let cut = 1; cut <= 3 && cut < form.name.length; cut++) {
      const place = indexOf.get(form.name.slice(0, -cut));
      if (place !== undefined && place !== k && DEMONYM_ENDING.test(form.name.slice(-cut))) found.push(place);
    }
    return found.length === 0 ? undefined : candidates[Math.min(...found)];
  };
  return candidates.filter((candidate, k) => {
    const full = fullOf(candidate, k);
    if (!full) return true;
    full.count += candidate.count;
    full.aliases.push(candidate.name);
    return false;
  });
}
