/**
 * A draft article from a plain text: the body kept verbatim and the
 * frontmatter pre-filled from the detectors (actors, dates, claims), with
 * YAML comments telling the analyst what is left to decide.
 */
import { Document, isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { Entry } from '#lib/content/entry.ts';
import { SITE_LANGUAGE, isSiteLanguage } from '#lib/content/languages.ts';
import type { PartialDate } from '#lib/content/partial-date.ts';
import { RATINGS } from '#lib/content/ratings.ts';
import { type Actor, ACTOR_KINDS, type ClaimKind, type Event, GENRES } from '#lib/content/schema/index.ts';
import { buildAliasIndex } from '#lib/text/alias-index.ts';
import { QuoteIndex, type QuoteSelector } from '#lib/text/quote-anchor.ts';
import { bodyBlocks } from './body-blocks.ts';
import { type KnownActorMention, detectKnownActors } from './detect-actors.ts';
import { type CandidateActor, type Found, detectCandidateActors, findDateline } from './detect-candidates.ts';
import { type ClaimSignal, claimIdFrom, detectClaims, SIGNAL_REASONS } from './detect-claims.ts';
import { type DateMentionCandidate, detectDates } from './detect-dates.ts';
import { selectSpan } from './quote-selector.ts';
import { uniqueId } from './slug.ts';

/** What a draft is made from. */
export interface DraftInput {
  /** The article's text, paragraphs separated by blank lines. */
  readonly body: string;
  readonly title?: string | undefined;
  /** Actor id of the outlet. */
  readonly outlet?: string | undefined;
  readonly url?: string | undefined;
  readonly published?: PartialDate | undefined;
  /** The text's language, a BCP 47 tag (default: English); its dates are read in it, and its claims await a translation. */
  readonly lang?: string | undefined;
  /** Today: the date of the analysis, and the reference for dates when `published` is unknown. */
  readonly today: Date;
  /** The site's actors and events. */
  readonly actors: readonly Entry<Actor>[];
  readonly events: readonly Entry<Event>[];
  /** The named entities of each block of {@link draftBlocks}, if tagged beforehand (in parallel). */
  readonly tagged?: readonly (readonly Found[])[] | undefined;
}

/** The blocks a draft is made of: its paragraphs and headings, as the draft reads them. */
export function draftBlocks(body: string): string[] {
  return bodyBlocks(normalizeBody(body));
}

/** A date mention the draft proposes, with its selector if it anchors. */
export interface DraftDate extends DateMentionCandidate {
  readonly selector: QuoteSelector;
}

/** A claim the draft proposes. */
export interface DraftClaim {
  readonly id: string;
  readonly selector: QuoteSelector;
  readonly kind: ClaimKind;
  readonly about: readonly string[];
  readonly signals: readonly ClaimSignal[];
}

/** The draft: the file's text and what went into it. */
export interface Draft {
  /** The whole Markdown file: frontmatter and body. */
  readonly text: string;
  readonly knownActors: readonly KnownActorMention[];
  readonly candidates: readonly CandidateActor[];
  readonly dates: readonly DraftDate[];
  readonly claims: readonly DraftClaim[];
  /** Spans found but left out because no selector anchors them uniquely. */
  readonly unanchored: readonly string[];
  readonly dateline?: string | undefined;
}

const CANDIDATE_SENTENCE_MAX = 140;

/** The comment at the top of a draft, until it is published. */
export const DRAFT_NOTE = 'Drafted by `npm run new`: fill in what is empty, check what was guessed, then set draft: false.';

/** The comments above the article's own fields that say what to write in them. */
export const FIELD_NOTES = {
  title: 'The original headline.',
  summary: 'One paragraph: what the piece argues and how it holds up.',
  genre: `One of: ${GENRES.join(', ')}.`,
  analysed: 'The date of this analysis.',
  'source.outlet': 'Actor id of the outlet (an actor of kind media).',
  'source.url': 'The address of the original.',
  'source.published': 'YYYY, YYYY-MM or YYYY-MM-DD, no more precise than the evidence allows.',
} as const;

/** The comment above a drafted claim's translation, in a text in another language. */
export const TRANSLATION_NOTE = "Dossier's English translation of the quote, which readers see beside it.";

/** `text` cut at a word to at most `max` characters. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}

/** The body with CRLF normalised and paragraphs separated by one blank line (one paragraph a line if it has no blank lines). */
export function normalizeBody(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').trim();
  const paragraphs = /\n[ \t]*\n/.test(lines) ? lines.split(/\n[ \t]*\n+/) : lines.split('\n');
  return paragraphs.map((paragraph) => paragraph.replace(/^\n+|\s+$/g, '')).filter(Boolean).join('\n\n');
}

/** How a resolved date reads in a comment: "2023-07 (year taken from 2023)". */
function describeDate(mention: DateMentionCandidate, published: PartialDate | undefined): string {
  const from = published ? `publication date ${published.iso}` : 'today';
  if (mention.yearAssumed) return `${mention.date} (the year taken from the ${from})`;
  if (mention.relative) return `${mention.date} (counted from the ${from})`;
  return mention.date;
}

/** Sets the comment shown above the `key` of a map at `path` in `doc`. */
function commentKey(doc: Document, path: readonly (string | number)[], key: string, comment: string): void {
  const parent: unknown = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(parent)) return;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
  if (pair && isScalar(pair.key)) (pair.key as Scalar).commentBefore = ` ${comment}`;
}

/** Builds the draft; see the module comment. */
export function draftArticle(input: DraftInput): Draft {
  return finishDraft(prepareDraft(input), input.tagged);
}

/**
 * Builds the draft of a long text while its names are tagged on the other cores: the tagging
 * starts first, the rest of the draft is made in this thread meanwhile, and the names join it.
 */
export async function draftLongArticle(input: Omit<DraftInput, 'tagged'>, tag: (blocks: readonly string[]) => Promise<readonly (readonly Found[])[]>): Promise<Draft> {
  const blocks = draftBlocks(input.body);
  const tagging = tag(blocks);
  const prepared = prepareDraft(input, blocks);
  return finishDraft(prepared, await tagging);
}

/** What the draft is made of before the names the tagger finds: everything but the candidate actors. */
function prepareDraft(input: DraftInput, blocks = draftBlocks(input.body)) {
  const body = normalizeBody(input.body);
  const quotes = new QuoteIndex(blocks);
  const { index } = buildAliasIndex(input.actors);
  const knownActors = detectKnownActors(blocks, index);
  const dateline = blocks[0] === undefined ? undefined : findDateline(blocks[0])?.place;
  const unanchored: string[] = [];

  const selectOrNote = (span: { start: number; end: number; quote: string }, block: number): QuoteSelector | undefined => {
    const selector = selectSpan(quotes, blocks, { block, start: span.start, end: span.end });
    if (!selector) unanchored.push(span.quote);
    return selector;
  };

  const dates: DraftDate[] = [];
  const claims: DraftClaim[] = [];
  const claimIds = new Set<string>();
  blocks.forEach((text, block) => {
    // The actors of the paragraph tell events of the same year apart.
    const nearby = new Set(index.find(text).map((match) => match.actor));
    for (const mention of detectDates(text, { published: input.published, today: input.today }, input.events, nearby, input.lang ?? SITE_LANGUAGE)) {
      const selector = selectOrNote(mention, block);
      if (selector) dates.push({ ...mention, selector });
    }
    for (const claim of detectClaims(text)) {
      const selector = selectOrNote(claim, block);
      if (!selector) continue;
      const about = [...new Set(index.find(claim.quote).map((match) => match.actor))];
      const id = uniqueId(claimIdFrom(claim.quote) ?? 'claim', claimIds);
      claims.push({ id, selector, kind: claim.kind, about, signals: claim.signals });
    }
  });

  return { input, body, blocks, index, knownActors, dates, claims, unanchored, dateline };
}

/** The draft, from what {@link prepareDraft} made and the names of each block, if tagged already. */
function finishDraft(prepared: ReturnType<typeof prepareDraft>, tagged: DraftInput['tagged']): Draft {
  const { input, body, blocks, index, knownActors, dates, claims, unanchored, dateline } = prepared;
  const candidates = detectCandidateActors(blocks, index, new Set(input.actors.map((actor) => actor.id)), tagged);
  const doc = buildDocument(input, { knownActors, candidates, dates, claims, dateline });
  const frontmatter = doc.toString({ nullStr: '', lineWidth: 0 });
  return { text: `---\n${frontmatter}---\n\n${body}\n`, knownActors, candidates, dates, claims, unanchored, dateline };
}

/** The frontmatter as a YAML document, with its comments. */
function buildDocument(
  input: DraftInput,
  found: Pick<Draft, 'knownActors' | 'candidates' | 'dates' | 'claims' | 'dateline'>,
): Document {
  const matched = found.dates.filter((mention) => mention.events.length > 0);
  const foreign = input.lang !== undefined && !isSiteLanguage(input.lang);
  const doc = new Document({
    title: input.title ?? null,
    summary: null,
    genre: null,
    ...(foreign ? { lang: input.lang } : {}),
    source: {
      outlet: input.outlet ?? null,
      url: input.url ?? null,
      // A year alone is written as the content writes it, `published: 2023`, not as the string "2023".
      published: input.published === undefined ? null : /^\d{4}$/.test(input.published.iso) ? Number(input.published.iso) : input.published.iso,
      ...(found.dateline ? { dateline: found.dateline } : {}),
    },
    analysed: input.today.toISOString().slice(0, 10),
    draft: true,
    actors: found.knownActors.map((mention) => mention.actor),
    dates: matched.map((mention) => ({ ...mention.selector, event: mention.events[0]! })),
    claims: found.claims.map((claim) => ({
      id: claim.id,
      ...claim.selector,
      ...(foreign ? { translation: null } : {}),
      about: claim.about,
      kind: claim.kind,
      rating: null,
      summary: null,
      assessment: null,
      sources: [],
    })),
  });
  doc.commentBefore = ` ${DRAFT_NOTE}`;
  if (input.title === undefined) commentKey(doc, [], 'title', FIELD_NOTES.title);
  commentKey(doc, [], 'summary', FIELD_NOTES.summary);
  commentKey(doc, [], 'genre', FIELD_NOTES.genre);
  commentKey(doc, [], 'analysed', FIELD_NOTES.analysed);
  if (!input.outlet) commentKey(doc, ['source'], 'outlet', FIELD_NOTES['source.outlet']);
  if (!input.url) commentKey(doc, ['source'], 'url', FIELD_NOTES['source.url']);
  if (!input.published) commentKey(doc, ['source'], 'published', FIELD_NOTES['source.published']);

  const actors = doc.get('actors', true) as Node;
  if (found.candidates.length > 0) {
    actors.comment = [
      ` Names no actor of the site carries (kinds: ${ACTOR_KINDS.join(', ')}).`,
      ' To add one, create actors/<id>.md and list the id above:',
      ...found.candidates.map((candidate) => {
        const aliases = candidate.aliases.length > 0 ? `, also "${candidate.aliases.join('", "')}"` : '';
        const note = candidate.note ? `; ${candidate.note}` : '';
        return `   ${candidate.name} (${candidate.kind}, id ${candidate.id}${aliases}${note}): “${shorten(candidate.sentence, CANDIDATE_SENTENCE_MAX)}”`;
      }),
    ].join('\n');
  }

  const unmatched = found.dates.filter((mention) => mention.events.length === 0);
  const dates = doc.get('dates', true) as Node;
  matched.forEach((mention, i) => {
    const item = doc.getIn(['dates', i], true) as Node;
    const others = mention.events.slice(1);
    item.commentBefore = ` “${mention.quote}” is ${describeDate(mention, input.published)}${others.length > 0 ? `; other events then: ${others.join(', ')}` : ''}`;
  });
  if (unmatched.length > 0) {
    dates.comment = [
      ' Dates with no event of the site; create events/<id>.md with that date, then list them above:',
      ...unmatched.map((mention) => `   “${mention.quote}” is ${describeDate(mention, input.published)}: create an event for it`),
    ].join('\n');
  }

  found.claims.forEach((claim, i) => {
    const item = doc.getIn(['claims', i], true);
    if (!isMap(item)) return;
    const reasons = claim.signals.map((signal) => SIGNAL_REASONS[signal]).join(', ');
    item.commentBefore = ` Picked because it ${reasons}.`;
    commentKey(doc, ['claims', i], 'rating', `One of: ${RATINGS.join(', ')}. Every rating but not-checkable needs sources.`);
    if (foreign) commentKey(doc, ['claims', i], 'translation', TRANSLATION_NOTE);
    const sources = item.get('sources', true);
    if (isSeq(sources)) sources.flow = true;
  });
  return doc;
}
